#include <doctest/doctest.h>

#include <string>

#include "core/session.h"
#include "test_catalog.h"

using namespace limber;

namespace {

// The sample catalog's routine with names, breath words and the shipped coach's phrases:
// 3 reps of rolls (5 s a breath), then a 20 s hold per side in two sets. Ready 0-5 s,
// rolls 5-20 s, ready 20-25 s, left 25-45 s, switch 45-50 s, right 50-70 s, rest 70-80 s,
// set 2 80-125 s.
Catalog named_catalog() {
    Catalog c = test::sample_catalog();
    c.exercises[0].name = "Rolls";
    c.exercises[0].breath_in = "arms up";
    c.exercises[0].breath_out = "arms down";
    c.exercises[0].setup_line = "Stand tall.";
    c.exercises[0].form_line = "Roll slowly.";
    c.exercises[1].name = "Wall hold";
    c.exercises[1].breath_in = "chest opens";
    c.exercises[1].breath_out = "shoulders drop";
    c.exercises[1].setup_line = "Face the wall.";
    c.exercises[1].form_line = "Keep your neck long.";
    return c;
}

bool starts_with(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }

bool is_number(const Catalog& c, const std::string& words) {
    for (size_t n = 0; n < 3; ++n)
        if (words == c.numbers[n]) return true;
    return false;
}

// The caption (the last cue's words) and the instruction say the same thing, the caption
// only counts down, or it reminds of the form or the halfway mark of a hold.
void check_agree(const Catalog& catalog, const State& s) {
    CAPTURE(s.elapsed_ms);
    CAPTURE(s.caption);
    CAPTURE(s.instruction);
    const std::string& c = s.caption;
    const auto& say = catalog.phrases;
    const Exercise& e = catalog.exercises[static_cast<size_t>(s.exercise)];
    // A held rep's pause at its peak is a short hold: the body keeps still, the breath goes on.
    const bool held = s.reps == 0 || s.held_peak != BreathPhase::None;
    if (is_number(catalog, c)) {
        CHECK(held);  // counts end holds, held reps' pauses and lead-ins, never a moving rep
        CHECK_FALSE(s.instruction.empty());
    } else if (c == say.at("breathe-in")) {
        CHECK(s.breath == BreathPhase::In);
        CHECK(starts_with(s.instruction, held ? "Hold — breathe in" : "Breathe in: "));
    } else if (c == say.at("breathe-out")) {
        CHECK(s.breath == BreathPhase::Out);
        CHECK(starts_with(s.instruction, held ? "Hold — breathe out" : "Breathe out: "));
    } else if (c == say.at("keep-breathing") || c == say.at("halfway")) {
        CHECK(starts_with(s.instruction, "Hold — breathe "));
    } else if (c == e.form_line) {
        CHECK(s.phase == Phase::Work);
    } else if (c == say.at("switch-to-right")) {
        CHECK(s.instruction == "Switch sides");
        CHECK(s.side == Side::Right);
    } else if (c == say.at("rest")) {
        CHECK(starts_with(s.instruction, "Rest — next: set "));
    } else {
        // The exercise's name and set-up, with "Next: " before every one but the first.
        CHECK(s.phase == Phase::Ready);
        const std::string named = e.name + ". " + e.setup_line;
        CHECK((c == named || c == say.at("next") + " " + named));
        CHECK(s.instruction == "Get ready: " + s.exercise_name);
    }
}

}  // namespace

TEST_CASE("getting ready names the exercise being readied, and nothing after it") {
    Session s(named_catalog());
    REQUIRE(s.start("mix", 0));
    State st = s.state(1000);
    CHECK(st.instruction == "Get ready: Rolls");
    CHECK(st.caption == "Rolls. Stand tall.");
    CHECK(st.countdown_s == 4);
    CHECK(st.countdown_label == "seconds to get ready");
    CHECK(st.next_up.empty());
    st = s.state(20500);
    CHECK(st.instruction == "Get ready: Wall hold");
    CHECK(st.caption == "Next: Wall hold. Face the wall.");
    CHECK(st.countdown_s == 5);
    CHECK(st.next_up.empty());
}

TEST_CASE("in reps the instruction is the breath and the caption its cue") {
    Session s(named_catalog());
    REQUIRE(s.start("mix", 0));
    State st = s.state(5500);
    CHECK(st.instruction == "Breathe in: arms up");
    CHECK(st.caption == "Breathe in.");
    CHECK(st.countdown_s == 15);
    CHECK(st.countdown_label == "seconds left in this set");
    CHECK(st.next_up == "Next up: Wall hold");
    st = s.state(7000);  // the out-breath and its cue begin together
    CHECK(st.instruction == "Breathe out: arms down");
    CHECK(st.caption == "Breathe out.");
}

TEST_CASE("a hold says hold with the breath to take, the caption coaches it, and every countdown says what it counts") {
    Session s(named_catalog());
    REQUIRE(s.start("mix", 0));
    State st = s.state(26000);
    CHECK(st.instruction == "Hold — breathe in: chest opens");
    CHECK(st.caption == "Stay there, and keep breathing.");
    CHECK(st.countdown_s == 19);
    CHECK(st.countdown_label == "seconds left in this hold");
    CHECK(st.next_up == "Last exercise");
    st = s.state(30000);  // 5 s into the hold: the out-breath of a 4 s + 6 s breath
    CHECK(st.instruction == "Hold — breathe out: shoulders drop");
    CHECK(st.caption == "Keep your neck long.");  // the form cue came with the out-breath
    st = s.state(36000);
    CHECK(st.instruction == "Hold — breathe in: chest opens");
    CHECK(st.caption == "Halfway there.");
    st = s.state(42500);
    CHECK(st.caption == "Three");
    CHECK(st.countdown_s == 3);
    st = s.state(46000);
    CHECK(st.instruction == "Switch sides");
    CHECK(st.caption == "Switch to your right side.");
    CHECK(st.countdown_s == 4);
    CHECK(st.countdown_label == "seconds to switch sides");
    CHECK(st.next_up == "Last exercise");
}

TEST_CASE("the rest after set 1 of 2 says what comes next, not that set 2 is under way") {
    Session s(named_catalog());
    REQUIRE(s.start("mix", 0));
    const State st = s.state(71000);
    CHECK(st.phase == Phase::Rest);
    CHECK(st.instruction == "Rest — next: set 2 of 2");
    CHECK(st.caption == "Rest.");
    CHECK(st.countdown_s == 9);
    CHECK(st.countdown_label == "seconds of rest");
    CHECK(st.next_up.empty());
}

TEST_CASE("home and the end have no instruction and the end keeps its caption") {
    Session s(named_catalog());
    State st = s.state(0);
    CHECK(st.instruction.empty());
    CHECK(st.caption.empty());
    REQUIRE(s.start("mix", 0));
    s.advance(125000, 0);
    st = s.state(125000);
    CHECK(st.phase == Phase::Done);
    CHECK(st.instruction.empty());
    CHECK(st.countdown_label.empty());
    CHECK(st.caption == "Well done. Two exercises done.");
}

TEST_CASE("one exercise done is said as one phrase, not a count before the plural's words") {
    Catalog c = named_catalog();
    c.routines.push_back(Routine{"one", "One", "Just the hold.", {c.routines[0].items[1]}, {}});
    Session s(c);
    REQUIRE(s.start("one", 0));
    s.advance(600000, 0);
    const State st = s.state(600000);
    CHECK(st.phase == Phase::Done);
    CHECK(st.caption == "Well done. One exercise done.");
}

TEST_CASE("jumping shows the caption of the moment landed on, not the last one heard") {
    Session s(named_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(7500, 0);
    s.next(7500);
    const State st = s.state(7500);
    CHECK(st.caption == "Next: Wall hold. Face the wall.");
    CHECK(st.instruction == "Get ready: Wall hold");
}

TEST_CASE("at every moment of every shipped routine the caption and the instruction agree") {
    const Catalog c = test::shipped_catalog();
    Session s(c);
    int moments = 0;
    for (const Routine& r : c.routines) {
        CAPTURE(r.id);
        REQUIRE(s.start(r.id, 0));
        const double total = static_cast<double>(s.timeline().total_ms);
        for (double t = 0; t < total; t += 50) {
            const State st = s.state(t);
            check_agree(c, st);
            CHECK(st.countdown_s >= 1);
            CHECK_FALSE(st.countdown_label.empty());
            CHECK((st.phase == Phase::Ready || st.phase == Phase::Rest) == st.next_up.empty());
            ++moments;
        }
    }
    CHECK(moments > 10000);
}
