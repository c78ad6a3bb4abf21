// The safety note and the cautions that put safety first (articles 000, 002 and 004 ask
// for a professional's advice before starting and for a warm-up; the warning signs are
// those that need a doctor rather than stretching).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "core/catalog.h"
#include "core/state_json.h"
#include "test_catalog.h"

using namespace limber;

namespace {

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool any_mentions(const std::vector<std::string>& texts, const std::string& part) {
    for (const std::string& t : texts)
        if (mentions(t, part)) return true;
    return false;
}

const char* kNote =
    R"({"title": "Before", "advice": ["Ask first."], "warning": "See a doctor if it", "warningSigns": ["follows a fall"]})";

std::string error_of(const std::string& text) {
    const CatalogLoad load = load_catalog(text, "catalog.json");
    CHECK_FALSE(load.ok());
    return load.error;
}

}  // namespace

TEST_CASE("the shipped safety note: who asks a professional first, a warm-up, stopping, and the signs that need a doctor") {
    const SafetyNote& note = test::shipped_catalog().safety;
    CHECK_FALSE(note.title.empty());
    CHECK(any_mentions(note.advice, "physiotherapist"));
    CHECK(any_mentions(note.advice, "pregnant"));
    CHECK(any_mentions(note.advice, "injury"));
    CHECK(any_mentions(note.advice, "Warm up"));
    CHECK(any_mentions(note.advice, "stop"));
    CHECK(mentions(note.warning, "doctor"));
    for (const char* sign : {"fall", "chest", "numbness", "tingling", "fever", "night", "weight loss"}) {
        CAPTURE(sign);
        CHECK(any_mentions(note.warning_signs, sign));
    }
}

TEST_CASE("each exercise carries the caution its set-up needs") {
    for (const char* face_down : {"superman", "cobra"}) {
        CAPTURE(face_down);
        CHECK(any_mentions(test::shipped_exercise(face_down).cautions, "pregnant"));
    }
    CHECK(any_mentions(test::shipped_exercise("thoracic-rotation").cautions, "without wheels"));
    CHECK(any_mentions(test::shipped_exercise("doorway-chest-stretch").cautions, "one foot a step ahead"));
    for (const char* banded : {"bent-over-row", "reverse-fly"}) {
        CAPTURE(banded);
        CHECK(any_mentions(test::shipped_exercise(banded).cautions, "With a band"));
    }
}

TEST_CASE("a catalog without a whole safety note is rejected, naming the field") {
    nlohmann::json shipped = nlohmann::json::parse(asset("catalog.json"));
    nlohmann::json without = shipped;
    without.erase("safety");
    CHECK(error_of(without.dump()) ==
          "catalog.json: top level: field 'safety' must be an object: the note shown before the first routine");

    shipped["safety"] = nlohmann::json::parse(kNote);
    REQUIRE(load_catalog(shipped.dump(), "catalog.json").ok());
    auto with_note = [&](const char* field, const nlohmann::json& value) {
        nlohmann::json changed = shipped;
        changed["safety"][field] = value;
        return changed.dump();
    };
    CHECK(error_of(with_note("warningSigns", nlohmann::json::array())) ==
          "catalog.json: safety: field 'warningSigns' must list at least one entry");
    CHECK(error_of(with_note("title", "")) == "catalog.json: safety: field 'title' must be a non-empty string");
    CHECK(error_of(with_note("advice", nlohmann::json::array({""}))) ==
          "catalog.json: safety: field 'advice' entries must be non-empty strings");
}

TEST_CASE("catalog_json hands the page the safety note as the catalog gives it") {
    const Catalog c = test::shipped_catalog();
    const nlohmann::json j = nlohmann::json::parse(catalog_json(c))["safety"];
    CHECK(j["title"] == c.safety.title);
    CHECK(j["advice"] == c.safety.advice);
    CHECK(j["warning"] == c.safety.warning);
    CHECK(j["warningSigns"] == c.safety.warning_signs);
    CHECK(j["warningSigns"].size() >= 6);
}
