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
        for (const std::string& clip : spoken_clips(cue.cue, s.context_of(cue))) said.push_back(std::to_string(cue.at_ms) + " " + clip);
    const std::vector<std::string> opening = {"0 name-rolls", "2000 three", "3000 two", "4000 one",
                                              "5000 breathe-in", "7000 breathe-out", "10000 breathe-in", "12000 breathe-out",
                                              "20000 next", "20000 name-hold"};
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
