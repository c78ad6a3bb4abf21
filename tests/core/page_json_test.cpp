#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/page_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

TEST_CASE("a builder routine comes back with its link and engine-computed length") {
    const Catalog c = test::sample_catalog();
    const Json r = Json::parse(custom_routine_json(
        c, R"({"name":"Desk & coffee","items":[{"exercise":"rolls","reps":5},{"exercise":"hold","holdSeconds":20,"sets":1,"perSide":false}]})"));
    REQUIRE(r["ok"] == true);
    CHECK(r["routine"]["link"] == "v1/custom/Desk%20%26%20coffee/rolls.5reps,hold.x1.oneside");
    CHECK(r["routine"]["name"] == "Desk & coffee");
    Routine same{"", "Desk & coffee", "", {RoutineItem{0, Dose{5, 0, 1, false}}, RoutineItem{1, Dose{0, 20, 1, false}}}};
    CHECK(r["routine"]["totalMs"] == compile(c, same).total_ms);
}

TEST_CASE("a builder routine with a problem says which exercise and what") {
    const Catalog c = test::sample_catalog();
    auto error = [&](const char* request) { return Json::parse(custom_routine_json(c, request))["error"].get<std::string>(); };
    CHECK(error(R"({"name":"","items":[{"exercise":"rolls"}]})") == "the routine needs a name");
    CHECK(error(R"({"name":"A","items":[]})") == "the routine needs at least one exercise");
    CHECK(error(R"({"name":"A","items":[{"exercise":"rolls"},{"exercise":"nope"}]})") ==
          "exercise 2 names no exercise in the catalog ('nope')");
    CHECK(error(R"({"name":"A","items":[{"exercise":"rolls","reps":1000}]})").find("exercise 1 ") == 0);
    CHECK(error(R"({"name":"A","items":[{"exercise":"hold","sets":0}]})").find("exercise 1 ") == 0);
    CHECK(error("[1,2") == "the routine is not a JSON object");
    CHECK(error((R"({"name":")" + std::string(81, 'n') + R"(","items":[{"exercise":"rolls"}]})").c_str()).find("name") !=
          std::string::npos);
}

TEST_CASE("saved entries the reader skipped are written back verbatim") {
    const Catalog c = test::sample_catalog();
    const std::string stored = R"({"format":"limber.favourites","version":1,"entries":[
        {"link":"v1/routine/gone","addedAt":1.7e12},{"link":"v1/routine/mix","addedAt":1.7e12}]})";
    const Json read = Json::parse(saved_read_json(SavedKind::Favourites, stored, c));
    REQUIRE(read["entries"].size() == 1);
    REQUIRE(read["skipped"].size() == 1);
    CHECK(read["error"].is_null());
    Json entries = read["entries"];
    entries.push_back({{"link", "v1/custom/Mine/rolls.5reps"}, {"atMs", 1.8e12}});
    const Json kept = Json::array({read["skipped"][0]["raw"]});
    const std::string written = saved_write_json(SavedKind::Favourites, Json{{"entries", entries}, {"kept", kept}}.dump());
    const Json again = Json::parse(saved_read_json(SavedKind::Favourites, written, c));
    CHECK(again["entries"].size() == 2);
    REQUIRE(again["skipped"].size() == 1);
    CHECK(again["skipped"][0]["raw"] == read["skipped"][0]["raw"]);
}

TEST_CASE("saved text from a newer Limber is flagged for the page to leave alone") {
    const Json read = Json::parse(saved_read_json(SavedKind::History, R"({"format":"limber.history","version":7,"entries":[]})",
                                                  test::sample_catalog()));
    CHECK(read["fromNewer"] == true);
    CHECK(read["error"].get<std::string>().find("newer Limber (version 7)") != std::string::npos);
}
