// Reps each held at the peak of the move ("10 squeezes, each held 10 s"): the pacer
// keeps the breath going through the pause, the schedule cues it, the figure keeps still.
#include <doctest/doctest.h>

#include <string>

#include "core/breath.h"
#include "core/keyframes.h"
#include "core/link.h"
#include "core/session.h"
#include "core/speech.h"
#include "test_catalog.h"
#include "test_poses.h"

using namespace limber;

namespace {

Segment held_segment(Tempo tempo, int reps, int hold_ms) {
    Segment seg;
    seg.phase = Phase::Work;
    seg.reps = reps;
    seg.rep_hold_ms = hold_ms;
    seg.tempo = tempo;
    seg.start_ms = 0;
    seg.end_ms = int64_t{reps} * (tempo.breath_ms() + hold_ms);
    return seg;
}

// One held exercise on its own, in a catalog built here so the arithmetic is fixed.
Catalog held_catalog(Tempo tempo, Dose dose) {
    Catalog c = test::sample_catalog();
    Exercise e;
    e.id = "squeeze";
    e.name = "Squeeze";
    e.dose = dose;
    e.tempo = tempo;
    e.range = DoseRange{1, kMaxReps, 1, kMaxHoldSeconds, 1, kMaxSets};
    c.exercises = {e};
    c.routines = {Routine{"one", "One", "Held.", {RoutineItem{0, dose, {}}}, {}}};
    return c;
}

std::string cues_at(const Timeline& tl, int64_t ms) {
    std::vector<CueEvent> found;
    for (const auto& cue : tl.cues)
        if (cue.at_ms == ms) found.push_back(cue);
    return test::cue_names(found);
}

}  // namespace

TEST_CASE("a rep held at the out-breath's peak breathes on through the pause") {
    // 3 s in, 5 s out (the squeeze), then 10 s still: one breath stretched to fill it,
    // 3.75 s in and 6.25 s out, before the next rep's in-breath lets go.
    const Segment seg = held_segment({3000, 5000, Peak::Out}, 3, 10000);
    CHECK(rep_ms(seg) == 18000);
    CHECK(beats_per_rep(seg) == 4);

    Breath b = breath_at(seg, 1000);
    CHECK(b.phase == BreathPhase::In);
    CHECK_FALSE(b.holding);
    CHECK(b.rep == 1);
    b = breath_at(seg, 5000);
    CHECK(b.phase == BreathPhase::Out);
    CHECK(b.progress == doctest::Approx(0.4));
    CHECK_FALSE(b.holding);
    b = breath_at(seg, 9000);
    CHECK(b.phase == BreathPhase::In);
    CHECK(b.holding);
    CHECK(b.progress == doctest::Approx(1000.0 / 3750));
    CHECK(b.hold_left_ms == doctest::Approx(9000));
    b = breath_at(seg, 12000);
    CHECK(b.phase == BreathPhase::Out);
    CHECK(b.holding);
    CHECK(b.progress == doctest::Approx(250.0 / 6250));
    CHECK(b.hold_left_ms == doctest::Approx(6000));
    b = breath_at(seg, 18500);
    CHECK(b.phase == BreathPhase::In);
    CHECK_FALSE(b.holding);
    CHECK(b.rep == 2);
    CHECK(b.progress == doctest::Approx(500.0 / 3000));
}

TEST_CASE("a rep held at the in-breath's peak pauses between its in- and out-breath") {
    // A 3 s lift at 3 s in, 4 s out: the pause is one quick breath, out first (4/7 of it).
    const Segment lift = held_segment({3000, 4000, Peak::In}, 2, 3000);
    Breath b = breath_at(lift, 3500);
    CHECK(b.phase == BreathPhase::Out);
    CHECK(b.holding);
    CHECK(b.progress == doctest::Approx(500.0 / (3000.0 * 4 / 7)));
    b = breath_at(lift, 5000);
    CHECK(b.phase == BreathPhase::In);
    CHECK(b.holding);
    CHECK(b.hold_left_ms == doctest::Approx(1000));  // the pause runs from 3 s to 6 s
    b = breath_at(lift, 7000);
    CHECK(b.phase == BreathPhase::Out);
    CHECK_FALSE(b.holding);
    CHECK(b.progress == doctest::Approx(0.25));

    // A 20 s pause at 4 s in, 6 s out is two whole breaths at the tempo.
    const Segment long_pause = held_segment({4000, 6000, Peak::In}, 1, 20000);
    CHECK(beats_per_rep(long_pause) == 6);
    const Beat third = rep_beat(long_pause, 3);
    CHECK(third.phase == BreathPhase::Out);
    CHECK(third.start_ms == doctest::Approx(14000));
    CHECK(third.length_ms == doctest::Approx(6000));
    CHECK(third.holding);
    const Beat last = rep_beat(long_pause, 5);
    CHECK(last.phase == BreathPhase::Out);
    CHECK(last.start_ms == doctest::Approx(24000));
    CHECK_FALSE(last.holding);
}

TEST_CASE("held reps are cued: keep breathing as the pause begins, its end counted, the form mid-set") {
    const Catalog c = held_catalog({3000, 5000, Peak::Out}, Dose{4, 10, 1, false});
    const Timeline tl = compile(c, c.routines[0]);
    REQUIRE(tl.segments.size() == 3);
    CHECK(tl.segments[1].start_ms == 5000);
    CHECK(tl.segments[1].end_ms == 5000 + 4 * 18000);
    CHECK(tl.segments[1].rep_hold_ms == 10000);
    CHECK(cues_at(tl, 5000) == "breathe-in");
    CHECK(cues_at(tl, 8000) == "breathe-out");
    CHECK(cues_at(tl, 13000) == "keep-breathing");
    CHECK(cues_at(tl, 16750) == "breathe-out");
    CHECK(cues_at(tl, 20000) == "count-3");
    CHECK(cues_at(tl, 21000) == "count-2");
    CHECK(cues_at(tl, 22000) == "count-1");
    CHECK(cues_at(tl, 23000) == "breathe-in");
    // The third rep (the middle of four) gets the form reminder on its squeeze.
    CHECK(cues_at(tl, 41000 + 3000) == "breathe-out form");
    CHECK(cues_at(tl, 77000) == "complete");

    // A short pause is not counted; its breath is cued where it turns.
    const Catalog lift = held_catalog({3000, 4000, Peak::In}, Dose{2, 3, 1, false});
    const Timeline short_tl = compile(lift, lift.routines[0]);
    CHECK(short_tl.segments[1].end_ms == 25000);
    CHECK(cues_at(short_tl, 8000) == "keep-breathing");
    CHECK(cues_at(short_tl, 9715) == "breathe-in");  // 8000 + 3000 × 4/7, at or just after the turn
    CHECK(cues_at(short_tl, 11000) == "breathe-out");
    CHECK(cues_at(short_tl, 15000) == "breathe-in");
    for (const CueEvent& cue : short_tl.cues)
        if (cue.at_ms >= 5000) CHECK(cue.cue != Cue::Count3);
}

TEST_CASE("the rep count is said on the move's in-breath, never on a breath of the pause") {
    // 20 s at 8 s a breath is three breaths stretched to fill it: two in-breaths after the first.
    Catalog c = held_catalog({3000, 5000, Peak::Out}, Dose{2, 20, 1, false});
    Session session(c);
    session.set_count_reps(true);
    session.start(c.routines[0], 0);
    const Timeline& tl = session.timeline();
    int counted = 0, pause_in_breaths = 0;
    for (const CueEvent& cue : tl.cues) {
        if (cue.cue != Cue::BreatheIn) continue;
        const std::vector<std::string> clips = session.spoken(cue);
        const Breath b = breath_at(tl.segments[tl.segment_at(static_cast<double>(cue.at_ms))], static_cast<double>(cue.at_ms));
        CAPTURE(cue.at_ms);
        if (b.holding) {
            ++pause_in_breaths;
            CHECK(clips == std::vector<std::string>{"breathe-in"});
        } else {
            ++counted;
            CHECK(clips.back() == "number-" + std::to_string(b.rep));
        }
    }
    CHECK(counted == 2);
    CHECK(pause_in_breaths == 4);
}

TEST_CASE("through a held rep's pause the figure keeps the pose its move reached") {
    const Catalog shipped = test::shipped_catalog();
    const PoseLibrary& lib = test::shipped_library();
    for (const Exercise& e : shipped.exercises) {
        if (e.dose.reps == 0 || e.dose.hold_s == 0) continue;
        CAPTURE(e.id);
        const ExerciseKeys* keys = lib.find(e.id);
        REQUIRE(keys != nullptr);
        // The catalog's peak is the breath the poses make the move on.
        CHECK(telling_moment(*keys) == (e.tempo.peak == Peak::In ? Moment::In : Moment::Out));
        const Pose peak = pose_at_moment(keys_for(*keys, Side::None), e.tempo.peak == Peak::In ? Moment::In : Moment::Out);

        Routine one{"one", "One", "", {RoutineItem{shipped.find_exercise(e.id), e.dose, {}}}, {}};
        Session session(shipped, lib);
        session.start(one, 0);
        const Segment& work = session.timeline().segments[1];
        REQUIRE(work.phase == Phase::Work);
        int paused = 0;
        for (double t = static_cast<double>(work.start_ms); t < static_cast<double>(work.end_ms); t += 50) {
            const State s = session.state(t);
            const bool holding = s.held_peak != BreathPhase::None;
            if (!holding) continue;
            ++paused;
            CAPTURE(t);
            CHECK(s.posed.pose == peak);
            CHECK(s.instruction.rfind("Hold — breathe", 0) == 0);
            // The big number counts the pause down, not the whole set.
            CHECK(s.countdown_label == "seconds left in this hold");
            CHECK(s.countdown_s >= 1);
            CHECK(s.countdown_s <= e.dose.hold_s);
        }
        // The whole pause of every rep is held: hold seconds × reps, at 20 samples a second.
        CHECK(paused == doctest::Approx(e.dose.hold_s * e.dose.reps * 20).epsilon(0.01));
    }
}

TEST_CASE("a link carries each rep's hold, and an older link without it plays the exercise's own") {
    const Catalog c = test::shipped_catalog();
    const int squeeze = c.find_exercise("scapular-squeeze");
    REQUIRE(squeeze >= 0);
    const Exercise& ex = c.exercises[static_cast<size_t>(squeeze)];
    REQUIRE(ex.dose.hold_s > 0);

    const LinkDecode old = decode_link(c, "v1/custom/Mine/scapular-squeeze.12reps");
    REQUIRE_MESSAGE(old.ok(), old.error);
    CHECK(old.routine.items[0].dose.reps == 12);
    CHECK(old.routine.items[0].dose.hold_s == ex.dose.hold_s);

    Routine mine{"", "Mine", "", {RoutineItem{squeeze, Dose{12, ex.range.hold_max, 1, false}, {}}}, {}};
    const std::string link = encode_custom_link(c, mine);
    CHECK(link == "v1/custom/Mine/scapular-squeeze.12reps." + std::to_string(ex.range.hold_max) + "s");
    const LinkDecode back = decode_link(c, link);
    REQUIRE_MESSAGE(back.ok(), back.error);
    CHECK(back.routine.items[0].dose.hold_s == ex.range.hold_max);
    CHECK(back.notices.empty());

    const LinkDecode long_hold = decode_link(c, "v1/custom/Mine/scapular-squeeze.60s");
    REQUIRE_MESSAGE(long_hold.ok(), long_hold.error);
    CHECK(long_hold.routine.items[0].dose.hold_s == ex.range.hold_max);
    REQUIRE(long_hold.notices.size() == 1);
    CHECK(long_hold.notices[0] ==
          ex.name + " is held for " + std::to_string(ex.range.hold_min) + " to " + std::to_string(ex.range.hold_max) +
              " seconds (the articles' range); this link asked for 60, so it plays " + std::to_string(ex.range.hold_max) + ".");
    CHECK(decode_link(c, "v1/custom/Mine/scapular-squeeze.5s.6s").error ==
          "exercise 1 ('scapular-squeeze.5s.6s'): it gives the hold twice");
    CHECK(decode_link(c, "v1/custom/Mine/shoulder-rolls.5s").error ==
          "exercise 1 ('shoulder-rolls.5s'): shoulder-rolls is counted in reps ('.10reps'), not seconds");
}

TEST_CASE("the Physio set holds each squeeze for article 002's 10 seconds") {
    const Catalog c = test::shipped_catalog();
    const Routine* physio = c.find_routine("physio-set");
    REQUIRE(physio != nullptr);
    const RoutineItem& last = physio->items.back();
    CHECK(c.exercises[static_cast<size_t>(last.exercise)].id == "scapular-squeeze");
    CHECK(last.dose.hold_s == 10);
    CHECK(last.dose.reps >= 10);
}
