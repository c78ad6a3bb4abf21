// Every phrase the coach can say has its clip in assets/voice.json, saying the words the
// caption shows, so an exercise added or reworded without running scripts/make-voice
// fails here instead of going unspoken or saying something else.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/session.h"
#include "core/speech.h"
#include "embedded/voice_assets.h"
#include "test_catalog.h"

using namespace limber;

namespace {

// What cue_clips can return for any cue of any exercise of the catalog, in any context.
std::set<std::string> every_cued_clip(const Catalog& catalog) {
    std::set<std::string> ids;
    const int numbers = static_cast<int>(catalog.numbers.size());
    for (const Exercise& e : catalog.exercises)
        for (int c = 0; c <= static_cast<int>(Cue::Complete); ++c)
            for (Side side : {Side::Left, Side::Right})
                for (int n = 0; n <= numbers; ++n)
                    for (bool flag : {false, true}) {
                        CueContext context{&e, side, flag, n, flag, flag, n};
                        for (const std::string& id : cue_clips(static_cast<Cue>(c), context)) ids.insert(id);
                    }
    return ids;
}

nlohmann::json voice_index() {
    const nlohmann::json index = nlohmann::json::parse(voice_asset("voice.json"), nullptr, false);
    REQUIRE(index.is_object());
    REQUIRE(index.contains("clips"));
    REQUIRE(index.contains("rate"));
    return index;
}

// How long the clips play one after another, in ms.
double spoken_ms(const nlohmann::json& index, const std::vector<std::string>& clips) {
    double samples = 0;
    for (const std::string& id : clips) samples += index["clips"][id]["at"][1].get<double>();
    return samples * 1000 / index["rate"].get<double>();
}

}  // namespace

TEST_CASE("every clip the coach can say with the shipped catalog is in voice.json, saying its caption's words") {
    const nlohmann::json index = voice_index();
    const Catalog catalog = test::shipped_catalog();
    const std::set<std::string> cued = every_cued_clip(catalog);
    // The sweep reaches the fixed phrases, the numbers and every exercise's lines.
    for (const std::string& id : required_phrases()) CHECK(cued.count(id) == 1);
    CHECK(cued.count("number-" + std::to_string(catalog.numbers.size())) == 1);
    for (const Exercise& e : catalog.exercises)
        for (const char* prefix : {"name-", "setup-", "form-"}) CHECK(cued.count(prefix + e.id) == 1);
    for (const std::string& id : cued) {
        CAPTURE(id);
        REQUIRE(index["clips"].contains(id));
        CHECK(index["clips"][id]["text"] == phrase_text(catalog, id));
    }
    // The phrase table scripts/make-voice speaks is exactly what can be cued.
    std::set<std::string> table;
    for (const Phrase& p : phrase_table(catalog)) CHECK(table.insert(p.id).second);
    CHECK(table == cued);
}

TEST_CASE("an exercise added without its clips is caught by the same sweep") {
    Catalog catalog = test::shipped_catalog();
    Exercise added = catalog.exercises.front();
    added.id = "new-exercise";
    catalog.exercises.push_back(added);
    const nlohmann::json index = voice_index();
    std::set<std::string> missing;
    for (const std::string& id : every_cued_clip(catalog))
        if (!index["clips"].contains(id)) missing.insert(id);
    CHECK(missing == std::set<std::string>{"name-new-exercise", "setup-new-exercise", "form-new-exercise"});
}

TEST_CASE("the set-up said while getting ready, and the side named at a switch, fit in their time") {
    const nlohmann::json index = voice_index();
    const Catalog catalog = test::shipped_catalog();
    const Timing timing;
    for (const Exercise& e : catalog.exercises) {
        CAPTURE(e.id);
        CueContext context;
        context.exercise = &e;
        // Done half a second before the work opens, so its first cue is heard.
        CHECK(spoken_ms(index, cue_clips(Cue::NextUp, context)) <= timing.ready_ms - 500);
    }
    for (Side side : {Side::Left, Side::Right}) {
        CueContext context;
        context.side = side;
        CHECK(spoken_ms(index, cue_clips(Cue::SwitchSides, context)) <= timing.switch_ms - 500);
    }
}
