// Every phrase the core can cue has its clip in assets/voice.json, so an exercise
// added to the catalog without running scripts/make-voice fails here instead of
// going unspoken. (scripts/make-voice --check, run by tests/data, also catches a
// clip whose exercise was renamed.)
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/speech.h"
#include "embedded/assets.h"
#include "test_catalog.h"

using namespace limber;

namespace {

// What spoken_clips can return for any cue of any shipped exercise.
std::set<std::string> every_cued_clip(const Catalog& catalog) {
    std::set<std::string> ids;
    for (const Exercise& e : catalog.exercises)
        for (int c = 0; c <= static_cast<int>(Cue::Complete); ++c)
            for (int breath = 1; breath <= kSpokenBreaths + 1; ++breath)
                for (bool first : {false, true})
                    for (const std::string& id : spoken_clips(static_cast<Cue>(c), {e.id, e.name, breath, first})) ids.insert(id);
    return ids;
}

}  // namespace

TEST_CASE("every clip the core can cue for the shipped catalog is in voice.json") {
    const nlohmann::json index = nlohmann::json::parse(asset("voice.json"), nullptr, false);
    REQUIRE(index.is_object());
    REQUIRE(index.contains("clips"));
    const nlohmann::json& clips = index["clips"];
    const std::set<std::string> cued = every_cued_clip(test::shipped_catalog());
    // The sweep reaches the fixed words and every exercise's name.
    CHECK(cued.count("breathe-in") == 1);
    CHECK(cued.count("well-done") == 1);
    CHECK(cued.count("next") == 1);
    for (const Exercise& e : test::shipped_catalog().exercises) CHECK(cued.count("name-" + e.id) == 1);
    for (const std::string& id : cued) {
        CAPTURE(id);
        CHECK(clips.contains(id));
    }
}

TEST_CASE("an exercise added without its clip is caught by the same sweep") {
    Catalog catalog = test::shipped_catalog();
    Exercise added = catalog.exercises.front();
    added.id = "new-exercise";
    catalog.exercises.push_back(added);
    const nlohmann::json index = nlohmann::json::parse(asset("voice.json"), nullptr, false);
    std::set<std::string> missing;
    for (const std::string& id : every_cued_clip(catalog))
        if (!index["clips"].contains(id)) missing.insert(id);
    CHECK(missing == std::set<std::string>{"name-new-exercise"});
}
