// The doorway stretch seen from behind its left and well above, over the shoulder and through
// the door (lean_side_view_test.cpp says why): the breastbone goes up the picture through the
// door's line, the front foot steps ahead, no part of the frame or the wall comes between the
// eye and the body, and the guide, on the breastbone, runs the way of the lean.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/motion_guide.h"
#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"
#include "test_view.h"

using namespace limber;
using test::chest;
using test::sternum;
using test::View;
using test::view_of;

namespace {

const char* const kDoor = "doorway-chest-stretch";

// Between the shoulders: the point whose side of the door's plane says where the chest is.

// The guide's path as drawn: from its rearmost to its foremost point, along the lean
// (`lean`, the breastbone's screen step from the in-breath's end to the out-breath's), at
// least `level` times as far up the screen as across it.
void check_guide_along(const ExerciseKeys& k, const View& view, Vec2 lean, double level) {
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    const Vec2 a = view(*back), b = view(*front);
    const double dx = b.x - a.x, dy = b.y - a.y;
    CHECK(dy > level * std::abs(dx));  // forward, up the picture, not across it
    CHECK((dx * lean.x + dy * lean.y) / (std::hypot(dx, dy) * std::hypot(lean.x, lean.y)) > 0.97);
    CHECK(view.seen(a, b) > 0.07);
}

}  // namespace

TEST_CASE("doorway, seen from behind and above: the breastbone goes up the picture through the door's line") {
    const Exercise& e = test::shipped_exercise(kDoor);
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const View view = view_of(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    // The lean, drawn: up the picture more than across it, over a third of its length seen
    // (the breastbone going forward also tips down with the trunk, which from above is drawn
    // against the forward part).
    const Vec2 a = view(sternum(in)), b = view(sternum(out));
    const double dx = b.x - a.x, dy = b.y - a.y;
    CHECK(dy > 1.3 * std::abs(dx));
    CHECK(view.seen(a, b) > 0.35 * distance(sternum(in), sternum(out)));
    // Through the doorway: the door's line (the jambs' front faces, at the chest) lies between
    // where the chest starts and where it ends on the screen, and the head ends past it.
    const double plane = k.support.wall[kLeft].offset / k.support.wall[kLeft].normal.x;
    const Vec2 door = view({plane, chest(in).y, 0});
    CHECK(door.y > view(chest(in)).y);
    CHECK(view(chest(out)).y > door.y);
    CHECK(view(out.head).y > door.y);
    // The step through the door shows too: the front foot drawn ahead, up the picture.
    const Vec2 front = view(in.ankle[kLeft]), rear = view(in.ankle[kRight]);
    CHECK((front.y - rear.y) * view.distance > 0.05);
    // From behind the door's plane, the faces the forearms rest on are turned to the eye, and
    // nothing of the frame or the wall comes between the eye and the body: all of it is drawn
    // solid, so the opening reads as a doorway.
    CHECK(dot(k.support.wall[kLeft].normal, toward_camera(e.camera)) > 0.5);
    const std::vector<Solid> props = props_for(e, k);
    REQUIRE(props.size() == 7);  // the jambs, the header, the threshold, the wall's two sides and its top
    for (const Solid& p : props) CHECK_FALSE(p.see_through);
    check_guide_along(k, view, {static_cast<float>(dx), static_cast<float>(dy)}, 1.3);
}
