// What an outsider shown three stills still could not follow after round 1: the arm circles
// seen from the front three-quarter and above see-sawed (the arms' line climbed the screen,
// one hand up, one down) and forward could not be told from backward. (From the front
// three-quarter level with the shoulders, session 14's saw them edge-on; from the side, round
// 16's saw the near arm as a stub: now from the front three-quarter, a little above.) (The seated rotation's
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

TEST_CASE("arm circles: the hands circle together at one height, the face and chest turned alike, each loop open") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 eye = toward_camera(camera);
    double lowest = 1, highest = -1;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        for (int i = 0; i < 16; ++i) {
            const Body b = work_body("arm-circles", half, i / 16.0);
            // Both hands at one height and as far forward: from above the front three-quarter
            // with the circles mirrored, one stood 0.3 body units over the other on the screen.
            CHECK(std::abs(b.fingers[kLeft].y - b.fingers[kRight].y) < 0.002);
            CHECK(std::abs(b.fingers[kLeft].x - b.fingers[kRight].x) < 0.002);
            const OnScreen l = on_screen(camera, b.fingers[kLeft]);
            lowest = std::min(lowest, l.y);
            highest = std::max(highest, l.y);
            // The figure's facing stays plain: the face and the front of the chest turn the same
            // way, part toward the viewer (the arms then keep their length across the screen).
            const double face = dot(unit(b.face - b.head), eye);
            const double chest = dot(unit(cross(b.neck - b.pelvis, b.shoulder[kRight] - b.shoulder[kLeft])), eye);
            CHECK(std::abs(face - chest) < 0.05);
            CHECK(face > 0.4);
            CHECK(face < 0.85);
        }
    }
    // Each circle is seen as an open ellipse (arm_circles_view_test.cpp), tall on the screen.
    CHECK(highest - lowest > 0.15);
}
