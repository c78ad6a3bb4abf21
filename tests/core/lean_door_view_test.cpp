// The doorway stretch seen from 35 degrees behind its left side, near shoulder height, so a
// forearm shows on each jamb and the lean crosses the screen: from straight behind (round 8)
// and from 50 degrees behind and 30 above (round 17) the chest's lean ran along the line of
// sight; from 22 degrees in front of the side (session 14) the far forearm hid behind the
// head; from 10 degrees behind the side (round 16) the jambs and the forearms lay over each
// other. The breastbone travels forward across the screen through the door's line and the
// guide, on the breastbone, runs the same way (what else the camera must show:
// lean_side_view_test.cpp).
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

// From behind the figure's left (the keys' near side; drawn as it is), far enough round that
// the far jamb and its forearm show clear of the head, not so far that the lean runs into the
// picture; low, so the two forearms stand at one height on the screen.
void check_behind_the_side(const CameraAngle& c) {
    CHECK(c.yaw >= 115);
    CHECK(c.yaw <= 130);
    CHECK(c.pitch >= 3);
    CHECK(c.pitch <= 12);
}

// The guide's path as drawn: from its rearmost to its foremost point, along the lean
// (`lean`, the breastbone's screen step from the in-breath's end to the out-breath's), at
// least `level` times as far across the screen as up or down it.
void check_guide_along(const ExerciseKeys& k, const View& view, Vec2 lean, double level) {
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    const Vec2 a = view(*back), b = view(*front);
    const double dx = b.x - a.x, dy = b.y - a.y;
    CHECK(std::abs(dx) > level * std::abs(dy));  // forward, not down the back or across it
    CHECK((dx * lean.x + dy * lean.y) / (std::hypot(dx, dy) * std::hypot(lean.x, lean.y)) > 0.97);
    CHECK(view.seen(a, b) > 0.12);
}

}  // namespace

TEST_CASE(
    "doorway, seen from behind its left side: the breastbone leans forward across the screen, through the door's "
    "line") {
    const Exercise& e = test::shipped_exercise(kDoor);
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    check_behind_the_side(e.camera);
    const View view = view_of(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    // The lean, drawn: forward more than down, and most of its length (from straight behind,
    // most of it ran into the screen). The body tips from the ankles and the breastbone, ahead
    // of the chest, tips down with the trunk; 35 degrees behind the side draws the forward
    // part at about sin 55 of it.
    const Vec2 a = view(sternum(in)), b = view(sternum(out));
    const double dx = b.x - a.x, dy = b.y - a.y;
    CHECK(std::abs(dx) > 1.3 * std::abs(dy));
    CHECK(std::abs(dx) * view.distance > 0.55 * (sternum(out).x - sternum(in).x));
    CHECK(view.seen(a, b) > 0.5 * distance(sternum(in), sternum(out)));
    // Through the doorway: the door's line (the jambs' front faces, at the chest) lies between
    // where the chest starts and where it ends, and the head ends well past it.
    const double plane = k.support.wall[kLeft].offset / k.support.wall[kLeft].normal.x;
    const Vec2 door = view({plane, chest(in).y, 0});
    CHECK((door.x - view(chest(in)).x) * dx > 0);
    CHECK((view(chest(out)).x - door.x) * dx > 0);
    CHECK((view(out.head).x - door.x) * dx > 0);
    CHECK(std::abs(view(out.head).x - door.x) * view.distance > 0.08);
    // The step through the door shows too: the front foot drawn ahead along the lean (the
    // feet's hip-width apart, seen from behind the side, adds a little to it).
    const Vec2 front = view(in.ankle[kLeft]), rear = view(in.ankle[kRight]);
    CHECK((front.x - rear.x) * dx > 0);
    CHECK(std::abs(front.x - rear.x) * view.distance > 0.18);
    // From behind the door's plane, the jamb faces the forearms rest on are turned to the eye,
    // and the near jamb comes over the chest leaning past it: it is drawn see-through.
    CHECK(dot(k.support.wall[kLeft].normal, toward_camera(e.camera)) > 0.5);
    const std::vector<Solid> props = props_for(e, k);
    REQUIRE(props.size() == 7);  // the frame, its threshold and the wall it is set in
    CHECK(props[0].may_cover);
    CHECK(props[0].see_through);
    check_guide_along(k, view, {static_cast<float>(dx), static_cast<float>(dy)}, 0.9);
}
