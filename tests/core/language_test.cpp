#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/language.h"
#include "core/link.h"
#include "core/page_json.h"
#include "core/saved.h"
#include "core/session.h"
#include "core/speech.h"
#include "core/state_json.h"
#include "embedded/lang_assets.h"
#include "test_catalog.h"

using namespace limber;

namespace {

using Json = nlohmann::json;

const char* const kPacks[] = {"de.json", "fr.json", "es.json"};

Json shipped_pack(const char* file) {
    const std::string_view text = lang_asset(file);
    REQUIRE_FALSE(text.empty());
    return Json::parse(text);
}

std::string error_of(const Json& pack) {
    const Catalog english = test::shipped_catalog();
    const LanguageLoad load = translate_catalog(english, pack.dump(), "xx.json");
    CHECK(load.language.empty());
    // A refused pack leaves the English words, not a mix.
    CHECK(load.catalog.exercises[0].name == english.exercises[0].name);
    CHECK(load.catalog.phrases == english.phrases);
    return load.error;
}

}  // namespace

TEST_CASE("every shipped pack translates the catalog's words and keeps everything else") {
    const Catalog english = test::shipped_catalog();
    for (const char* file : kPacks) {
        CAPTURE(file);
        const LanguageLoad load = translate_catalog(english, lang_asset(file), file);
        REQUIRE_MESSAGE(load.ok(), load.error);
        CHECK(load.language + ".json" == file);
        CHECK_FALSE(load.name.empty());
        const Catalog& c = load.catalog;
        CHECK(c.language == load.language);
        CHECK(english.language == "en");
        REQUIRE(c.exercises.size() == english.exercises.size());
        REQUIRE(c.routines.size() == english.routines.size());
        for (size_t i = 0; i < c.exercises.size(); ++i) {
            const Exercise& t = c.exercises[i];
            const Exercise& e = english.exercises[i];
            CAPTURE(e.id);
            CHECK(t.id == e.id);
            CHECK(t.dose.reps == e.dose.reps);
            CHECK(t.dose.hold_s == e.dose.hold_s);
            CHECK(t.tempo.breath_ms() == e.tempo.breath_ms());
            CHECK(t.camera.yaw == e.camera.yaw);
            CHECK(t.steps.size() == e.steps.size());
            CHECK(t.purpose != e.purpose);
            CHECK(t.steps.front() != e.steps.front());
            CHECK(t.setup_line != e.setup_line);
            CHECK(t.dose_note != e.dose_note);
            CHECK(t.frequency_note != e.frequency_note);
            CHECK(t.choices.size() == e.choices.size());
        }
        for (size_t i = 0; i < c.routines.size(); ++i) {
            CAPTURE(english.routines[i].id);
            CHECK(c.routines[i].id == english.routines[i].id);
            CHECK(c.routines[i].name != english.routines[i].name);
            REQUIRE(c.routines[i].items.size() == english.routines[i].items.size());
            for (size_t k = 0; k < c.routines[i].items.size(); ++k) {
                CHECK(c.routines[i].items[k].exercise == english.routines[i].items[k].exercise);
                CHECK(c.routines[i].items[k].shortened.empty() == english.routines[i].items[k].shortened.empty());
            }
        }
        CHECK(c.safety.title != english.safety.title);
        CHECK(c.safety.warning_signs.size() == english.safety.warning_signs.size());
        CHECK(c.kind_words.at(Kind::Stretch) != english.kind_words.at(Kind::Stretch));
    }
}

TEST_CASE("each pack laid over catalog.json at build time reads back as the pack's catalog, in its language") {
    const Catalog english = test::shipped_catalog();
    for (const char* file : kPacks) {
        CAPTURE(file);
        const TranslatedText text = translated_catalog_text(asset("catalog.json"), lang_asset(file), file);
        REQUIRE_MESSAGE(text.error.empty(), text.error);
        const CatalogLoad read = load_catalog(text.json, file);
        REQUIRE_MESSAGE(read.ok(), read.error);
        const Catalog pack = translate_catalog(english, lang_asset(file), file).catalog;
        CHECK(read.catalog.language + ".json" == file);
        CHECK(catalog_json(read.catalog) == catalog_json(pack));
        CHECK(read.catalog.phrases == pack.phrases);
        CHECK(read.catalog.readout == pack.readout);
        CHECK(catalog_json(read.catalog) != catalog_json(english));
        CHECK(same_but_words(english, read.catalog));
    }
}

TEST_CASE("a pack the core would refuse is refused at build time too, naming what") {
    Json pack = shipped_pack("de.json");
    pack["catalog"]["exercises"]["cobra"]["steps"].erase(0);
    const TranslatedText text = translated_catalog_text(asset("catalog.json"), pack.dump(), "de.json");
    CHECK(text.json.empty());
    CHECK(text.error == "de.json: exercise 'cobra': field 'steps' must list 4 strings, as the English does");
}

TEST_CASE("only a catalog with the English exercises and routines can stand in for it") {
    const Catalog english = test::shipped_catalog();
    CHECK(same_but_words(english, english));
    Catalog fewer = english;
    fewer.exercises.pop_back();
    CHECK_FALSE(same_but_words(english, fewer));
    Catalog renamed = english;
    renamed.routines[0].id = "other";
    CHECK_FALSE(same_but_words(english, renamed));
    Catalog reordered = english;
    std::swap(reordered.routines[0].items[0], reordered.routines[0].items[1]);
    CHECK_FALSE(same_but_words(english, reordered));
    Catalog reworded = english;
    reworded.exercises[0].name = "Andere";
    CHECK(same_but_words(english, reworded));
}

TEST_CASE("the coach speaks the pack's words: phrases, numbers and exercise names") {
    const Catalog english = test::shipped_catalog();
    const LanguageLoad de = translate_catalog(english, lang_asset("de.json"), "de.json");
    REQUIRE(de.ok());
    CHECK(phrase_text(de.catalog, "breathe-in") == "Einatmen.");
    CHECK(phrase_text(de.catalog, "number-3") == "Drei");
    CHECK(phrase_text(de.catalog, "name-cat-cow") == "Katze-Kuh.");
    CHECK(phrase_text(english, "name-cat-cow") == "Cat-cow.");
}

TEST_CASE("why a link cannot open, a dose it asked for brought into range, and the builder's messages come in the pack's words") {
    const Catalog english = test::shipped_catalog();
    const Catalog de = translate_catalog(english, lang_asset("de.json"), "de.json").catalog;
    const LinkDecode link = decode_link(de, "v1/custom/A/shoulder-rolls.40reps");
    REQUIRE(link.ok());
    CHECK(link.notices == std::vector<std::string>{"Schulterkreisen: 10 bis 15 Wiederholungen (der Bereich aus den Artikeln); "
                                                   "dieser Link verlangt 40, also gilt 15."});
    CHECK(decode_link(de, "v1/routine/nope").error == "es gibt kein Programm „nope“");
    CHECK(decode_link(de, "v1/custom/A/cat-cow.10reps.12reps").error ==
          "Übung 1 („cat-cow.10reps.12reps“): die Wiederholungen stehen zweimal darin");
    const Json built = Json::parse(custom_routine_json(de, R"({"items":[{"exercise":"shoulder-rolls","reps":4.5},
                                                                        {"exercise":"childs-pose","reps":3}]})"));
    std::vector<std::string> messages;
    for (const Json& problem : built["problems"]) messages.push_back(problem["message"]);
    CHECK(messages == std::vector<std::string>{"Gib deinem Programm einen Namen.",
                                               "Wiederholungen: eine ganze Zahl von 10 bis 15.",
                                               "Kindhaltung wird gehalten: Gib eine Haltezeit an, keine Wiederholungen."});
    // The same request in English says the same in English.
    const Json in_english = Json::parse(custom_routine_json(english, R"({"items":[{"exercise":"childs-pose","reps":3}]})"));
    CHECK(in_english["problems"][1]["message"] == "Child's pose is held: give a hold time, not reps.");
}

TEST_CASE("the player's readout speaks the pack's words, with the exercise and the set filled in") {
    const Catalog english = test::shipped_catalog();
    Session session(translate_catalog(english, lang_asset("de.json"), "de.json").catalog);
    REQUIRE(session.start("desk-break", 0));
    const State ready = session.state(0);
    CHECK(ready.instruction == "Mach dich bereit: Schulterkreisen");
    CHECK(ready.countdown_label == "Sekunden bis zum Start");
    Session english_session(english);
    REQUIRE(english_session.start("desk-break", 0));
    CHECK(english_session.state(0).instruction == "Get ready: Shoulder rolls");
}

TEST_CASE("the routine's 'How often' line is in the pack's words, naming its exercises as the pack does") {
    const Catalog english = test::shipped_catalog();
    const Catalog de = translate_catalog(english, lang_asset("de.json"), "de.json").catalog;
    const Routine& r = *de.find_routine("instant-relief");
    const std::string line = how_often(de, r);
    CHECK(line.rfind("Wie oft: jeden Tag, ", 0) == 0);
    for (const RoutineItem& item : r.items) {
        const Exercise& e = de.exercises[static_cast<size_t>(item.exercise)];
        if (e.frequency != Frequency::Daily) CHECK(line.find(e.name) != std::string::npos);
    }
    CHECK(line.find(" und ") != std::string::npos);
}

TEST_CASE("why saved data or a link's dose cannot be used comes in the pack's words") {
    const Catalog english = test::shipped_catalog();
    const Catalog de = translate_catalog(english, lang_asset("de.json"), "de.json").catalog;
    CHECK(read_saved(SavedKind::Favourites, "{", de).error == "gespeicherte Favoriten: kein gültiges JSON");
    CHECK(read_saved(SavedKind::History, R"({"format":"limber.history","version":9,"entries":[]})", de).error ==
          "gespeicherter Verlauf: von einer neueren Limber-Version (Version 9); sie bleiben, wie sie sind");
    const SavedRead read = read_saved(SavedKind::Favourites,
                                      R"({"format":"limber.favourites","version":1,"entries":[
                                            {"addedAt":1.8e12}, {"link":"v1/routine/desk-break"}, {"link":"v1/routine/nope","addedAt":1.8e12}]})",
                                      de);
    REQUIRE(read.skipped.size() == 3);
    CHECK(read.skipped[0].reason == "Eintrag 1 hat keinen Link");
    CHECK(read.skipped[1].reason == "Eintrag 2 hat kein gültiges Feld „addedAt“");
    CHECK(read.skipped[2].reason == "Eintrag 3, Link: es gibt kein Programm „nope“");
    CHECK(decode_link(de, "v1/custom/A/cat-cow.0reps").error ==
          "Übung 1 („cat-cow.0reps“): Wiederholungen oder Haltezeit fehlen");
    CHECK(decode_link(de, "v1/custom/A/cat-cow.101reps").error == "Übung 1 („cat-cow.101reps“): Wiederholungen: nur 1 bis 100");
    // English says the same in its own words.
    CHECK(read_saved(SavedKind::Favourites, "{", english).error == "saved favourites are not valid JSON");
}

TEST_CASE("a pack that misses, adds or changes anything is refused whole, naming what") {
    const Json good = shipped_pack("de.json");
    SUBCASE("a step missing") {
        Json pack = good;
        pack["catalog"]["exercises"]["cat-cow"]["steps"].erase(0);
        CHECK(error_of(pack) == "xx.json: exercise 'cat-cow': field 'steps' must list 4 strings, as the English does");
    }
    SUBCASE("an exercise missing") {
        Json pack = good;
        pack["catalog"]["exercises"].erase("cobra");
        CHECK(error_of(pack) == "xx.json: top level: field 'exercises' has no 'cobra'");
    }
    SUBCASE("an exercise the catalog does not have") {
        Json pack = good;
        pack["catalog"]["exercises"]["handstand"] = pack["catalog"]["exercises"]["cobra"];
        CHECK(error_of(pack) == "xx.json: top level: field 'exercises' has an entry the English does not");
    }
    SUBCASE("a dose, which is no word") {
        Json pack = good;
        pack["catalog"]["exercises"]["cobra"]["dose"] = {{"reps", 40}};
        CHECK(error_of(pack) == "xx.json: exercise 'cobra': field 'dose' is not a text the English has");
    }
    SUBCASE("no note of where a dose comes from") {
        Json pack = good;
        pack["catalog"]["exercises"]["cobra"].erase("provenance");
        CHECK(error_of(pack) == "xx.json: exercise 'cobra': field 'provenance' must be an object");
    }
    SUBCASE("a choice where the English makes none") {
        Json pack = good;
        pack["catalog"]["exercises"]["cobra"]["provenance"]["choices"] = {"Eine Wahl."};
        CHECK(error_of(pack) == "xx.json: exercise 'cobra': field 'choices' has words, but the English makes no choice");
    }
    SUBCASE("a choice missing where the English makes one") {
        Json pack = good;
        pack["catalog"]["exercises"]["cat-cow"]["provenance"].erase("choices");
        CHECK(error_of(pack) == "xx.json: exercise 'cat-cow': field 'choices' must list 1 strings, as the English does");
    }
    SUBCASE("an empty caution") {
        Json pack = good;
        pack["catalog"]["exercises"]["cobra"]["cautions"][0] = "";
        CHECK(error_of(pack) == "xx.json: exercise 'cobra': field 'cautions' entries must be non-empty strings");
    }
    SUBCASE("a shortened reason where the English has none") {
        Json pack = good;
        pack["catalog"]["routines"]["desk-break"]["items"][0]["shortened"] = "Kurz.";
        CHECK(error_of(pack) ==
              "xx.json: routine 'desk-break': field 'items' must give a 'shortened' reason exactly where the English does");
    }
    SUBCASE("a clip id the coach does not have") {
        Json pack = good;
        pack["catalog"]["speech"]["phrases"]["cheer"] = "Hurra!";
        CHECK(error_of(pack) == "xx.json: speech: field 'phrases' must give words for exactly the English keys");
    }
    SUBCASE("a number short") {
        Json pack = good;
        pack["catalog"]["speech"]["numbers"].erase(pack["catalog"]["speech"]["numbers"].size() - 1);
        CHECK(error_of(pack).find("xx.json: speech: field 'numbers' must list") == 0);
    }
    SUBCASE("a readout word missing") {
        Json pack = good;
        pack["catalog"]["readout"].erase("nextUp");
        CHECK(error_of(pack) == "xx.json: top level: field 'readout' must give words for exactly the English keys");
    }
    SUBCASE("a top-level field other than the page's words") {
        Json pack = good;
        pack["voice"] = "de-DE";
        CHECK(error_of(pack) == "xx.json: top level: field 'voice' is not a text the English has");
    }
    SUBCASE("no language code") {
        Json pack = good;
        pack.erase("language");
        CHECK(error_of(pack) == "xx.json: top level: field 'language' must be a non-empty string");
    }
    SUBCASE("not JSON at all") {
        const Catalog english = test::shipped_catalog();
        const LanguageLoad load = translate_catalog(english, "{\"language\": \"de\",", "xx.json");
        CHECK(load.error == "xx.json: not valid JSON");
        CHECK(load.catalog.exercises[0].name == english.exercises[0].name);
    }
}

TEST_CASE("switching language mid-routine keeps its place and speaks the new words from the next cue on") {
    const Catalog english = test::shipped_catalog();
    Session session(english);
    REQUIRE(session.start("desk-break", 0));
    session.advance(30000, 0);
    const State before = session.state(30000);
    REQUIRE(before.in_routine);
    session.set_words(translate_catalog(english, lang_asset("fr.json"), "fr.json").catalog);
    const State after = session.state(30000);
    CHECK(after.exercise_index == before.exercise_index);
    CHECK(after.phase == before.phase);
    CHECK(after.remaining_ms == before.remaining_ms);
    CHECK(after.breath_index == before.breath_index);
    // Every breath cue of the next minute is captioned in French.
    int breaths = 0;
    // Frame by frame: a cue left far behind is dropped, as in a stalled tab.
    for (double now = 30000; now <= 90000; now += 50) {
        for (const CueEvent& cue : session.advance(now, 0)) {
            const std::string caption = session.caption_of(cue);
            if (cue.cue == Cue::BreatheIn) CHECK(caption.find("Inspirez.") != std::string::npos);
            if (cue.cue == Cue::BreatheOut) CHECK(caption.find("Expirez.") != std::string::npos);
            if (cue.cue == Cue::BreatheIn || cue.cue == Cue::BreatheOut) ++breaths;
            CHECK(caption.find("Breathe") == std::string::npos);
        }
    }
    CHECK(breaths > 4);
}
