// The doorway and corner stretches as a stranger sees them from three frames (session 13's
// verdict: "the lean is invisible from behind", round 19's "the back view hides the lean"):
// the chest's way from the start to the stretch must cross a good part of the drawn figure,
// and no prop nearer the camera may hide the trunk doing it. Both are seen from behind their
// left and well above (lean_side_view_test.cpp); that the forearms hold still on the screen
// is lean_whole_body_test.cpp's.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_view.h"

using namespace limber;
using test::sternum;
using test::View;
using test::view_of;

namespace {

const char* const kDoor = "doorway-chest-stretch";
const char* const kCorner = "corner-stretch";

// How tall the figure standing at ease is drawn: from the top of its head to the floor under it.
double drawn_height(const View& view) {
    const Body n = build_body(test::shipped_library().neutral);
    const Vec3 top = n.head + Vec3{0, Bones::head_radius, 0};
    return view.seen(view(top), view({top.x, 0, top.z}));
}

// Whether p lies inside a box solid, shrunk by `margin` on every side.
bool inside(const Solid& s, Vec3 p, double margin) {
    const Vec3 d = p - s.centre;
    for (Vec3 axis : {s.u, s.v, s.w}) {
        const double half = length(axis);
        if (std::abs(dot(d, axis) / half) > half - margin) return false;
    }
    return true;
}

// Whether the line of sight from p to the eye passes through the solid.
bool covered_by(const View& view, const Solid& s, Vec3 p) {
    const Vec3 to_eye = view.eye - p;
    for (int i = 1; i <= 400; ++i)
        if (inside(s, p + to_eye * (i / 400.0), 0.005)) return true;
    return false;
}

// The trunk and head, every tenth of the way along each segment.
std::vector<Vec3> trunk_points(const Body& b) {
    const Vec3 line[] = {b.pelvis, b.spine[0], b.spine[1], b.spine[2], b.neck, b.head};
    std::vector<Vec3> out;
    for (int i = 0; i + 1 < 6; ++i)
        for (int t = 0; t < 10; ++t) out.push_back(between(line[i], line[i + 1], t / 10.0));
    out.push_back(between(b.shoulder[kLeft], b.shoulder[kRight]));
    return out;
}

// The start pose, then every tenth of both breath halves of a steady breath.
std::vector<Body> moments(const char* id) {
    const ExerciseKeys& k = *test::shipped_library().find(id);
    std::vector<Body> out{build_body(k.start, k.support)};
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 10; ++i) out.push_back(test::work_body(id, half, i / 10.0));
    return out;
}

}  // namespace

TEST_CASE("doorway and corner: the chest's way from the start to the stretch crosses a good part of the drawn figure") {
    for (const char* id : {kDoor, kCorner}) {
        CAPTURE(id);
        const ExerciseKeys& k = *test::shipped_library().find(id);
        const View view = view_of(id);
        const Body start = build_body(k.start, k.support), stretch = test::work_body(id, BreathPhase::Out, 1.0);
        const double travel = view.seen(view(sternum(start)), view(sternum(stretch)));
        MESSAGE("the breastbone travels ", travel / drawn_height(view), " of the figure's drawn height");
        // Session 13: the doorway from 40 degrees behind its side drew 0.11 of it, the corner
        // from behind its left and 35 degrees above 0.11; nobody saw either lean. Side-on it
        // drew about 0.2, but there the forearms lay over each other and the corner's walls did
        // not read (round 16); from behind and above, round 17, about 0.13 and nobody saw it
        // either; from 35 degrees behind the side, low, about 0.18, the corner from just inside
        // it about 0.15, and round 19 still did not see the lean; from in front of the side, 0.21
        // and 0.23, but the walls did not read. From behind the left and well above (session
        // 23) the doorway's 0.16 and the corner's 0.29 were seen: there the lean runs up the
        // picture into the corner or the opening, not along the line of sight.
        CHECK(travel > 0.15 * drawn_height(view));
    }
}

TEST_CASE("doorway and corner: a prop that comes between the eye and the trunk is see-through") {
    for (const char* id : {kDoor, kCorner}) {
        CAPTURE(id);
        const View view = view_of(id);
        const std::vector<Solid> props = props_for(test::shipped_exercise(id), *test::shipped_library().find(id));
        int covered = 0;
        for (const Body& b : moments(id))
            for (Vec3 p : trunk_points(b))
                for (const Solid& s : props) {
                    if (s.shape != Solid::Shape::Box || !covered_by(view, s, p)) continue;
                    ++covered;
                    CHECK(s.may_cover);
                    CHECK(s.see_through);
                }
        // Seen from behind nothing comes over the trunk; from in front of the side the near wall
        // or jamb did, and was cut away.
        MESSAGE(covered, " points of the trunk behind a see-through prop");
    }
}
