// What a run really was: time spent, each exercise done or skipped, and whether the
// break counts. The sample routine "mix" (test_catalog.h) has 95 s of work: rolls
// 5..20 s, then the hold's four 20 s sides at 25, 50, 80 and 105 s; it ends at 125 s.
#include <doctest/doctest.h>

#include "core/session.h"
#include "test_catalog.h"

using namespace limber;

namespace {

// Plays "mix" from clock 0 to routine time `until_ms` untouched, then seeks to the end.
Finish skip_to_end_after(double until_ms) {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(until_ms, 0);
    s.seek(until_ms, 125000);
    s.advance(until_ms, 0);
    const State st = s.state(until_ms);
    REQUIRE(st.screen == Screen::Finished);
    REQUIRE(st.finished);
    return *st.finished;
}

}  // namespace

TEST_CASE("the streak rule: a break counts from half of its planned work time done") {
    CHECK(break_counts(47500, 95000));
    CHECK_FALSE(break_counts(47499, 95000));
    CHECK(break_counts(95000, 95000));
    CHECK_FALSE(break_counts(0, 95000));
    CHECK(std::string(outcome_name(true)) == "done");
    CHECK(std::string(outcome_name(false)) == "skipped");
}

TEST_CASE("a run played through: all its time spent, every exercise done, and it counts") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(60000, 0);
    s.advance(125000, 0);
    const Finish f = *s.state(125000).finished;
    CHECK(f.elapsed_ms == 125000);
    CHECK(f.outcome.spent_ms == 125000);
    CHECK(f.outcome.work_ms == 95000);
    CHECK(f.outcome.worked_ms == 95000);
    CHECK(f.outcome.counts);
    REQUIRE(f.outcome.exercises.size() == 2);
    CHECK(f.outcome.exercises[0].done);
    CHECK(f.outcome.exercises[0].work_ms == 15000);
    CHECK(f.outcome.exercises[1].done);
    CHECK(f.outcome.exercises[1].work_ms == 80000);
}

TEST_CASE("next through every exercise: a moment spent, every exercise skipped, and it does not count") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.next(300);  // from the rolls' get-ready to the hold's
    s.next(600);  // past the last exercise: the end
    s.advance(600, 0);
    const State st = s.state(600);
    REQUIRE(st.screen == Screen::Finished);
    const RunOutcome& o = st.finished->outcome;
    CHECK(st.finished->elapsed_ms == 125000);
    CHECK(o.spent_ms == 600);
    CHECK(o.worked_ms == 0);
    CHECK_FALSE(o.counts);
    REQUIRE(o.exercises.size() == 2);
    CHECK_FALSE(o.exercises[0].done);
    CHECK_FALSE(o.exercises[1].done);
}

TEST_CASE("at the edge of the rule: 47.5 s of 95 s of work counts, 1 ms less does not") {
    // 15 s of rolls, the hold's left side (20 s), 12.5 s of its right side.
    const Finish half = skip_to_end_after(62500);
    CHECK(half.outcome.worked_ms == 47500);
    CHECK(half.outcome.spent_ms == 62500);
    CHECK(half.outcome.counts);
    CHECK(half.outcome.exercises[0].done);
    CHECK_FALSE(half.outcome.exercises[1].done);
    CHECK(half.outcome.exercises[1].worked_ms == 32500);

    const Finish under = skip_to_end_after(62499);
    CHECK(under.outcome.worked_ms == 47499);
    CHECK_FALSE(under.outcome.counts);
}

TEST_CASE("an exercise is done when its work played to the end, give or take rounding") {
    const Finish nearly = skip_to_end_after(124999.5);  // half a millisecond of work unplayed
    CHECK(nearly.outcome.exercises[1].done);
    const Finish short_by_2ms = skip_to_end_after(124998);
    CHECK_FALSE(short_by_2ms.outcome.exercises[1].done);
    CHECK(short_by_2ms.outcome.exercises[1].worked_ms == 79998);
    CHECK(short_by_2ms.outcome.counts);
}

TEST_CASE("going back and playing again is time spent twice but work done once") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(22000, 0);  // the rolls are done; 2 s into the hold's get-ready
    s.previous(22000);    // within 3 s of it: back to the rolls
    CHECK(s.state(22000).elapsed_ms == 0);
    s.advance(22000 + 125000, 0);
    const RunOutcome o = s.state(22000 + 125000).finished->outcome;
    CHECK(o.spent_ms == 147000);
    CHECK(o.worked_ms == 95000);
    CHECK(o.counts);
    CHECK(o.exercises[0].done);
    CHECK(o.exercises[1].done);
}

TEST_CASE("a pause is no time spent, and a seek forward within an exercise skips it") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.pause(10000);
    s.resume(50000);
    s.advance(165000, 0);
    CHECK(s.state(165000).finished->outcome.spent_ms == 125000);

    Session t(test::sample_catalog());
    REQUIRE(t.start("mix", 0));
    t.seek(6000, 7000);  // one second of the rolls jumped over
    t.advance(6000 + 118000, 0);
    const RunOutcome o = t.state(6000 + 118000).finished->outcome;
    CHECK(o.spent_ms == 124000);
    CHECK_FALSE(o.exercises[0].done);
    CHECK(o.exercises[0].worked_ms == 14000);
    CHECK(o.exercises[1].done);
}

TEST_CASE("a restart begins a new record: what was skipped before it is forgotten") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.next(300);
    s.restart(1000);
    s.advance(1000 + 125000, 0);
    const State st = s.state(1000 + 125000);
    REQUIRE(st.screen == Screen::Finished);
    CHECK(st.finished->count == 1);
    CHECK(st.finished->outcome.spent_ms == 125000);
    CHECK(st.finished->outcome.counts);
}

TEST_CASE("run_outcome merges overlapping stretches for the work and sums them for the time") {
    const Catalog c = test::sample_catalog();
    const Timeline tl = compile(c, c.routines[0]);
    const RunOutcome o = run_outcome(tl, {{0, 30000}, {10000, 20000}, {60000, 60000}, {40000, 30000}});
    CHECK(o.spent_ms == 40000);   // empty and backwards stretches are nothing
    CHECK(o.worked_ms == 20000);  // 15 s of rolls and 5 s of the hold's left side
    CHECK(o.exercises[0].done);
    CHECK_FALSE(o.exercises[1].done);
    CHECK_FALSE(o.counts);
}
