// What an outsider shown three stills (the start, the end of the in-breath, the end of
// the out-breath) could only partly follow in the bent-over row, the reverse fly, arm
// circles, shoulder rolls and wall angels, measured on the body's points and the camera.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/contacts.h"
#include "core/keyframes.h"
#include "core/props.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

Body at(const std::string& id, BreathPhase half, double progress = 1) {
    const Posed p = pose_at(test::shipped_library(), test::work_state(id, Side::None, half, progress, 2));
    return build_body(p.pose, p.support);
}

// How far p lies off the trunk's line (pelvis to the top of the upper back) toward the
// back, seen from the side: the trunk's own back surface is about 0.06 off it.
double behind_trunk_line(const Body& b, Vec3 p) {
    const double dx = b.spine[2].x - b.pelvis.x, dy = b.spine[2].y - b.pelvis.y;
    const double len = std::hypot(dx, dy);
    return ((p.x - b.pelvis.x) * -dy + (p.y - b.pelvis.y) * dx) / len;
}

// The share of a direction that shows across the screen for a camera, rather than
// running toward or away from it.
double across_screen(const CameraAngle& camera, Vec3 direction) {
    return std::abs(dot(screen_right(camera), direction)) / length(direction);
}

}  // namespace

TEST_CASE("bent-over row: the pull ends with the elbows beside the ribs and the hands under the lower ribs") {
    const Body hang = at("bent-over-row", BreathPhase::In), pulled = at("bent-over-row", BreathPhase::Out);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        const double elbow_up = behind_trunk_line(pulled, pulled.elbow[s]);
        CAPTURE(elbow_up);
        CHECK(elbow_up < 0.09);  // level with the back, at most 0.03 past it: not pulled up behind the trunk
        CHECK(elbow_up > 0.03);  // and up at the back, not left hanging below the chest
        CHECK(behind_trunk_line(hang, hang.elbow[s]) < -0.05);
        // The dumbbell under the lower ribs: between the hip joint and the middle of the back
        // along the trunk, and just under the belly.
        CHECK(pulled.wrist[s].x > pulled.pelvis.x);
        CHECK(pulled.wrist[s].x < pulled.spine[1].x);
        CHECK(behind_trunk_line(pulled, pulled.wrist[s]) > -0.11);
    }
}

TEST_CASE("reverse fly: the camera shows the hinge and the arms opening across the screen") {
    const CameraAngle camera = test::shipped_exercise("reverse-fly").camera;
    const Body hang = at("reverse-fly", BreathPhase::In), open = at("reverse-fly", BreathPhase::Out);
    // The trunk tips forward along the body's x, the arms open along its z. Arms opened
    // toward and away from the camera read as a scissor, one forward and one back (yaw 48,
    // round 8); straight from behind the figure read as a standing lateral raise (round 9);
    // straight from the front the back pointed at the eye (round 16). From 35 round the spread
    // lies mostly across the screen (cos 35: 0.82 of it) and so does the flat back, level.
    const Vec3 spread = open.wrist[kLeft] - open.wrist[kRight];
    CAPTURE(across_screen(camera, spread));
    CHECK(across_screen(camera, spread) > 0.8);
    const Vec3 up = cross(toward_camera(camera), screen_right(camera));
    const Vec3 back = hang.spine[2] - hang.pelvis;
    CAPTURE(across_screen(camera, back));
    CHECK(across_screen(camera, back) > 0.4);
    CAPTURE(dot(back, up) / length(back));
    CHECK(std::abs(dot(back, up)) < 0.2 * length(back));  // level across the screen
    CHECK(dot(unit(back), toward_camera(camera)) > 0.5);  // the back tipped toward the viewer
    CHECK(dot(hang.head - hang.spine[2], up) < 0.02);     // the head no higher, bowed
}

TEST_CASE("arm circles: straight arms start out to the sides level with the shoulders") {
    const Body b = at("arm-circles", BreathPhase::None, 0);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(std::abs(b.fingers[s].y - b.shoulder[s].y) < 0.02);
        CHECK(std::abs(b.fingers[s].z) > std::abs(b.shoulder[s].z) + 0.3);
    }
    // The circle is centred on the level arm: the in-breath takes the fingertips over the top
    // and back, the out-breath round the bottom and forward to where they began.
    const Body top = at("arm-circles", BreathPhase::In, 0.5), back = at("arm-circles", BreathPhase::In, 1);
    const Body bottom = at("arm-circles", BreathPhase::Out, 0.5), front = at("arm-circles", BreathPhase::Out, 1);
    CHECK(top.fingers[kLeft].y > b.shoulder[kLeft].y + 0.08);
    CHECK(bottom.fingers[kLeft].y < b.shoulder[kLeft].y - 0.08);
    CHECK(back.fingers[kLeft].x < b.fingers[kLeft].x - 0.15);
    CHECK(std::abs(back.fingers[kLeft].y - b.shoulder[kLeft].y) < 0.02);
    CHECK(distance(front.fingers[kLeft], b.fingers[kLeft]) < 0.01);
}

TEST_CASE("shoulder rolls: the in-breath ends up and back, so its still differs from the start both ways") {
    const Body begin = at("shoulder-rolls", BreathPhase::In, 0), up_back = at("shoulder-rolls", BreathPhase::In, 1);
    const Body end = at("shoulder-rolls", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(up_back.shoulder[s].y > begin.shoulder[s].y + 0.04);  // raised
        CHECK(up_back.shoulder[s].x < begin.shoulder[s].x - 0.03);  // and drawn back
        CHECK(distance(end.shoulder[s], begin.shoulder[s]) < 0.005);
    }
}

TEST_CASE("wall angels: the heels stand a small step out from the wall, the wrists and low back rest on it") {
    const ExerciseKeys& k = *test::shipped_library().find("wall-angels");
    const std::vector<Solid> props = props_for(test::shipped_exercise("wall-angels"), k);
    REQUIRE(props.size() == 1);
    const double wall_front = props[0].centre.x + props[0].u.x;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        for (double progress : {0.0, 0.5, 1.0}) {
            const Body b = at("wall-angels", half, progress);
            CAPTURE(progress);
            for (int s : {kLeft, kRight}) {
                const double heel_gap = b.heel[s].x - wall_front;
                CAPTURE(heel_gap);
                CHECK(heel_gap > 0.08);  // a few inches: a small step, not the heels on the wall
                CHECK(heel_gap < 0.14);
                // The forearm is 0.026 thick: its back within 0.02 of the wall at the wrist.
                CHECK(b.wrist[s].x - 0.026 - wall_front < 0.02);
            }
            const std::vector<Contact> touches = find_contacts(b, props);
            bool low_back = false;
            for (const Contact& c : touches) low_back = low_back || c.part == "mid_back";
            CHECK(low_back);
        }
    }
}
