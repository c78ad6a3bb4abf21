// A hand planted on the floor is reached for with two bones. Near the arm's full length a
// reach held exactly to the floor swings the elbow fast, and an elbow whose way of bending
// was taken from where the keyed elbow lay flipped over as the target passed the keyed arm:
// child's pose's elbows leapt 15 to 30 CSS pixels in one display frame. Played through a
// session at 120 samples a second, away from
// the steps between phases and sides (drawn at once, and checked for continuity apart), no arm point may move much farther in one
// sample than in the samples beside it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/session.h"
#include "test_catalog.h"

using namespace limber;

namespace {

constexpr double kSampleMs = 1000.0 / 120;
// A step this much longer than both steps beside it is a leap, not a motion speeding up.
constexpr double kLeapRatio = 3;
// Steps shorter than this (body units, about a tenth of a CSS pixel) are left alone.
constexpr double kSmallest = 0.0003;

double step(Vec3 a, Vec3 b) { return std::sqrt(dot(b - a, b - a)); }

}  // namespace

TEST_CASE("a planted arm moves without leaps: no elbow, wrist or hand jumps in one moment") {
    const Catalog catalog = test::shipped_catalog();
    for (size_t index = 0; index < catalog.exercises.size(); ++index) {
        const Exercise& e = catalog.exercises[index];
        CAPTURE(e.id);
        Routine alone;
        alone.items.push_back({static_cast<int>(index), e.dose, ""});
        Session session(catalog);
        session.start(alone, 0);
        const double end = static_cast<double>(session.timeline().total_ms);
        // Steps of the elbows, wrists and fingers: the last two and this one.
        double before[6] = {}, last[6] = {};
        const State first = session.state(0);
        Body previous = build_body(first.posed.pose, first.posed.support);
        Phase phase = first.phase;
        Side on_side = first.side;
        int leaps = 0, since_step = 0;
        for (double t = kSampleMs; t < end; t += kSampleMs) {
            const State s = session.state(t);
            const Body b = build_body(s.posed.pose, s.posed.support);
            since_step = s.phase == phase && s.side == on_side ? since_step + 1 : 0;
            phase = s.phase;
            on_side = s.side;
            for (int side : {kLeft, kRight}) {
                const Vec3 now[3] = {b.elbow[side], b.wrist[side], b.fingers[side]};
                const Vec3 then[3] = {previous.elbow[side], previous.wrist[side], previous.fingers[side]};
                for (int k = 0; k < 3; ++k) {
                    const int i = side * 3 + k;
                    const double here = step(then[k], now[k]);
                    // The step before last against the steps on either side of it.
                    if (since_step >= 2 && last[i] > kSmallest && last[i] > kLeapRatio * std::max(before[i], here)) {
                        ++leaps;
                        CAPTURE(t);
                        CAPTURE(i);
                        CHECK(last[i] <= kLeapRatio * std::max(before[i], here));
                    }
                    before[i] = last[i];
                    last[i] = here;
                }
            }
            previous = b;
        }
        CHECK(leaps == 0);
    }
}
