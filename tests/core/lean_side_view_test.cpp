// The doorway stretch seen from in front of its left side, so the lean a stranger has to copy
// is what crosses the screen: from behind (round 8, and from 40 degrees behind the side in
// session 13: "the lean is invisible from behind") the chest's lean ran largely along the
// line of sight. Seen from the figure's left, 22 degrees in front of its side, the breastbone
// travels forward across the screen through the door's line, nearly its whole way, and the
// guide, on the breastbone, runs the same way; the front of the chest and both forearms on
// the frame show. (The corner is seen from straight behind and high above, where both its
// walls show: corner_door_camera_test.cpp.)
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/motion_guide.h"
#include "core/props.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"
#include "test_view.h"

using namespace limber;
using test::sternum;
using test::View;
using test::view_of;

namespace {

const char* const kDoor = "doorway-chest-stretch";

// Between the shoulders: the point whose side of the door's plane says where the chest is.
Vec3 chest_of(const Body& b) { return between(b.shoulder[kLeft], b.shoulder[kRight]); }

// From the figure's left (the keys' near side), in front of its side (drawn as the user's
// reflection), close enough to side-on that the lean crosses the screen, far enough round to
// the front that the near forearm stands clear of the face at the start, not over it
// (corner_door_camera_test.cpp; from the side or behind it, it was drawn across the face);
// the eye about as high as the elbows, so they stand level on the screen (round 9: from 24
// degrees above the far elbow looked higher), a little above them, so the floor shows.
void check_front_of_the_side(const CameraAngle& c) {
    CHECK(c.yaw >= 60);
    CHECK(c.yaw <= 75);
    CHECK(c.pitch >= 2);
    CHECK(c.pitch <= 6);
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
    check_front_of_the_side(e.camera);
    const View view = view_of(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    // The lean, drawn: about as far forward as down, and nearly its whole length (from behind,
    // most of it ran into the screen). The soft front knee lowers the chest as it goes, so the
    // breastbone's way slopes down by about three quarters of its way forward; 22 degrees
    // in front of the side draws the forward part at about cos 22 of its length, and the eye at
    // about the elbows' height draws the drop at nearly all of it.
    const Vec2 a = view(sternum(in)), b = view(sternum(out));
    const double dx = b.x - a.x, dy = b.y - a.y;
    CHECK(std::abs(dx) > 0.9 * std::abs(dy));
    CHECK(std::abs(dx) * view.distance > 0.85 * (sternum(out).x - sternum(in).x));
    CHECK(view.seen(a, b) > 0.8 * distance(sternum(in), sternum(out)));
    // Through the doorway: the door's line (the jambs' front faces, at the chest) lies between
    // where the chest starts and where it ends, and the head ends well past it.
    const double plane = k.support.wall[kLeft].offset / k.support.wall[kLeft].normal.x;
    const Vec2 door = view({plane, chest_of(in).y, 0});
    CHECK((door.x - view(chest_of(in)).x) * dx > 0);
    CHECK((view(chest_of(out)).x - door.x) * dx > 0);
    CHECK((view(out.head).x - door.x) * dx > 0);
    CHECK(std::abs(view(out.head).x - door.x) * view.distance > 0.13);  // 0.16 seen side-on, times cos 22
    // The step through the door shows too: the front foot drawn ahead along the lean (the
    // feet's hip-width apart, seen from in front of the side, takes a little off it).
    const Vec2 front = view(in.ankle[kLeft]), rear = view(in.ankle[kRight]);
    CHECK((front.x - rear.x) * dx > 0);
    CHECK(std::abs(front.x - rear.x) * view.distance > 0.18);
    // From in front of the door's plane, the jamb faces the forearms rest on are turned away,
    // so the near jamb lies over the near forearm: it is drawn see-through.
    CHECK(dot(k.support.wall[kLeft].normal, toward_camera(e.camera)) < 0);
    const std::vector<Solid> props = props_for(e, k);
    REQUIRE(props.size() == 4);
    CHECK(props[0].may_cover);
    CHECK(props[0].see_through);
    check_guide_along(k, view, {static_cast<float>(dx), static_cast<float>(dy)}, 0.9);
}
