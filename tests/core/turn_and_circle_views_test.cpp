// What an outsider shown three stills still could not follow after round 1: the arm circles
// seen from the front three-quarter and above see-sawed (the arms' line climbed the screen,
// one hand up, one down) and forward could not be told from backward. (The seated rotation's
// view, from above after round 1 and read as a side bend in round 9, is in
// seated_turn_front_view_test.cpp.) Measured on the body's points, projected along the
// camera's line of sight (the camera is far enough away to take its lines of sight as parallel).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/keyframes.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::on_screen;
using test::OnScreen;
using test::work_body;

TEST_CASE("arm circles: seen from the side, the hands circle together at one height, the face and chest in view") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 eye = toward_camera(camera);
    double lowest = 1, highest = -1, most_apart = 0;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        for (int i = 0; i < 16; ++i) {
            const Body b = work_body("arm-circles", half, i / 16.0);
            const OnScreen l = on_screen(camera, b.fingers[kLeft]), r = on_screen(camera, b.fingers[kRight]);
            // Both hands at nearly one height on the screen: from above the front three-quarter
            // one stood 0.3 body units over the other. (The player's perspective camera, about
            // level with the shoulders, draws them nearer still than this parallel projection.)
            CHECK(std::abs(l.y - r.y) < 0.08);
            most_apart = std::max(most_apart, std::abs(l.y - r.y));
            // The two circles side by side, clear of each other (each about 0.15 across).
            CHECK(std::abs(l.x - r.x) > 0.2);
            lowest = std::min(lowest, l.y);
            highest = std::max(highest, l.y);
            // The figure's facing stays plain: the face and the front of the chest turn toward the viewer.
            CHECK(dot(unit(b.face - b.head), eye) > 0.25);
            CHECK(dot(unit(cross(b.neck - b.pelvis, b.shoulder[kRight] - b.shoulder[kLeft])), eye) > 0.25);
        }
    }
    MESSAGE("the hands stand at most " << most_apart << " apart in height on the screen");
    // Each circle is seen nearly face-on (arm_circles_view_test.cpp), as tall on the screen as it is.
    CHECK(highest - lowest > 0.12);
}
