#include <doctest/doctest.h>

#include "core/reflection.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

CameraAngle from(double yaw, double pitch = 0) { return {yaw, pitch, 4}; }

// The body as the canvas draws it on `side` seen from `camera`: in place at the end of
// the get-ready (the set's start pose), or at the end of the out-breath (deepest).
Body drawn(const std::string& id, Side side, const CameraAngle& camera, bool deepest) {
    State s = test::work_state(id, side, deepest ? BreathPhase::Out : BreathPhase::None, 1.0);
    if (!deepest) {
        s.phase = Phase::Ready;
        s.segment_progress = 1;
    }
    const Posed posed = shown_pose(pose_at(test::shipped_library(), s), shown_for(camera, side));
    return build_body(posed.pose, posed.support);
}

// Where a point lies across the screen, in body units from the figure's midline, and
// how near the camera it is: level views, so that the numbers are the body's own.
Vec2 on_screen(Vec3 p, const Shown& shown) {
    return {static_cast<float>(dot(p, screen_right(shown.camera))), static_cast<float>(p.y)};
}
double nearness(Vec3 p, const Shown& shown) { return dot(p, toward_camera(shown.camera)); }

}  // namespace

TEST_CASE("whose left: seen from the front half or side-on the figure is a reflection, seen from behind it is not") {
    for (double yaw : {0.0, 35.0, -60.0, 90.0, -90.0}) CHECK(shown_as_reflection(yaw));
    for (double yaw : {100.0, -135.0, 180.0, -180.0}) CHECK_FALSE(shown_as_reflection(yaw));
}

TEST_CASE("the camera's directions: yaw turns it toward the figure's left, pitch lifts it") {
    const Vec3 front = toward_camera(from(0));
    CHECK(front.x == doctest::Approx(1));
    CHECK(front.y == doctest::Approx(0));
    CHECK(front.z == doctest::Approx(0));
    const Vec3 left_above = toward_camera(from(90, 30));
    CHECK(left_above.x == doctest::Approx(0).epsilon(1e-9));
    CHECK(left_above.y == doctest::Approx(0.5));
    CHECK(left_above.z == doctest::Approx(-0.8660).epsilon(1e-4));
    // Facing the camera, the figure's left (-z) is on the screen's right; from its left
    // side, its front (+x) is on the screen's left.
    CHECK(screen_right(from(0)).z == doctest::Approx(-1));
    CHECK(screen_right(from(90)).x == doctest::Approx(-1));
    const Vec3 three_quarter = screen_right(from(45, 20));
    CHECK(three_quarter.x == doctest::Approx(-0.7071).epsilon(1e-4));
    CHECK(three_quarter.y == doctest::Approx(0));
    CHECK(three_quarter.z == doctest::Approx(-0.7071).epsilon(1e-4));
}

TEST_CASE("your left side, facing the user: the raised working wrist is on the screen's left") {
    // Side stretch on the left: the left arm reaches overhead, then the body bends to the
    // right. Screen x is in body units from the figure's midline, negative to the left.
    const Shown shown = shown_for(from(0), Side::Left);
    CHECK(shown.reflected);
    CHECK(shown.working_arm == kRight);  // the reflection's right is the user's left
    const Body start = drawn("side-stretch", Side::Left, from(0), false);
    const Vec2 wrist = on_screen(start.wrist[shown.working_arm], shown);
    CHECK(wrist.x == doctest::Approx(-0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));  // above the head, at 0.98
    CHECK(on_screen(start.head, shown).y == doctest::Approx(0.9786).epsilon(0.002));
    const Vec2 other = on_screen(start.wrist[1 - shown.working_arm], shown);  // the hand hanging by the thigh
    CHECK(other.x == doctest::Approx(0.1932).epsilon(0.002));
    CHECK(other.y == doctest::Approx(0.4843).epsilon(0.002));
    // At the deepest bend the arm still rises from the screen's left of the other shoulder,
    // and the body bends to the screen's right: copied as a mirror, the user bends to the
    // right. The bend is the spine's over level hips, spread along its length, so the
    // raised arm's shoulder is carried to just short of the midline.
    const Body deep = drawn("side-stretch", Side::Left, from(0), true);
    CHECK(on_screen(deep.shoulder[shown.working_arm], shown).x == doctest::Approx(-0.0188).epsilon(0.002));
    CHECK(on_screen(deep.shoulder[1 - shown.working_arm], shown).x == doctest::Approx(0.2386).epsilon(0.002));
    CHECK(on_screen(deep.head, shown).x == doctest::Approx(0.2061).epsilon(0.002));
}

TEST_CASE("your right side, facing the user: the working wrist is on the screen's right") {
    const Shown shown = shown_for(from(0), Side::Right);
    CHECK(shown.working_arm == kLeft);
    const Body start = drawn("side-stretch", Side::Right, from(0), false);
    const Vec2 wrist = on_screen(start.wrist[shown.working_arm], shown);
    CHECK(wrist.x == doctest::Approx(0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));
}

TEST_CASE("a figure seen from behind is drawn as it is: its own left arm is on the screen's left") {
    const Shown shown = shown_for(from(180), Side::Left);
    CHECK_FALSE(shown.reflected);
    CHECK(shown.working_arm == kLeft);
    CHECK(shown.camera.yaw == 180);
    const Body start = drawn("side-stretch", Side::Left, from(180), false);
    const Vec2 wrist = on_screen(start.wrist[kLeft], shown);
    CHECK(wrist.x == doctest::Approx(-0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));
}

TEST_CASE("side-on and three-quarter cameras see the working arm's side, nearest the viewer") {
    // Thread the needle on the left, drawn as a reflection: the mirrored body threads its
    // right arm, so the camera turns to see its right side, where that arm is nearest on all
    // fours, before threading (threaded, the chest turns it under, toward the other side).
    for (double yaw : {90.0, 50.0}) {
        for (Side side : {Side::Left, Side::Right}) {
            CAPTURE(yaw);
            CAPTURE(side_name(side));
            const Shown shown = shown_for(from(yaw), side);
            CHECK(shown.reflected);
            CHECK(shown.working_arm == (side == Side::Left ? kRight : kLeft));
            CHECK(shown.camera.yaw == (side == Side::Left ? -yaw : yaw));
            const Body b = drawn("thread-the-needle", side, from(yaw), false);
            const int w = shown.working_arm;
            CHECK(nearness(b.shoulder[w], shown) > nearness(b.shoulder[1 - w], shown) + 0.2);
        }
    }
    // From behind at three-quarters the body is drawn as it is, the camera as written.
    const Shown behind = shown_for(from(135), Side::Left);
    CHECK_FALSE(behind.reflected);
    CHECK(behind.working_arm == kLeft);
    CHECK(behind.camera.yaw == 135);
    const Shown right_behind = shown_for(from(135), Side::Right);
    CHECK(right_behind.working_arm == kRight);
    CHECK(right_behind.camera.yaw == -135);
    CHECK(shown_for(from(90), Side::None).working_arm == -1);
}

TEST_CASE("the drawn keyframes are the other side's: one figure, whichever way it is built") {
    const ExerciseKeys* keys = test::shipped_library().find("side-stretch");
    REQUIRE(keys);
    const ExerciseKeys left = shown_keys(*keys, Side::Left, shown_for(from(0), Side::Left));
    CHECK(left.start == keys_for(*keys, Side::Right).start);
    CHECK(left.start == mirrored(keys->start));
    const ExerciseKeys back = shown_keys(*keys, Side::Left, shown_for(from(180), Side::Left));
    CHECK(back.start == keys->start);
}

TEST_CASE("side words say whose side: yours") {
    CHECK(side_words(Phase::Work, Side::Left) == "Your left side");
    CHECK(side_words(Phase::Ready, Side::Left) == "Your left side");
    CHECK(side_words(Phase::Work, Side::Right) == "Your right side");
    CHECK(side_words(Phase::Switch, Side::Right) == "Switch to your right side");
    CHECK(side_words(Phase::Switch, Side::Left) == "Switch to your left side");
    CHECK(side_words(Phase::Work, Side::None).empty());
}
