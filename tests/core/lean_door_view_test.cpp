// The doorway stretch seen from 35 degrees in front of its left side, near shoulder height,
// the wall and jamb between the eye and the body cut away, so the chest leaning through the
// door faces the eye: from 35 degrees behind the side (round 19) "the rear view hides the
// forward lean"; from straight behind (round 8) and from 50 degrees behind and 30 above (round
// 17) the chest's lean ran along the line of sight; from 22 degrees in front of the side
// (session 14) the far forearm hid behind the head; from 10 degrees behind the side (round 16)
// the jambs and the forearms lay over each other. The breastbone travels forward across the
// screen through the door's line and the guide, on the breastbone, runs the same way (what
// else the camera must show: lean_side_view_test.cpp).
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

// From in front of the figure's left (the keys' near side; drawn as its reflection), far
// enough round that the far jamb and its forearm show beside the head, not so far that the
// lean runs toward the eye; low, so the two forearms stand at one height on the screen.
void check_in_front_of_the_side(const CameraAngle& c) {
    CHECK(c.yaw >= 50);
    CHECK(c.yaw <= 65);
    CHECK(c.pitch >= 2);
    CHECK(c.pitch <= 8);
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
    "doorway, seen from in front of its left side: the breastbone leans forward across the screen, through the door's "
    "line") {
    const Exercise& e = test::shipped_exercise(kDoor);
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    check_in_front_of_the_side(e.camera);
    const View view = view_of(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    // The lean, drawn: forward more than down, and most of its length (from straight behind,
    // most of it ran into the screen). The body tips from the ankles and the breastbone, ahead
    // of the chest, tips down with the trunk; 35 degrees from the side draws the forward part
    // at about sin 55 of it.
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
    // The step through the door shows too: the front foot drawn ahead along the lean, and
    // nearer the eye (the feet's hip-width apart, seen from in front of the side, takes a little
    // of the drawn step away; from behind it added to it, 0.18).
    const Vec2 front = view(in.ankle[kLeft]), rear = view(in.ankle[kRight]);
    CHECK((front.x - rear.x) * dx > 0);
    CHECK(std::abs(front.x - rear.x) * view.distance > 0.05);
    CHECK(dot(in.ankle[kLeft] - in.ankle[kRight], toward_camera(e.camera)) > 0.1);
    // From in front of the door's plane, the jamb faces the forearms rest on are turned away
    // from the eye, and the near jamb and the wall beside it come over the body: they are cut
    // away, drawn see-through. The far side of the wall and the wall over the door stay solid,
    // so the opening still reads as a doorway.
    CHECK(dot(k.support.wall[kLeft].normal, toward_camera(e.camera)) < -0.5);
    const std::vector<Solid> props = props_for(e, k);
    REQUIRE(props.size() == 7);      // the jambs, the header, the threshold, the wall's two sides and its top
    REQUIRE(props[0].centre.z < 0);  // the left (near) jamb
    CHECK(props[0].may_cover);
    CHECK(props[0].see_through);
    REQUIRE(props[4].centre.z < 0);  // the wall on the near side
    CHECK(props[4].see_through);
    for (size_t i : {2, 5, 6}) CHECK_FALSE(props[i].see_through);
    check_guide_along(k, view, {static_cast<float>(dx), static_cast<float>(dy)}, 0.9);
}
