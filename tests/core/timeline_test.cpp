#include <doctest/doctest.h>

#include "core/timeline.h"
#include "test_catalog.h"

using namespace limber;

TEST_CASE("a routine compiles into contiguous absolute segments") {
    const Catalog c = test::sample_catalog();
    const Timeline tl = compile(c, c.routines[0]);

    struct Expect {
        Phase phase;
        int64_t start, end;
        int item;
        Side side;
        int set;
    };
    const Expect expected[] = {
        {Phase::Ready, 0, 5000, 0, Side::None, 1},          {Phase::Work, 5000, 20000, 0, Side::None, 1},
        {Phase::Ready, 20000, 25000, 1, Side::Left, 1},     {Phase::Work, 25000, 45000, 1, Side::Left, 1},
        {Phase::Switch, 45000, 50000, 1, Side::Right, 1},   {Phase::Work, 50000, 70000, 1, Side::Right, 1},
        {Phase::Rest, 70000, 80000, 1, Side::Left, 2},      {Phase::Work, 80000, 100000, 1, Side::Left, 2},
        {Phase::Switch, 100000, 105000, 1, Side::Right, 2}, {Phase::Work, 105000, 125000, 1, Side::Right, 2},
        {Phase::Done, 125000, 125000, -1, Side::None, 0},
    };
    REQUIRE(tl.segments.size() == std::size(expected));
    for (size_t i = 0; i < tl.segments.size(); ++i) {
        CAPTURE(i);
        CHECK(tl.segments[i].phase == expected[i].phase);
        CHECK(tl.segments[i].start_ms == expected[i].start);
        CHECK(tl.segments[i].end_ms == expected[i].end);
        CHECK(tl.segments[i].item == expected[i].item);
        CHECK(tl.segments[i].side == expected[i].side);
        CHECK(tl.segments[i].set == expected[i].set);
    }
    CHECK(tl.total_ms == 125000);
    CHECK(tl.segments[1].reps == 3);
    CHECK(tl.segments[3].reps == 0);
}

TEST_CASE("cues fall on the beat: breaths on rep halves, countdowns before each boundary") {
    const Catalog c = test::sample_catalog();
    const Timeline tl = compile(c, c.routines[0]);
    auto at = [&](int64_t ms) {
        std::vector<CueEvent> found;
        for (const auto& cue : tl.cues)
            if (cue.at_ms == ms) found.push_back(cue);
        return test::cue_names(found);
    };
    CHECK(at(0) == "next-up");
    CHECK(at(2000) == "count-3");
    CHECK(at(4000) == "count-1");
    CHECK(at(5000) == "breathe-in");
    CHECK(at(7000) == "breathe-out");
    CHECK(at(15000) == "breathe-in");
    CHECK(at(17000) == "breathe-out");
    CHECK(at(25000) == "keep-breathing");
    // The hold keeps its breath: 4 s in, 6 s out, the form cue on the first out-breath,
    // halfway through its 20 s, and nothing but the count in its last three seconds.
    CHECK(at(29000) == "breathe-out form");
    CHECK(at(35000) == "breathe-in halfway");
    CHECK(at(39000) == "breathe-out");
    CHECK(at(42000) == "count-3");
    CHECK(at(45000) == "switch-sides");
    CHECK(at(70000) == "rest");
    CHECK(at(125000) == "complete");
    CHECK(at(6000) == "");
    for (size_t i = 1; i < tl.cues.size(); ++i) CHECK(tl.cues[i - 1].at_ms <= tl.cues[i].at_ms);
    // Every segment but Done opens with a cue, so each phase change is heard.
    for (const auto& seg : tl.segments) CHECK(at(seg.start_ms) != "");
}

TEST_CASE("segment_at returns the segment the schedule gives, boundaries belong to the later one") {
    const Catalog c = test::sample_catalog();
    const Timeline tl = compile(c, c.routines[0]);
    CHECK(tl.segment_at(0) == 0);
    CHECK(tl.segment_at(4999.999) == 0);
    CHECK(tl.segment_at(5000) == 1);
    CHECK(tl.segment_at(124999.9) == 9);
    CHECK(tl.segment_at(125000) == 10);
    CHECK(tl.segment_at(1e12) == 10);
    CHECK(tl.item_start_ms(1) == 20000);
    CHECK(tl.item_start_ms(2) == tl.total_ms);
}
