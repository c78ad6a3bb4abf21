#include <doctest/doctest.h>

#include <random>

#include "core/player.h"
#include "core/timeline.h"
#include "test_catalog.h"

using namespace limber;

TEST_CASE("routine time is clock time minus paused time, scaled") {
    Player p;
    CHECK(p.paused());
    p.start(1000);
    CHECK(p.time(1000) == 0);
    CHECK(p.time(3500) == 2500);
    p.pause(4000);
    CHECK(p.time(9000) == 3000);
    p.resume(10000);
    CHECK(p.time(10500) == 3500);
    p.set_time_scale(11000, 100);
    CHECK(p.time(11010) == doctest::Approx(5000));
    p.seek(12000, 0);
    CHECK(p.time(12000) == 0);
    p.seek(12000, -50);
    CHECK(p.time(12000) == 0);
}

TEST_CASE("property: random frame times and pauses never drift from the schedule over 30 minutes") {
    Catalog c = test::sample_catalog();
    // Repeat the routine so the schedule spans half an hour.
    Routine long_routine = c.routines[0];
    while (compile(c, long_routine).total_ms < 30 * 60 * 1000)
        long_routine.items.push_back(c.routines[0].items[long_routine.items.size() % 2]);
    const Timeline tl = compile(c, long_routine);

    std::mt19937 rng(1234);
    std::uniform_real_distribution<double> frame(1.0, 100.0);
    std::uniform_real_distribution<double> pause_len(10.0, 5000.0);
    std::uniform_int_distribution<int> coin(0, 199);

    Player p;
    double clock = 777.25;  // the clock does not start at zero
    p.start(clock);
    double paused_total = 0;
    const double start = clock;
    size_t checks = 0;
    while (p.time(clock) < static_cast<double>(tl.total_ms)) {
        clock += frame(rng);
        if (coin(rng) == 0) {
            p.pause(clock);
            const double len = pause_len(rng);
            clock += len;
            paused_total += len;
            p.resume(clock);
        }
        const double expected = clock - start - paused_total;
        const double t = p.time(clock);
        REQUIRE(t == doctest::Approx(expected).epsilon(1e-12));
        const Segment& seg = tl.segments[tl.segment_at(t)];
        // The reported segment is exactly the one whose interval holds t.
        REQUIRE(((static_cast<double>(seg.start_ms) <= t && t < static_cast<double>(seg.end_ms)) || seg.phase == Phase::Done));
        ++checks;
    }
    CHECK(checks > 10000);
    // The last frame lands past the end by less than one frame: no time is lost or invented.
    CHECK(p.time(clock) - static_cast<double>(tl.total_ms) < 100.0);
}
