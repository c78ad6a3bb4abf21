// What an outsider shown three stills still could not follow after round 1: the seated
// rotation seen from the front read as a sideways slide or lean, its guide a short straight
// arrow across the chest; the arm circles seen from the front three-quarter and above
// see-sawed (the arms' line climbed the screen, one hand up, one down) and forward could not
// be told from backward. Measured on the body's points, projected along the camera's line of
// sight (the camera is far enough away to take its lines of sight as parallel).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::deg;
using test::on_screen;
using test::OnScreen;
using test::work_body;

namespace {

// How steeply the line from a to b runs on the screen, in degrees from level (0 to 90).
double screen_slope(const CameraAngle& camera, Vec3 a, Vec3 b) {
    const OnScreen pa = on_screen(camera, a), pb = on_screen(camera, b);
    return deg(std::atan2(std::abs(pb.y - pa.y), std::abs(pb.x - pa.x)));
}

// How far a path bows away from the straight line between its ends on the screen, as a
// share of that line's length: 0 is straight.
double bow(const CameraAngle& camera, const std::vector<Vec3>& path) {
    const OnScreen a = on_screen(camera, path.front()), b = on_screen(camera, path.back());
    const double chord = std::hypot(b.x - a.x, b.y - a.y);
    double widest = 0;
    for (Vec3 p : path) {
        const OnScreen q = on_screen(camera, p);
        widest = std::max(widest, std::abs((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) / chord);
    }
    return widest / chord;
}

}  // namespace

TEST_CASE("seated rotation: seen from above the front, the shoulder line turns on the screen over hips that stay level") {
    const CameraAngle camera = test::shipped_exercise("thoracic-rotation").camera;
    CHECK(camera.yaw == 0);  // both sides turn alike, mirror images across the screen
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const Body front = work_body("thoracic-rotation", BreathPhase::In, 1, side);
        const Body turned = work_body("thoracic-rotation", BreathPhase::Out, 1, side);
        CHECK(screen_slope(camera, front.shoulder[kLeft], front.shoulder[kRight]) < 2);
        // From the front and a little above (pitch 25) the 45-degree turn tilted the shoulder
        // line 23 degrees on the screen and the chest seemed to lean; from above it tilts as far
        // as a turn seen from above does, while the hips below stay level.
        const double tilt = screen_slope(camera, turned.shoulder[kLeft], turned.shoulder[kRight]);
        MESSAGE("the turned shoulder line slopes " << tilt << " degrees on the screen");
        CHECK(tilt > 30);
        CHECK(screen_slope(camera, turned.hip[kLeft], turned.hip[kRight]) < 1);
        // The face stays seen: the camera looks down on the head, not onto its crown.
        CHECK(dot(unit(turned.face - turned.head), toward_camera(camera)) > 0.3);
    }
}

TEST_CASE("seated rotation: the guide follows the working elbow round a curved arc") {
    const CameraAngle camera = test::shipped_exercise("thoracic-rotation").camera;
    const ExerciseKeys* keys = test::shipped_library().find("thoracic-rotation");
    REQUIRE(keys != nullptr);
    CHECK(keys->guide == "left_elbow");
    REQUIRE(keys->guide_path.size() == 48);
    // The out-breath's half of the path: facing forward (24, the in-breath's end) round to the
    // turn (0, the out-breath's end).
    std::vector<Vec3> turn(keys->guide_path.begin() + 24, keys->guide_path.end());
    turn.push_back(keys->guide_path.front());
    const OnScreen a = on_screen(camera, turn.front()), b = on_screen(camera, turn.back());
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    const double curve = bow(camera, turn);
    MESSAGE("the guide runs " << length << " across the screen, bowing " << curve << " of that");
    // The sternum's arc, seen from the front and a little above, ran nearly straight across the chest.
    CHECK(curve > 0.06);
    CHECK(length > 0.15);
    // The elbow goes round level, away from the viewer as the chest turns toward its side.
    for (Vec3 p : turn) CHECK(std::abs(p.y - turn.front().y) < 0.01);
    CHECK(turn.back().x < turn.front().x - 0.1);
}

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
