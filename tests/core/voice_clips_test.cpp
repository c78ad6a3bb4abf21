// Every phrase the coach can say has its clip in the voice of each language
// (assets/voice.json, assets/voice-<code>.json), saying the words the caption shows, so
// an exercise added or reworded without running scripts/make-voice fails here instead of
// going unspoken or saying something else.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/session.h"
#include "core/speech.h"
#include "embedded/lang_assets.h"
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

nlohmann::json parse_index(std::string_view text) {
    const nlohmann::json index = nlohmann::json::parse(text, nullptr, false);
    REQUIRE(index.is_object());
    REQUIRE(index.contains("clips"));
    REQUIRE(index.contains("rate"));
    return index;
}

nlohmann::json voice_index() { return parse_index(voice_asset("voice.json")); }

// A language the coach speaks: its catalog's words and its voice's index.
struct Spoken {
    std::string language;
    Catalog catalog;
    nlohmann::json index;
};

// English and every shipped pack, found from the files, so a new language is checked
// without a change here.
std::vector<Spoken> every_language() {
    std::vector<Spoken> all{{"en", test::shipped_catalog(), voice_index()}};
    for (std::size_t i = 0; i < kLangAssetsCount; ++i) {
        const std::string file = kLangAssets[i].name;
        if (file.rfind("voice-", 0) == 0) continue;
        const LanguageLoad load = translate_catalog(all.front().catalog, kLangAssets[i].bytes, file);
        REQUIRE_MESSAGE(load.ok(), load.error);
        const std::string_view index = lang_asset("voice-" + load.language + ".json");
        REQUIRE_MESSAGE(!index.empty(),
                        "no assets/voice-" << load.language << ".json: run scripts/make-voice --language " << load.language);
        all.push_back({load.language, load.catalog, parse_index(index)});
    }
    return all;
}

// How long the clips play one after another, in ms.
double spoken_ms(const nlohmann::json& index, const std::vector<std::string>& clips) {
    double samples = 0;
    for (const std::string& id : clips) samples += index["clips"][id]["at"][1].get<double>();
    return samples * 1000 / index["rate"].get<double>();
}

}  // namespace

TEST_CASE("every clip the coach can say, in every language, is in that language's voice, saying its caption's words") {
    const std::vector<Spoken> languages = every_language();
    CHECK(languages.size() >= 4);
    for (const Spoken& spoken : languages) {
        CAPTURE(spoken.language);
        const Catalog& catalog = spoken.catalog;
        const nlohmann::json& index = spoken.index;
        CHECK(index.value("language", "") == spoken.language);
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

TEST_CASE("in every language, the set-up said while getting ready, and the side named at a switch, fit in their time") {
    const Timing timing;
    for (const Spoken& spoken : every_language()) {
        CAPTURE(spoken.language);
        for (const Exercise& e : spoken.catalog.exercises) {
            CAPTURE(e.id);
            CueContext context;
            context.exercise = &e;
            // Done half a second before the work opens, so its first cue is heard.
            CHECK(spoken_ms(spoken.index, cue_clips(Cue::NextUp, context)) <= timing.ready_ms - 500);
        }
        for (Side side : {Side::Left, Side::Right}) {
            CueContext context;
            context.side = side;
            CHECK(spoken_ms(spoken.index, cue_clips(Cue::SwitchSides, context)) <= timing.switch_ms - 500);
        }
    }
}
