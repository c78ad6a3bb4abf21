#include <doctest/doctest.h>

#include "core/reflection.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

// The body as the canvas draws it on `side` in `view`: in place at the end of the
// get-ready (the set's start pose), or at the end of the out-breath (deepest).
Body drawn(const std::string& id, Side side, View view, bool deepest) {
    State s = test::work_state(id, side, deepest ? BreathPhase::Out : BreathPhase::None, 1.0);
    if (!deepest) {
        s.phase = Phase::Ready;
        s.segment_progress = 1;
    }
    const Posed posed = shown_pose(pose_at(test::shipped_library(), s), shown_for(view, side));
    return build_body(posed.pose, posed.support);
}

Vec2 on_screen(Vec3 p, const Shown& shown) { return project(p, shown.view, shown.flipped).p; }

}  // namespace

TEST_CASE("whose left: the figure facing the user is its reflection, the one seen from behind is not") {
    CHECK(shown_as_reflection(View::Front));
    CHECK(shown_as_reflection(View::Side));
    CHECK_FALSE(shown_as_reflection(View::Back));
}

TEST_CASE("your left side, facing the user: the raised working wrist is on the screen's left") {
    // Side stretch on the left: the left arm reaches overhead, then the body bends to the
    // right. Screen x is in body units from the figure's midline, negative to the left.
    const Shown shown = shown_for(View::Front, Side::Left);
    CHECK(shown.reflected);
    CHECK(shown.working_arm == kRight);  // the reflection's right is the user's left
    CHECK_FALSE(shown.flipped);
    const Body start = drawn("side-stretch", Side::Left, View::Front, false);
    const Vec2 wrist = on_screen(start.wrist[shown.working_arm], shown);
    CHECK(wrist.x == doctest::Approx(-0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));  // above the head, at 0.98
    CHECK(on_screen(start.head, shown).y == doctest::Approx(0.9786).epsilon(0.002));
    const Vec2 other = on_screen(start.wrist[1 - shown.working_arm], shown);  // the hand on the hip
    CHECK(other.x == doctest::Approx(0.1303).epsilon(0.002));
    CHECK(other.y == doctest::Approx(0.6248).epsilon(0.002));
    // At the deepest bend the arm still rises from the screen's left, and the body bends
    // to the screen's right: copied as a mirror, the user bends to the right.
    const Body deep = drawn("side-stretch", Side::Left, View::Front, true);
    CHECK(on_screen(deep.shoulder[shown.working_arm], shown).x == doctest::Approx(-0.0045).epsilon(0.002));
    CHECK(on_screen(deep.shoulder[1 - shown.working_arm], shown).x == doctest::Approx(0.2446).epsilon(0.002));
    CHECK(on_screen(deep.head, shown).x == doctest::Approx(0.2469).epsilon(0.002));
}

TEST_CASE("your right side, facing the user: the working wrist is on the screen's right") {
    const Shown shown = shown_for(View::Front, Side::Right);
    CHECK(shown.working_arm == kLeft);
    const Body start = drawn("side-stretch", Side::Right, View::Front, false);
    const Vec2 wrist = on_screen(start.wrist[shown.working_arm], shown);
    CHECK(wrist.x == doctest::Approx(0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));
}

TEST_CASE("a figure seen from behind is drawn as it is: its own left arm is on the screen's left") {
    const Shown shown = shown_for(View::Back, Side::Left);
    CHECK_FALSE(shown.reflected);
    CHECK(shown.working_arm == kLeft);
    const Body start = drawn("side-stretch", Side::Left, View::Back, false);
    const Vec2 wrist = on_screen(start.wrist[kLeft], shown);
    CHECK(wrist.x == doctest::Approx(-0.2213).epsilon(0.002));
    CHECK(wrist.y == doctest::Approx(1.1261).epsilon(0.002));
}

TEST_CASE("a side view shows the working arm's side, nearest the viewer") {
    // Thread the needle on the left, drawn as a reflection: the mirrored body threads its
    // right arm, so the camera shows its right side.
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const Shown shown = shown_for(View::Side, side);
        CHECK(shown.reflected);
        CHECK(shown.working_arm == (side == Side::Left ? kRight : kLeft));
        CHECK(shown.flipped == (side == Side::Left));
        const Body b = drawn("thread-the-needle", side, View::Side, true);
        const int w = shown.working_arm;
        CHECK(project(b.shoulder[w], shown.view, shown.flipped).depth >
              project(b.shoulder[1 - w], shown.view, shown.flipped).depth);
    }
    CHECK(shown_for(View::Side, Side::None).working_arm == -1);
    CHECK_FALSE(shown_for(View::Side, Side::None).flipped);
}

TEST_CASE("the drawn keyframes are the other side's: one figure, whichever way it is built") {
    const ExerciseKeys* keys = test::shipped_library().find("side-stretch");
    REQUIRE(keys);
    const ExerciseKeys left = shown_keys(*keys, Side::Left, shown_for(View::Front, Side::Left));
    CHECK(left.start == keys_for(*keys, Side::Right).start);
    CHECK(left.start == mirrored(keys->start));
    const ExerciseKeys back = shown_keys(*keys, Side::Left, shown_for(View::Back, Side::Left));
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
