// The doorway and corner stretches as a stranger reads them from three frames: in the
// doorway one foot a step ahead through the frame, the forearms level on the jambs and the
// chest leaning forward through the door plane and back; in the corner both forearms at one
// height, the chest sinking straight in. How the cameras show these: lean_from_behind_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/motion_guide.h"
#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"

using namespace limber;
using test::chest;

namespace {

const char* const kDoor = "doorway-chest-stretch";
const char* const kCorner = "corner-stretch";

}  // namespace

TEST_CASE("doorway: one foot a full step ahead through the frame, along the way the chest leans") {
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    Vec3 lean = chest(out) - chest(in);
    lean.y = 0;
    lean = unit(lean);
    CHECK(lean.x > 0.99);  // straight ahead, through the frame, not sideways
    const Body start = build_body(k.start, k.support);
    // The left foot leads by a small step, about a third of a metre on a figure 1.7 m tall
    // (a body in one line from the back ankle keeps its hips over the middle of the feet),
    // hip-width to the side: the feet are staggered, not side by side.
    CHECK(dot(start.ankle[kLeft] - start.ankle[kRight], lean) > 0.18);
    CHECK(std::abs(start.ankle[kLeft].z - start.ankle[kRight].z) < 0.25);
    test::each_work_moment(kDoor, [&](const Body& b, const Support&) {
        CHECK(dot(b.ankle[kLeft] - b.ankle[kRight], lean) > 0.18);
        CHECK(b.heel[kLeft].x > b.toe[kRight].x + 0.03);  // the front heel clear of the back toes
    });
}

TEST_CASE("doorway and corner: the forearms stand level and upright, elbows about at the shoulders' height") {
    for (const char* id : {kDoor, kCorner}) {
        CAPTURE(id);
        test::each_work_moment(id, [](const Body& b, const Support&) {
            CHECK(std::abs(b.elbow[kLeft].y - b.elbow[kRight].y) < 0.01);
            CHECK(std::abs(b.wrist[kLeft].y - b.wrist[kRight].y) < 0.01);
            for (int s : {kLeft, kRight}) {
                CAPTURE(s);
                // The elbows stay put while the body tips from the ankles, so the shoulders
                // sink past them: a little above the elbows standing, a little below leaning.
                CHECK(std::abs(b.elbow[s].y - b.shoulder[s].y) < 0.05);
                CHECK(b.wrist[s].y - b.elbow[s].y > 0.14);  // the forearm upright on the jamb or wall
            }
        });
    }
}

TEST_CASE("doorway: the chest starts behind the door plane, leans clearly through it, and comes back") {
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const double plane = k.support.wall[kLeft].offset / k.support.wall[kLeft].normal.x;  // the jambs' faces, in x
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    CHECK(plane - chest(in).x > 0.05);
    CHECK(chest(out).x - plane > 0.06);
    CHECK(out.head.x - plane > 0.14);  // the neck tucks as the body tips: the skull a little back
    // The guide follows the middle of the back, which goes through the plane behind the
    // chest: over a rep its path goes forward and through the plane, and back, straight ahead
    // (no sideways part).
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    CHECK(front->x - back->x > 0.11);
    CHECK(front->x - plane > 0.05);
    for (Vec3 p : path) CHECK(std::abs(p.z) < 1e-6);
    CHECK(path.front().x > front->x - 0.01);  // a rep starts leaning through: the out-breath's end
}

TEST_CASE("corner: the chest sinks straight toward the corner") {
    const ExerciseKeys& k = *test::shipped_library().find(kCorner);
    // The guide's path is a straight line in and out along the corner's bisector, not an arc.
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    const Vec3 along = unit(*front - *back);
    // Toward the corner, dipping only a little: the breastbone, ahead of the shoulders, drops
    // about 25 degrees below level as the whole body pivots at the ankles.
    CHECK(along.x > 0.88);
    CHECK(front->x - back->x > 0.15);
    // Pivoting at the ankles bows it a little; it stays within a twentieth of its length
    // of the straight line between its ends.
    const double reach = distance(*front, *back);
    for (Vec3 p : path) {
        CHECK(std::abs(p.z) < 1e-6);
        const Vec3 off = p - *back;
        CHECK(length(off - along * dot(off, along)) < 0.05 * reach);
    }
}
