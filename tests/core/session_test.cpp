#include <doctest/doctest.h>

#include <random>

#include "core/session.h"
#include "test_catalog.h"

using namespace limber;

using test::cue_names;

TEST_CASE("starting a routine: unknown ids are refused, known ones play from zero") {
    Session s(test::sample_catalog());
    CHECK_FALSE(s.start("nope", 0));
    CHECK(s.state(0).screen == Screen::Home);
    CHECK_FALSE(s.state(0).in_routine);
    REQUIRE(s.start("mix", 1000));
    const State st = s.state(1000);
    CHECK(st.screen == Screen::Player);
    CHECK(st.phase == Phase::Ready);
    CHECK(st.exercise_id == "rolls");
    CHECK(st.elapsed_ms == 0);
    CHECK(st.remaining_ms == 125000);
    CHECK(st.segment_remaining_ms == 5000);
}

TEST_CASE("state follows the schedule: reps, breath and sides") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    State st = s.state(5000 + 5000 + 500);  // second rep, 500 ms into its in-breath
    CHECK(st.phase == Phase::Work);
    CHECK(st.rep == 2);
    CHECK(st.reps == 3);
    CHECK(st.breath == BreathPhase::In);
    CHECK(st.breath_progress == doctest::Approx(0.25));
    st = s.state(5000 + 5000 + 3500);  // 1500 ms into the 3000 ms out-breath
    CHECK(st.breath == BreathPhase::Out);
    CHECK(st.breath_progress == doctest::Approx(0.5));
    st = s.state(52000);
    CHECK(st.exercise_id == "hold");
    CHECK(st.side == Side::Right);
    CHECK(st.rep == 0);
    CHECK(st.segment_remaining_ms == 18000);
    CHECK(st.breath == BreathPhase::In);  // holds breathe slowly: 2 s into a 4 s in-breath
    CHECK(st.breath_progress == doctest::Approx(0.5));
}

TEST_CASE("cues come due once each, ahead by the lead, and not while paused") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    CHECK(cue_names(s.advance(0, 0)) == "next-up");
    CHECK(s.advance(10, 0).empty());
    CHECK(cue_names(s.advance(1950, 60)) == "count-3");  // 2000 is within the 60 ms lead
    CHECK(s.advance(2000, 60).empty());
    s.pause(2100);
    CHECK(s.advance(4500, 0).empty());
    s.resume(10000);  // routine time 2100 again
    CHECK(cue_names(s.advance(10000 + 1000, 0)) == "count-2");
    CHECK(cue_names(s.advance(10000 + 1900, 0)) == "count-1");
}

TEST_CASE("stale cues are dropped, not played late") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(0, 0);
    // A frame 4.1 s late: count-3/2 fell behind; count-1 (at 4000) is within the stale window.
    CHECK(cue_names(s.advance(4100, 0)) == "count-1");
}

TEST_CASE("at a faster time scale a cue is stale by clock time, not routine time") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(0, 0);
    s.set_time_scale(0, 4);
    // 1 s of clock is 4 s of routine time: count-3 (at 2000) is 500 ms of clock late, count-2
    // (at 3000) 250 ms, the most a cue may be; by routine time both would be dropped.
    CHECK(cue_names(s.advance(1000, 0)) == "count-2 count-1");
}

TEST_CASE("next, previous and restart jump to exercise starts and re-arm their cues") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(0, 0);
    s.next(8000);
    CHECK(s.state(8000).elapsed_ms == 20000);
    CHECK(s.state(8000).exercise_id == "hold");
    CHECK(cue_names(s.advance(8000, 0)) == "next-up");
    s.previous(9000);  // 1 s into "hold": back to the previous exercise
    CHECK(s.state(9000).elapsed_ms == 0);
    s.next(9000);
    s.previous(9000 + 5000);  // 5 s in: back to the start of the same exercise
    CHECK(s.state(14000).elapsed_ms == 20000);
    s.restart(15000);
    CHECK(s.state(15000).elapsed_ms == 0);
    CHECK(cue_names(s.advance(15000, 0)) == "next-up");
}

TEST_CASE("the routine finishes exactly at its scheduled end, however late the frame") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(0, 0);
    s.seek(0, 124900);
    const auto cues = s.advance(170, 0);  // this frame lands 70 ms past the end
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.back().cue == Cue::Complete);
    const State st = s.state(200000);
    CHECK(st.screen == Screen::Finished);
    CHECK(st.phase == Phase::Done);
    CHECK(st.elapsed_ms == 125000);
    CHECK(st.remaining_ms == 0);
    s.previous(200000);
    CHECK(s.state(200000).screen == Screen::Player);
    CHECK(s.state(200000).exercise_id == "hold");
    s.leave();
    CHECK(s.state(200000).screen == Screen::Home);
}

TEST_CASE("time scale speeds routine time without moving the schedule") {
    Session s(test::sample_catalog());
    s.set_time_scale(0, 10);
    REQUIRE(s.start("mix", 0));
    CHECK(s.state(500).elapsed_ms == doctest::Approx(5000));
    CHECK(s.state(500).phase == Phase::Work);
}

TEST_CASE("property: the session over 30 minutes of random frames, pauses and jumps always shows the scheduled segment") {
    Catalog c = test::shipped_catalog();
    Routine marathon{"marathon", "Marathon", "All of them, again and again.", {}, {}};
    for (const Routine& r : c.routines) marathon.items.insert(marathon.items.end(), r.items.begin(), r.items.end());
    while (compile(c, marathon).total_ms < 30 * 60 * 1000) marathon.items.push_back(marathon.items[marathon.items.size() % 7]);
    c.routines.push_back(marathon);
    const Timeline tl = compile(c, marathon);

    std::mt19937 rng(20261123);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto one_in = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng) == 0; };

    Session s(c);
    double clock = 31337.5;
    REQUIRE(s.start("marathon", clock));
    double expected = 0;  // routine time the schedule should be at, tracked independently
    size_t frames = 0, jumps = 0;
    while (s.state(clock).screen == Screen::Player) {
        const double dt = uniform(1, 100);
        clock += dt;
        if (!s.state(clock).paused) expected += dt;
        if (one_in(300)) {
            s.pause(clock);
        } else if (s.state(clock).paused && one_in(20)) {
            s.resume(clock);
        } else if (one_in(2000)) {
            s.next(clock);
            const int item = tl.segments[tl.segment_at(expected)].item;
            expected = static_cast<double>(tl.item_start_ms(item + 1));
            ++jumps;
        }
        s.advance(clock, 0);
        const State st = s.state(clock);
        if (st.screen != Screen::Player) break;
        const Segment& seg = tl.segments[tl.segment_at(expected)];
        REQUIRE(st.elapsed_ms == doctest::Approx(expected).epsilon(1e-12));
        REQUIRE(st.phase == seg.phase);
        REQUIRE(st.exercise_index == seg.item);
        REQUIRE(st.side == seg.side);
        ++frames;
    }
    CHECK(frames > 15000);
    CHECK(jumps > 0);
    const State end = s.state(clock);
    CHECK(end.screen == Screen::Finished);
    CHECK(end.elapsed_ms == static_cast<double>(tl.total_ms));  // exact, whatever frame landed past it
}
