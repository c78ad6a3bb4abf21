#include <doctest/doctest.h>

#include <algorithm>

#include "core/session.h"
#include "core/speech.h"
#include "test_catalog.h"

using namespace limber;

namespace {

// "<ms> <clip>" for every clip the voice says through the routine, in order.
std::vector<std::string> script(const Session& s) {
    std::vector<std::string> said;
    for (const CueEvent& cue : s.timeline().cues)
        for (const std::string& clip : s.spoken(cue)) said.push_back(std::to_string(cue.at_ms) + " " + clip);
    return said;
}

bool says(const std::vector<std::string>& said, const std::string& line) {
    return std::find(said.begin(), said.end(), line) != said.end();
}

std::string caption_at(const Session& s, Cue cue, int64_t at_ms) { return s.caption_of(CueEvent{at_ms, cue}); }

}  // namespace

TEST_CASE("the coach names and sets up each exercise, counts in, and speaks only the first breaths of a rep set") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    const std::vector<std::string> said = script(s);
    // rolls: 5 s get-ready, then 3 reps of 2 s in + 3 s out from 5000.
    const std::vector<std::string> opening = {"0 name-rolls",      "0 setup-rolls",   "2000 number-3",    "3000 number-2",
                                              "4000 number-1",     "5000 breathe-in", "7000 breathe-out", "10000 breathe-in",
                                              "12000 breathe-out", "20000 next",      "20000 name-hold",  "20000 setup-hold"};
    REQUIRE(said.size() > opening.size());
    CHECK(std::vector<std::string>(said.begin(), said.begin() + static_cast<long>(opening.size())) == opening);
    // The third breath of the reps (15000, 17000) is left to the tones; three reps are too few for a form cue.
    for (const std::string& line : said) {
        CHECK(line.rfind("15000 ", 0) != 0);
        CHECK(line != "17000 form-rolls");
    }
}

TEST_CASE("a hold is coached: keep breathing, every breath paced aloud, form, halfway and the last three counted") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    const std::vector<std::string> said = script(s);
    // The 20 s hold on the left runs 25000..45000, breathing 4 s in and 6 s out.
    for (const char* line :
         {"25000 keep-breathing", "29000 breathe-out", "29000 form-hold", "35000 breathe-in", "35000 halfway",
          "39000 breathe-out", "42000 number-3", "43000 number-2", "44000 number-1", "45000 switch-to-right"}) {
        CAPTURE(line);
        CHECK(says(said, line));
    }
    // The count has the last three seconds to itself, and no bare "hold" is ever said.
    CHECK_FALSE(says(said, "45000 breathe-in"));
    for (const std::string& line : said) CHECK(line.find(" hold") == std::string::npos);
    // At the end, said as it comes due: both exercises are done.
    REQUIRE(said.size() >= 3);
    CHECK(std::vector<std::string>(said.end() - 3, said.end()) ==
          std::vector<std::string>{"125000 well-done", "125000 number-2", "125000 exercises-done"});
}

TEST_CASE("cue urgency: coaching lines cut breath words and counts, never the reverse") {
    CHECK(urgency(Cue::BreatheIn) < urgency(Cue::Count3));
    CHECK(urgency(Cue::BreatheOut) < urgency(Cue::Count1));
    for (Cue c : {Cue::NextUp, Cue::KeepBreathing, Cue::Halfway, Cue::Form, Cue::SwitchSides, Cue::Rest, Cue::Complete})
        CHECK(urgency(c) > urgency(Cue::Count2));
}

TEST_CASE("captions are the shipped catalog's words: next up with its set-up line, the side to switch to, the count") {
    Session s(test::shipped_catalog());
    REQUIRE(s.start("micro-break", 0));
    const Catalog& c = s.catalog();
    const Exercise& rolls = test::shipped_exercise("shoulder-rolls");
    const Exercise& rotation = test::shipped_exercise("thoracic-rotation");
    std::vector<std::string> next_up;
    for (const CueEvent& cue : s.timeline().cues)
        if (cue.cue == Cue::NextUp) next_up.push_back(s.caption_of(cue));
    REQUIRE(next_up.size() == 3);
    CHECK(next_up[0] == rolls.name + ". " + rolls.setup_line);
    CHECK(next_up[1] == "Next: " + rotation.name + ". " + rotation.setup_line);
    for (const CueEvent& cue : s.timeline().cues) {
        if (cue.cue == Cue::SwitchSides) CHECK(s.caption_of(cue) == c.phrases.at("switch-to-right"));
        if (cue.cue == Cue::Count2) CHECK(s.caption_of(cue) == c.numbers[1]);
        if (cue.cue == Cue::KeepBreathing) CHECK(s.caption_of(cue) == c.phrases.at("keep-breathing"));
    }
}

TEST_CASE("with the rep count on, each rep's number is said on its in-breath, and captioned with it") {
    Session s(test::shipped_catalog());
    s.set_count_reps(true);
    REQUIRE(s.start("micro-break", 0));
    const Catalog& c = s.catalog();
    const std::vector<std::string> said = script(s);
    // Shoulder rolls: 5 s get-ready, then reps of 5 s each.
    const Exercise& rolls = test::shipped_exercise("shoulder-rolls");
    const int64_t breath = rolls.tempo.breath_ms();
    CHECK(says(said, "5000 number-1"));
    CHECK(says(said, "5000 breathe-in"));
    CHECK(says(said, std::to_string(5000 + 2 * breath) + " number-3"));
    CHECK_FALSE(says(said, std::to_string(5000 + 2 * breath) + " breathe-in"));
    CHECK(caption_at(s, Cue::BreatheIn, 5000 + 2 * breath) == c.phrases.at("breathe-in") + " " + c.numbers[2]);
    s.set_count_reps(false);
    CHECK(caption_at(s, Cue::BreatheIn, 5000 + 2 * breath) == c.phrases.at("breathe-in"));
}

TEST_CASE("the end says how many exercises were done, leaving out the ones skipped") {
    const Catalog catalog = test::shipped_catalog();
    const std::string three = catalog.numbers[2], two = catalog.numbers[1];
    Session whole(catalog);
    REQUIRE(whole.start("micro-break", 0));
    const double end = static_cast<double>(whole.timeline().total_ms);
    whole.advance(end + 1, 0);
    CHECK(whole.state(end + 1).caption ==
          catalog.phrases.at("well-done") + " " + three + " " + catalog.phrases.at("exercises-done"));

    Session skipping(catalog);
    REQUIRE(skipping.start("micro-break", 0));
    skipping.next(1000);  // past the first exercise before its work
    const double skipped_end = static_cast<double>(skipping.timeline().total_ms) + 1;
    skipping.advance(skipped_end, 0);
    CHECK(skipping.state(skipped_end).caption ==
          catalog.phrases.at("well-done") + " " + two + " " + catalog.phrases.at("exercises-done"));
}

TEST_CASE("phrase_text finds each clip's words, and nothing for a clip the catalog cannot say") {
    const Catalog c = test::shipped_catalog();
    const Exercise& cobra = test::shipped_exercise("cobra");
    CHECK(phrase_text(c, "number-1") == c.numbers.front());
    CHECK(phrase_text(c, "number-" + std::to_string(c.numbers.size())) == c.numbers.back());
    CHECK(phrase_text(c, "name-cobra") == cobra.name + ".");
    CHECK(phrase_text(c, "setup-cobra") == cobra.setup_line);
    CHECK(phrase_text(c, "form-cobra") == cobra.form_line);
    CHECK(phrase_text(c, "halfway") == c.phrases.at("halfway"));
    for (const std::string& unknown :
         std::vector<std::string>{"number-0", "number-" + std::to_string(c.numbers.size() + 1), "number-2x", "number-",
                                  "name-cobr", "name-cobras", "form-", "hold"}) {
        CAPTURE(unknown);
        CHECK(phrase_text(c, unknown).empty());
    }
}
