// Round 16's judges: the roller extension's arch, seen from 30 degrees toward the head and
// 20 above, was small and hard to judge from above; round 18's: seen straight side-on, the
// roller, only its round end showing under the body, read as half hidden. It is seen from
// the side turned a little toward the head, low, so the roller lies along the picture under
// the shoulder blades and the arch over it still crosses the picture. The wall angels' three-quarter view
// (40 degrees round) could not show every wall contact, so they are seen half-way round to the
// wall's edge, where any gap between the body and the wall would open across the screen.
// Measured on the body's points and the props as the player's perspective camera sees them
// (test_view.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/contacts.h"
#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_view.h"

using namespace limber;
using test::standing_height;
using test::View;
using test::work_body;

namespace {

// How steeply a-to-b climbs on the screen, in degrees (negative: it drops).
double climb_seen(const View& view, Vec3 a, Vec3 b) {
    const Vec2 pa = view(a), pb = view(b);
    return test::deg(std::atan2(pb.y - pa.y, std::abs(pb.x - pa.x)));
}

}  // namespace

TEST_CASE("thoracic extension: from the side a little toward the head, the roller lies along the picture under the back") {
    const Exercise& e = test::shipped_exercise("thoracic-extension");
    const std::vector<Solid> props = props_for(e, *test::shipped_library().find("thoracic-extension"));
    const auto roller = std::find_if(props.begin(), props.end(), [](const Solid& s) { return s.material == Material::Roller; });
    REQUIRE(roller != props.end());
    CHECK(std::abs(e.camera.yaw) >= 100);
    CHECK(std::abs(e.camera.yaw) <= 115);
    CHECK(e.camera.pitch >= 5);
    CHECK(e.camera.pitch <= 15);
    const View view = test::view_of("thoracic-extension");
    const double figure = standing_height(view);
    // The roller shows as a roller, a good part of its length across the screen, not a round
    // end alone (straight side-on its length shrank to a stub behind the end).
    const double seen = view.seen(view(roller->centre - roller->u), view(roller->centre + roller->u));
    MESSAGE("roller's length seen " << seen << " of " << 2 * length(roller->u));
    CHECK(seen > 2 * length(roller->u) / 3);
    const Body curled = work_body("thoracic-extension", BreathPhase::In, 1),
               arched = work_body("thoracic-extension", BreathPhase::Out, 1);
    // In profile the upper back, from the top of the thoracic segment over the roller to the
    // top of the spine, climbs on the screen in the curl and drops past level in the drape.
    const double before = climb_seen(view, curled.spine[1], curled.spine[2]),
                 after = climb_seen(view, arched.spine[1], arched.spine[2]);
    MESSAGE("upper back climbs " << before << " then " << after << " degrees on the screen");
    CHECK(before > 10);
    CHECK(after < -5);
    CHECK(before - after > 35);
    // The head and the near elbow drop toward the mat by over an eighth of the standing
    // figure's height, about a head's height, straight down the picture.
    const double head = view(curled.head).y - view(arched.head).y,
                 elbow = view(curled.elbow[kLeft]).y - view(arched.elbow[kLeft]).y;
    MESSAGE("figure " << figure << ", head drops " << head << ", elbow " << elbow);
    CHECK(head > figure / 8);
    CHECK(elbow > figure / 8);
    // The elbows, opening back toward the mat as the back drapes, lead the drop: the near
    // one falls further than the head it cradles, a fifth more.
    CHECK(elbow > 1.2 * head);
    // The roller's round stays in sight below the back: its near end's centre is not hidden
    // behind the trunk or the near arm.
    const Vec3 toward = toward_camera(e.camera);
    const Vec3 near_end = roller->centre + roller->u * (dot(roller->u, toward) > 0 ? 1.0 : -1.0);
    for (const Body* b : {&curled, &arched}) {
        for (int s = 0; s < 3; ++s)
            CHECK(test::sight_clearance(e.camera, near_end, s ? b->spine[s - 1] : b->pelvis, b->spine[s], 0.1) > 0);
        CHECK(test::sight_clearance(e.camera, near_end, b->shoulder[kLeft], b->elbow[kLeft], 0.03) > 0);
    }
}

TEST_CASE("wall angels: seen half-way round to the wall's edge, a gap between the body and the wall would cross the screen") {
    const Exercise& e = test::shipped_exercise("wall-angels");
    const ExerciseKeys& k = *test::shipped_library().find("wall-angels");
    const View view = test::view_of("wall-angels");
    const std::vector<Solid> props = props_for(e, k);
    REQUIRE(!props.empty());
    const double face = props[0].centre.x + props[0].u.x;  // the wall's face toward the figure
    // The wall's face turned 45 to 55 degrees from the eye: past 45 a step out from the wall
    // shows more across the screen than along the line of sight; short of 60 the arms'
    // spread from the W to the Y still lies across the picture.
    const double slant = test::deg(std::acos(dot(view.forward * -1.0, Vec3{1, 0, 0})));
    CAPTURE(slant);
    CHECK(slant > 45);
    CHECK(slant < 55);
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (double progress : {0.0, 0.5, 1.0}) {
            CAPTURE(static_cast<int>(half));
            CAPTURE(progress);
            const Body b = work_body("wall-angels", half, progress);
            const std::vector<Contact> touches = find_contacts(b, props);
            // Each part that touches: a hand's breadth (0.05) off the wall would show as a gap
            // across the screen of over seven tenths of it, so touching and not touching differ.
            for (const Contact& c : touches) {
                CAPTURE(c.part);
                const Vec3 off = c.from + Vec3{0.05, 0, 0};
                CHECK(view.seen(view(c.from), view(off)) > 0.7 * 0.05);
            }
            // The head, the upper back and both arms are among them all through.
            for (const char* part :
                 {"head", "upper_back", "left_forearm", "right_forearm", "left_upper_arm", "right_upper_arm"}) {
                CAPTURE(part);
                CHECK(std::any_of(touches.begin(), touches.end(), [&](const Contact& c) { return c.part == part; }));
            }
            // The wrists stay on the wall's plane, at most a forearm's thickness off it.
            for (int s : {kLeft, kRight}) CHECK(b.wrist[s].x - face < 0.06);
        }
}
