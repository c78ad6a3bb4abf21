#include <doctest/doctest.h>

#include <algorithm>

#include "core/session.h"
#include "core/speech.h"
#include "test_catalog.h"

using namespace limber;

TEST_CASE("the voice names each exercise before it, counts down, and speaks only the first breaths") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    std::vector<std::string> said;
    for (const CueEvent& cue : s.timeline().cues)
        for (const std::string& clip : spoken_clips(cue.cue, s.context_of(cue)))
            said.push_back(std::to_string(cue.at_ms) + " " + clip);
    const std::vector<std::string> opening = {"0 name-rolls",    "2000 three",       "3000 two",         "4000 one",
                                              "5000 breathe-in", "7000 breathe-out", "10000 breathe-in", "12000 breathe-out",
                                              "20000 next",      "20000 name-hold"};
    REQUIRE(said.size() > opening.size());
    CHECK(std::vector<std::string>(said.begin(), said.begin() + static_cast<long>(opening.size())) == opening);
    // The third breath (at 15000) is silent: the tone keeps the pace.
    for (const std::string& line : said) CHECK(line.rfind("15000 ", 0) != 0);
    CHECK(said.back() == "125000 well-done");
    CHECK(std::count(said.begin(), said.end(), "45000 switch-sides") == 1);
    CHECK(std::count(said.begin(), said.end(), "70000 rest") == 1);
}

TEST_CASE("every shipped exercise has a name clip id the voice sheet must provide") {
    const Catalog c = test::shipped_catalog();
    for (const Exercise& e : c.exercises) {
        CueContext ctx;
        ctx.exercise_id = e.id;
        CHECK(spoken_clips(Cue::NextUp, ctx) == std::vector<std::string>{"next", "name-" + e.id});
    }
}

TEST_CASE("cue captions: the words of every cue, and the next exercise's name, without Next: before the first") {
    CueContext first{"rolls", "Rolls", 0, true};
    CueContext later{"hold", "Wall hold", 0, false};
    CHECK(cue_caption(Cue::NextUp, first) == "Rolls");
    CHECK(cue_caption(Cue::NextUp, later) == "Next: Wall hold");
    CHECK(cue_caption(Cue::BreatheIn, CueContext{"rolls", "Rolls", 5, false}) == "Breathe in");
    CHECK(cue_caption(Cue::BreatheOut, later) == "Breathe out");
    CHECK(cue_caption(Cue::Hold, later) == "Hold");
    CHECK(cue_caption(Cue::Count3, later) == "Three");
    CHECK(cue_caption(Cue::Count2, later) == "Two");
    CHECK(cue_caption(Cue::Count1, later) == "One");
    CHECK(cue_caption(Cue::SwitchSides, later) == "Switch sides");
    CHECK(cue_caption(Cue::Rest, later) == "Rest");
    CHECK(cue_caption(Cue::Complete, later) == "Well done");
}

TEST_CASE("the session's cue context names the exercise, so the first cue reads its name and the next ones Next:") {
    Session s(test::shipped_catalog());
    REQUIRE(s.start("micro-break", 0));
    std::vector<std::string> captions;
    for (const CueEvent& cue : s.timeline().cues)
        if (cue.cue == Cue::NextUp) captions.push_back(cue_caption(cue.cue, s.context_of(cue)));
    CHECK(captions == std::vector<std::string>{"Shoulder rolls", "Next: Seated thoracic rotation", "Next: Side stretch"});
}
