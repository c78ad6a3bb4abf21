#include <doctest/doctest.h>

#include <string>

#include "core/catalog.h"
#include "test_catalog.h"

using namespace limber;

namespace {

const char* kGood = R"({"version": 1,
  "exercises": [{"id": "rolls", "name": "Rolls", "steps": ["Roll."],
                 "dose": {"reps": 10}, "tempo": {"inMs": 2000, "outMs": 3000}}],
  "routines": [{"id": "r", "name": "R", "description": "D", "items": [{"exercise": "rolls"}]}]})";

std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
    const CatalogLoad load = load_catalog(text, "test.json");
    CHECK_FALSE(load.ok());
    CHECK(load.catalog.exercises.empty());
    return load.error;
}

}  // namespace

TEST_CASE("the shipped catalog loads and every routine compiles") {
    const Catalog c = test::shipped_catalog();
    CHECK(c.exercises.size() >= 1);
    CHECK(c.find_routine("shoulder-reset") != nullptr);
    CHECK(c.find_exercise("shoulder-rolls") >= 0);
}

TEST_CASE("a good catalog loads with its doses and tempo") {
    const CatalogLoad load = load_catalog(kGood, "test.json");
    REQUIRE(load.ok());
    const Exercise& e = load.catalog.exercises[0];
    CHECK(e.dose.reps == 10);
    CHECK(e.dose.sets == 1);
    CHECK(e.tempo.breath_ms() == 5000);
    CHECK(load.catalog.routines[0].items[0].dose.reps == 10);
}

TEST_CASE("bad data is rejected naming the file, the entry and the field") {
    CHECK(error_of("{not json") == "test.json: not valid JSON");
    CHECK(error_of(with(kGood, R"("version": 1)", R"("version": "1")")) == "test.json: top level: field 'version' must be 1");
    CHECK(error_of(with(kGood, R"({"exercise": "rolls"})", R"({"exercise": "rollz"})")) ==
          "test.json: routine 'r': field 'items' names unknown exercise 'rollz'");
    CHECK(error_of(with(kGood, R"("steps": ["Roll."])", R"("steps": [])")) ==
          "test.json: exercise 'rolls': field 'steps' must list at least one step");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"reps": -3})")) ==
          "test.json: exercise 'rolls': field 'reps' is -3, outside 0..100");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"holdSeconds": 86400})")) ==
          "test.json: exercise 'rolls': field 'holdSeconds' is 86400, outside 0..600");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"reps": 10, "holdSeconds": 5})")) ==
          "test.json: exercise 'rolls': field 'dose' needs exactly one of reps or holdSeconds");
    CHECK(error_of(with(kGood, R"("inMs": 2000)", R"("inMs": 2.5)")) ==
          "test.json: exercise 'rolls': field 'inMs' must be a whole number");
    CHECK(error_of(with(kGood, R"("name": "Rolls", )", "")) == "test.json: exercise 'rolls': field 'name' must be a non-empty string");
    CHECK(error_of("[1,2]") == "test.json: top level: field '(document)' must be an object");
}
