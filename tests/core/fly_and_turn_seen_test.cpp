// Round 13's verdict on the reverse fly, followed by no one: seen from behind and high above
// it hid the hip hinge and opened its arms lopsided, one arc much bigger than the other.
// Measured on the player's perspective view of the body's points (test_view.h). The seated
// rotation's view, tested here until session 14, is now in turn_and_wings_seen_test.cpp:
// seen from above its turn read as a side bend.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "test_body.h"
#include "test_view.h"

using namespace limber;
using test::deg;
using test::View;
using test::view_of;
using test::work_body;

namespace {

// The direction from a to b on the screen, in degrees anticlockwise from pointing right.
double screen_heading(const View& view, Vec3 a, Vec3 b) {
    const Vec2 p = view(a), q = view(b);
    return deg(std::atan2(q.y - p.y, q.x - p.x));
}

// The set's first breath begins at the start pose: what frame 1 shows.
Body start_of(const char* id) { return work_body(id, BreathPhase::In, 0, Side::None, 0); }

}  // namespace

TEST_CASE("reverse fly: frame 1 shows a body tipped forward from the hips, seen from in front and above") {
    const View view = view_of("reverse-fly");
    for (const Body& b : {start_of("reverse-fly"), work_body("reverse-fly", BreathPhase::Out, 1)}) {
        // Straight from the front (session 15; the front three-quarter made the arms look
        // like a scissor) the back tips toward the viewer: seen from above, its top lies below
        // the hips on the screen and the bowed head lower still, over the thighs.
        const Vec2 hips = view(b.pelvis), top = view(b.spine[2]), head = view(b.head);
        CAPTURE(view.seen(top, hips));
        CHECK(top.y < hips.y);
        CHECK(view.seen(top, hips) > 0.2 * distance(b.pelvis, b.spine[2]));
        CHECK(head.y < top.y);
        // The head over the middle, not off to one side: a figure square to the viewer.
        CHECK(std::abs(head.x - hips.x) * view.distance < 0.01);
    }
}

TEST_CASE("reverse fly: both hands travel alike on the screen, out to their own sides and up to a level T") {
    const View view = view_of("reverse-fly");
    const Body hang = work_body("reverse-fly", BreathPhase::In, 1), open = work_body("reverse-fly", BreathPhase::Out, 1);
    double out[2], up[2], travel[2], arc[2];
    for (int s : {kLeft, kRight}) {
        const Vec2 from = view(hang.wrist[s]), to = view(open.wrist[s]);
        out[s] = std::abs(to.x - from.x) * view.distance;
        up[s] = (to.y - from.y) * view.distance;
        travel[s] = view.seen(from, to);
        // The drawn arc's length: the wrist's way on the screen through the out-breath.
        arc[s] = 0;
        Vec2 last = from;
        for (int i = 1; i <= 24; ++i) {
            const Vec2 p = view(work_body("reverse-fly", BreathPhase::Out, i / 24.0).wrist[s]);
            arc[s] += view.seen(last, p);
            last = p;
        }
        MESSAGE(std::string(s == kLeft ? "left" : "right") << " hand: " << out[s] << " out, " << up[s] << " up, " << travel[s]
                                                           << " from end to end along an arc of " << arc[s]);
    }
    auto alike = [](const double(&v)[2]) { return std::min(v[kLeft], v[kRight]) / std::max(v[kLeft], v[kRight]); };
    // Out to opposite sides of the screen, each well away from where it hung, and up.
    CHECK((view(open.wrist[kLeft]).x - view(hang.wrist[kLeft]).x) * (view(open.wrist[kRight]).x - view(hang.wrist[kRight]).x) <
          0);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(out[s] > 0.2);
        CHECK(up[s] > 0.2);
    }
    // The same movement on both sides (round 13: one arc much bigger than the other): the
    // two hands travel within a tenth of each other, along arcs as alike; the nearer hand,
    // drawn a little larger, goes a little further out and a little less far up.
    CHECK(alike(travel) > 0.9);
    CHECK(alike(arc) > 0.9);
    CHECK(alike(out) > 0.75);
    CHECK(alike(up) > 0.8);
    // The opened arms make a T whose bar lies nearly level on the screen.
    const double bar = screen_heading(view, open.wrist[kRight], open.wrist[kLeft]);
    CAPTURE(bar);
    CHECK(std::min(std::abs(bar), 180 - std::abs(bar)) < 10);
}
