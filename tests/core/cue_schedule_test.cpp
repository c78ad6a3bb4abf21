#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "core/session.h"
#include "test_catalog.h"

using namespace limber;

// Cues that should come due: the schedule's cues in [from, to).
static std::vector<std::pair<int64_t, Cue>> slice(const Timeline& tl, double from, double to) {
    std::vector<std::pair<int64_t, Cue>> out;
    for (const CueEvent& c : tl.cues)
        if (static_cast<double>(c.at_ms) >= from && static_cast<double>(c.at_ms) < to) out.push_back({c.at_ms, c.cue});
    return out;
}

TEST_CASE("every built-in routine: each cue comes due once, in the first frame at or after its time, across pauses and jumps") {
    const Catalog c = test::shipped_catalog();
    std::mt19937 rng(7);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto one_in = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng) == 0; };
    for (const Routine& r : c.routines) {
        CAPTURE(r.id);
        Session s(c);
        double clock = 1000;
        REQUIRE(s.start(r.id, clock));
        const Timeline& tl = s.timeline();
        std::vector<std::pair<int64_t, Cue>> got, want;
        double played_from = 0;  // start of the stretch played since the last jump
        double previous_t = 0;
        int jumps = 0;
        while (s.state(clock).screen == Screen::Player) {
            for (const CueEvent& cue : s.advance(clock, 0)) {
                const double t = s.state(clock).elapsed_ms;
                // Due in this frame: its time lies between the last frame and this one.
                CHECK(static_cast<double>(cue.at_ms) <= std::max(t, static_cast<double>(tl.total_ms)));
                CHECK(static_cast<double>(cue.at_ms) >= previous_t);
                got.push_back({cue.at_ms, cue.cue});
            }
            previous_t = s.state(clock).elapsed_ms;
            clock += uniform(1, 100);
            if (one_in(200)) {
                s.pause(clock);
                clock += uniform(100, 20000);
                s.resume(clock);
            } else if (one_in(1500) && jumps < 4) {
                // A jump closes the stretch played so far (cues up to the last frame's time);
                // from the jump target on, cues come due again.
                for (auto& cue : slice(tl, played_from, std::nextafter(previous_t, 1e18))) want.push_back(cue);
                if (one_in(2)) s.next(clock);
                else s.previous(clock);
                played_from = previous_t = s.state(clock).elapsed_ms;
                ++jumps;
            }
        }
        for (auto& cue : slice(tl, played_from, static_cast<double>(tl.total_ms) + 1)) want.push_back(cue);
        CHECK(got == want);
        CHECK(got.back().second == Cue::Complete);
    }
}
