#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/page_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

TEST_CASE("a builder routine comes back with its link and engine-computed length") {
    const Catalog c = test::sample_catalog();
    const Json r = Json::parse(custom_routine_json(
        c,
        R"({"name":"Desk & coffee","items":[{"exercise":"rolls","reps":5},{"exercise":"hold","holdSeconds":20,"sets":1,"perSide":false}]})"));
    REQUIRE(r["ok"] == true);
    CHECK(r["routine"]["link"] == "v1/custom/Desk%20%26%20coffee/rolls.5reps,hold.x1.oneside");
    CHECK(r["routine"]["name"] == "Desk & coffee");
    Routine same{
        "", "Desk & coffee", "", {RoutineItem{0, Dose{5, 0, 1, false}, {}}, RoutineItem{1, Dose{0, 20, 1, false}, {}}}, {}};
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
    CHECK(error("[1,2") == "the routine is not JSON");
    CHECK(error("[1,2]") == "the routine is not a JSON object");
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
    const Json read = Json::parse(
        saved_read_json(SavedKind::History, R"({"format":"limber.history","version":7,"entries":[]})", test::sample_catalog()));
    CHECK(read["fromNewer"] == true);
    CHECK(read["error"].get<std::string>().find("newer Limber (version 7)") != std::string::npos);
}

namespace {

std::string nested(size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

}  // namespace

TEST_CASE("a builder routine with a field of the wrong type says which field, and never aborts") {
    const Catalog c = test::sample_catalog();
    auto error = [&](const std::string& request) {
        const Json r = Json::parse(custom_routine_json(c, request));
        return r["ok"] == false ? r["error"].get<std::string>() : std::string("ok: ") + r["routine"]["link"].get<std::string>();
    };
    auto item = [](const std::string& fields) { return R"({"name":"A","items":[)" + fields + "]}"; };
    for (const char* name : {"5", "null", "[]", R"({"first":"A"})", "true"}) {
        CAPTURE(name);
        CHECK(error(std::string(R"({"name":)") + name + R"(,"items":[{"exercise":"rolls"}]})") ==
              "the routine's name must be text");
    }
    CHECK(error(R"({"items":[{"exercise":"rolls"}]})") == "the routine needs a name");
    for (const char* items : {"5", R"("rolls")", R"({"exercise":"rolls"})", "null", "true"}) {
        CAPTURE(items);
        CHECK(error(std::string(R"({"name":"A","items":)") + items + "}") == "the routine's items must be a list of exercises");
    }
    CHECK(error(R"({"name":"A"})") == "the routine needs at least one exercise");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"5", "exercise 1 is not an object"},
        {R"("rolls")", "exercise 1 is not an object"},
        {"null", "exercise 1 is not an object"},
        {R"(["rolls"])", "exercise 1 is not an object"},
        {R"({"exercise":5})", "exercise 1 names no exercise"},
        {R"({"exercise":null})", "exercise 1 names no exercise"},
        {R"({"exercise":["rolls"]})", "exercise 1 names no exercise"},
        {R"({"exercise":{"id":"rolls"}})", "exercise 1 names no exercise"},
        {R"({"reps":5})", "exercise 1 names no exercise"},
        {R"({"exercise":"rolls","reps":"5"})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":null})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":[5]})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":{}})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":true})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":5.5})", "exercise 1 reps must be a whole number"},
        {R"({"exercise":"rolls","reps":0})", "exercise 1 reps must be 1..100"},
        {R"({"exercise":"rolls","reps":-1})", "exercise 1 reps must be 1..100"},
        {R"({"exercise":"rolls","reps":101})", "exercise 1 reps must be 1..100"},
        {R"({"exercise":"rolls","reps":1e300})", "exercise 1 reps must be 1..100"},
        {R"({"exercise":"rolls","reps":18446744073709551615})", "exercise 1 reps must be 1..100"},
        {R"({"exercise":"rolls","holdSeconds":30})", "exercise 1 rolls is counted in reps, not holdSeconds"},
        {R"({"exercise":"hold","reps":5})", "exercise 1 hold is a hold: give holdSeconds, not reps"},
        {R"({"exercise":"hold","reps":"0"})", "exercise 1 hold is a hold: give holdSeconds, not reps"},
        {R"({"exercise":"hold","holdSeconds":"20"})", "exercise 1 holdSeconds must be a whole number"},
        {R"({"exercise":"hold","holdSeconds":null})", "exercise 1 holdSeconds must be a whole number"},
        {R"({"exercise":"hold","holdSeconds":20.5})", "exercise 1 holdSeconds must be a whole number"},
        {R"({"exercise":"hold","holdSeconds":601})", "exercise 1 holdSeconds must be 1..600"},
        {R"({"exercise":"hold","sets":"2"})", "exercise 1 sets must be a whole number"},
        {R"({"exercise":"hold","sets":[2]})", "exercise 1 sets must be a whole number"},
        {R"({"exercise":"hold","sets":1.5})", "exercise 1 sets must be a whole number"},
        {R"({"exercise":"hold","sets":0})", "exercise 1 sets must be 1..10"},
        {R"({"exercise":"hold","sets":11})", "exercise 1 sets must be 1..10"},
        {R"({"exercise":"hold","perSide":"yes"})", "exercise 1 perSide must be true or false"},
        {R"({"exercise":"hold","perSide":1})", "exercise 1 perSide must be true or false"},
        {R"({"exercise":"hold","perSide":null})", "exercise 1 perSide must be true or false"},
        {R"({"exercise":"hold","perSide":[]})", "exercise 1 perSide must be true or false"},
        // Whole numbers written as decimals, and a zero for the other amount, are fine.
        {R"({"exercise":"rolls","reps":5.0,"sets":2.0,"holdSeconds":0})", "ok: v1/custom/A/rolls.5reps.x2"},
        {R"({"exercise":"hold","reps":0,"holdSeconds":30,"perSide":false})", "ok: v1/custom/A/hold.30s.oneside"},
    };
    for (const auto& k : cases) {
        const std::string &fields = k.first, &expected = k.second;
        CAPTURE(fields);
        CHECK(error(item(fields)) == expected);
    }
}

TEST_CASE("a builder routine nested too deeply or megabytes long is refused with a reason") {
    const Catalog c = test::sample_catalog();
    auto error = [&](const std::string& request) {
        return Json::parse(custom_routine_json(c, request))["error"].get<std::string>();
    };
    CHECK(error(R"({"name":"A","items":[{"exercise":"rolls","reps":)" + nested(100000) + "}]}") ==
          "the routine is nested more than 64 levels deep");
    CHECK(error(nested(65)) == "the routine is nested more than 64 levels deep");
    CHECK(error(nested(64)) == "the routine is not a JSON object");
    CHECK(error(R"({"name":")" + std::string(1 << 20, 'n') + R"(","items":[{"exercise":"rolls"}]})") ==
          "the routine name is 1048576 bytes long; at most 80 are allowed");
    std::string many = R"({"name":"A","items":[)";
    for (int i = 0; i < 100000; ++i) many += R"({"exercise":"rolls"},)";
    many += R"({"exercise":"rolls"}]})";
    CHECK(error(many) == "a routine holds at most 40 exercises");
    const std::string id(1 << 20, 'x');
    CHECK(error(R"({"name":"A","items":[{"exercise":")" + id + R"("}]})") ==
          "exercise 1 names no exercise in the catalog ('" + id + "')");
}

namespace {

const char* kFavouritesTail = R"(],"format":"limber.favourites","version":1})";
const char* kHistoryTail = R"(],"format":"limber.history","version":1})";

}  // namespace

TEST_CASE("writing saved entries: the stored text, byte for byte, reads back and writes again unchanged") {
    const Catalog c = test::sample_catalog();
    const std::string request =
        R"({"entries":[{"link":"v1/routine/mix","atMs":1763900000000,"durationMs":0},{"link":"v1/custom/A/rolls.5reps","atMs":1763900000000.25,"durationMs":0}],)"
        R"("kept":["{\"link\": \"v1/routine/gone\", \"addedAt\": 1.7e12}"]})";
    const std::string written = saved_write_json(SavedKind::Favourites, request);
    CHECK(written == std::string(R"({"entries":[{"addedAt":1763900000000.0,"link":"v1/routine/mix"},)"
                                 R"({"addedAt":1763900000000.25,"link":"v1/custom/A/rolls.5reps"},)"
                                 R"({"link": "v1/routine/gone", "addedAt": 1.7e12})") +
                         kFavouritesTail);
    const std::string read = saved_read_json(SavedKind::Favourites, written, c);
    CHECK(
        read ==
        R"({"entries":[{"atMs":1763900000000.0,"durationMs":0.0,"link":"v1/routine/mix"},)"
        R"({"atMs":1763900000000.25,"durationMs":0.0,"link":"v1/custom/A/rolls.5reps"}],"error":null,"fromNewer":false,)"
        R"("skipped":[{"index":2,"raw":"{\"link\": \"v1/routine/gone\", \"addedAt\": 1.7e12}","reason":"entry 3 link: there is no routine 'gone'"}]})");
    const Json r = Json::parse(read);
    Json kept = Json::array();
    for (const Json& s : r["skipped"]) kept.push_back(s["raw"]);
    CHECK(saved_write_json(SavedKind::Favourites, Json{{"entries", r["entries"]}, {"kept", kept}}.dump()) == written);
}

TEST_CASE("a history entry's record of skipping is written, read back to the page and written again unchanged") {
    const Catalog c = test::sample_catalog();
    const std::string written = saved_write_json(
        SavedKind::History,
        R"({"entries":[{"link":"v1/routine/mix","atMs":1.7e12,"durationMs":600,"counts":false,"exercises":["skipped","skipped"]},)"
        R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":5}]})");
    CHECK(written ==
          std::string(
              R"({"entries":[{"counts":false,"durationMs":600.0,"exercises":["skipped","skipped"],"finishedAt":1700000000000.0,)"
              R"("link":"v1/routine/mix"},{"durationMs":5.0,"finishedAt":1700000000000.0,"link":"v1/routine/mix"})") +
              kHistoryTail);
    const Json r = Json::parse(saved_read_json(SavedKind::History, written, c));
    CHECK(r["entries"][0] == Json::parse(R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":600,"counts":false,)"
                                         R"("exercises":["skipped","skipped"]})"));
    CHECK(r["entries"][1] == Json::parse(R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":5})"));
    CHECK(saved_write_json(SavedKind::History, Json{{"entries", r["entries"]}}.dump()) == written);
}

TEST_CASE(
    "writing an entry with a field of the wrong type stores it as given, so reading says what is wrong and nothing is lost") {
    const Catalog c = test::sample_catalog();
    const std::string good = R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":5})";
    const std::string good_stored = R"({"durationMs":5.0,"finishedAt":1700000000000.0,"link":"v1/routine/mix"})";
    struct Case {
        std::string entry, stored, reason;
    };
    const std::vector<Case> cases = {
        {R"({"link":"v1/routine/mix","atMs":"x","durationMs":5})", R"({"durationMs":5,"finishedAt":"x","link":"v1/routine/mix"})",
         "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","atMs":null,"durationMs":5})",
         R"({"durationMs":5,"finishedAt":null,"link":"v1/routine/mix"})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","atMs":[1],"durationMs":5})", R"({"durationMs":5,"finishedAt":[1],"link":"v1/routine/mix"})",
         "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","atMs":{},"durationMs":5})", R"({"durationMs":5,"finishedAt":{},"link":"v1/routine/mix"})",
         "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","atMs":true,"durationMs":5})",
         R"({"durationMs":5,"finishedAt":true,"link":"v1/routine/mix"})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","atMs":12,"durationMs":5})", R"({"durationMs":5,"finishedAt":12,"link":"v1/routine/mix"})",
         "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","durationMs":5})", R"({"durationMs":5,"link":"v1/routine/mix"})", "has no valid finishedAt"},
        {R"({"link":5,"atMs":1.7e12,"durationMs":5})", R"({"durationMs":5,"finishedAt":1700000000000.0,"link":5})",
         "has no link"},
        {R"({"link":null,"atMs":1.7e12,"durationMs":5})", R"({"durationMs":5,"finishedAt":1700000000000.0,"link":null})",
         "has no link"},
        {R"({"atMs":1.7e12,"durationMs":5,"other":1})", R"({"durationMs":5,"finishedAt":1700000000000.0})", "has no link"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":"5"})",
         R"({"durationMs":"5","finishedAt":1700000000000.0,"link":"v1/routine/mix"})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":-5})",
         R"({"durationMs":-5,"finishedAt":1700000000000.0,"link":"v1/routine/mix"})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":[]})",
         R"({"durationMs":[],"finishedAt":1700000000000.0,"link":"v1/routine/mix"})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12})", R"({"finishedAt":1700000000000.0,"link":"v1/routine/mix"})",
         "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":5,"counts":"no"})",
         R"({"counts":"no","durationMs":5,"finishedAt":1700000000000.0,"link":"v1/routine/mix"})", "has no valid counts"},
        {R"({"link":"v1/routine/mix","atMs":1.7e12,"durationMs":5,"exercises":["done",1]})",
         R"({"durationMs":5,"exercises":["done",1],"finishedAt":1700000000000.0,"link":"v1/routine/mix"})",
         "has no valid exercises"},
        {R"("v1/routine/mix")", R"("v1/routine/mix")", "is not an object"},
        {"null", "null", "is not an object"},
        {"[1,2]", "[1,2]", "is not an object"},
    };
    for (const Case& k : cases) {
        CAPTURE(k.entry);
        // The entry the reader would skip goes after the good ones: where a second write puts it.
        const std::string written = saved_write_json(SavedKind::History, R"({"entries":[)" + k.entry + "," + good + "]}");
        CHECK(written == R"({"entries":[)" + good_stored + "," + k.stored + kHistoryTail);
        const Json r = Json::parse(saved_read_json(SavedKind::History, written, c));
        CHECK(r["entries"].size() == 1);
        REQUIRE(r["skipped"].size() == 1);
        CHECK(r["skipped"][0]["reason"] == "entry 2 " + k.reason);
        CHECK(r["skipped"][0]["raw"] == k.stored);
        const Json again = {{"entries", r["entries"]}, {"kept", Json::array({r["skipped"][0]["raw"]})}};
        CHECK(saved_write_json(SavedKind::History, again.dump()) == written);
    }
    // A favourite has no duration: whatever the page holds there is not stored.
    CHECK(saved_write_json(SavedKind::Favourites, R"({"entries":[{"link":"v1/routine/mix","atMs":1.7e12,"durationMs":"x"}]})") ==
          std::string(R"({"entries":[{"addedAt":1700000000000.0,"link":"v1/routine/mix"})") + kFavouritesTail);
}

TEST_CASE("a request to write saved entries that is not one is refused with a reason that no reader takes for a list") {
    const Catalog c = test::sample_catalog();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"garbage", "the request is not JSON"},
        {R"("text")", "the request is not a JSON object"},
        {"[]", "the request is not a JSON object"},
        {R"({"kept":[]})", "the request has no entries list"},
        {R"({"entries":{}})", "the request has no entries list"},
        {R"({"entries":"[]"})", "the request has no entries list"},
        {R"({"entries":[],"kept":"raw"})", "'kept' is not a list"},
        {R"({"entries":[)" + nested(100000) + "]}", "the request is nested more than 64 levels deep"},
    };
    for (const auto& k : cases) {
        const std::string &request = k.first, &why = k.second;
        CAPTURE(request.substr(0, 40));
        const std::string answer = saved_write_json(SavedKind::Favourites, request);
        CHECK(answer == R"({"error":"cannot write the favourites: )" + why + R"("})");
        CHECK(read_saved(SavedKind::Favourites, answer, c).error == "saved favourites do not say format 'limber.favourites'");
    }
    // Kept entries that are not text are written as the JSON they are; text that is not JSON as a string.
    CHECK(saved_write_json(SavedKind::Favourites, R"({"entries":[],"kept":[{"a":1},5,"raw text"," {\"x\": [1]} "]})") ==
          std::string(R"({"entries":[{"a":1},5,"raw text",{"x": [1]})") + kFavouritesTail);
}

TEST_CASE("megabytes of entries are written and read back whole") {
    const Catalog c = test::sample_catalog();
    std::string entries;
    for (int i = 0; i < 5000; ++i) entries += R"({"link":"v1/routine/mix","atMs":1.7e12},)";
    const std::string raw = R"({"note":")" + std::string(1 << 20, 'z') + R"("})";
    const std::string written =
        saved_write_json(SavedKind::Favourites,
                         R"({"entries":[)" + entries.substr(0, entries.size() - 1) + R"(],"kept":[)" + Json(raw).dump() + "]}");
    REQUIRE(written.size() > (1u << 20));
    const Json r = Json::parse(saved_read_json(SavedKind::Favourites, written, c));
    CHECK(r["entries"].size() == 5000);
    REQUIRE(r["skipped"].size() == 1);
    CHECK(r["skipped"][0]["raw"] == raw);
    CHECK(r["skipped"][0]["reason"] == "entry 5001 has no link");
}

TEST_CASE("a builder routine's problems name each field to fix, in plain words, and each dose's range") {
    const Catalog c = test::ranged_catalog();
    auto problems = [&](const std::string& request) { return Json::parse(custom_routine_json(c, request))["problems"]; };
    auto one = [](const Json& item, const char* field, const char* message) {
        return Json{{"item", item}, {"field", field}, {"message", message}};
    };
    CHECK(problems(R"({"name":"","items":[]})") ==
          Json::array({one(nullptr, "name", "Give your routine a name."), one(nullptr, "items", "Add at least one exercise.")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls","reps":12.5}]})") ==
          Json::array({one(0, "reps", "Reps must be a whole number from 10 to 15.")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls","reps":null}]})") ==
          Json::array({one(0, "reps", "Reps must be a whole number from 10 to 15.")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls","reps":9}]})") ==
          Json::array({one(0, "reps", "Rolls takes 10 to 15 reps (the articles' range).")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls","reps":16,"sets":4}]})") ==
          Json::array({one(0, "reps", "Rolls takes 10 to 15 reps (the articles' range)."),
                       one(0, "sets", "Rolls takes 1 to 3 sets (the articles' range).")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls","reps":1e300}]})") ==
          Json::array({one(0, "reps", "Rolls takes 10 to 15 reps (the articles' range).")}));
    // Every field of every exercise is judged, not just the first wrong one.
    CHECK(problems(R"({"name":"A","items":[{"exercise":"rolls"},{"exercise":"hold","holdSeconds":601,"sets":1.5}]})") ==
          Json::array({one(1, "holdSeconds", "Side hold is held for 15 to 30 seconds (Limber's range; the articles give none)."),
                       one(1, "sets", "Sets must be 1.")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"hold","holdSeconds":0.5,"sets":2}]})") ==
          Json::array({one(0, "holdSeconds", "Hold time must be a whole number of seconds from 15 to 30."),
                       one(0, "sets", "Side hold takes 1 set (Limber's range; the articles give none).")}));
    CHECK(problems(R"({"name":"A","items":[{"exercise":"nope"}]})") ==
          Json::array({one(0, "exercise", "Limber has no exercise called 'nope'.")}));
    CHECK(problems(R"({"name":")" + std::string(81, 'n') + R"(","items":[{"exercise":"rolls"}]})") ==
          Json::array({one(nullptr, "name",
                           "This name is too long: keep it to 80 letters (accented letters and emoji count as two to four).")}));
    // Both ends of each range are taken.
    for (const char* inside :
         {R"({"name":"A","items":[{"exercise":"rolls","reps":10,"sets":3},{"exercise":"hold","holdSeconds":15}]})",
          R"({"name":"A","items":[{"exercise":"rolls","reps":15,"sets":1},{"exercise":"hold","holdSeconds":30}]})"}) {
        CAPTURE(inside);
        CHECK(Json::parse(custom_routine_json(c, inside))["ok"] == true);
    }
    // The terse error still names the first problem as before.
    const Json r = Json::parse(
        custom_routine_json(c, R"({"name":"A","items":[{"exercise":"rolls"},{"exercise":"hold","holdSeconds":601,"sets":0}]})"));
    CHECK(r["error"] == "exercise 2 holdSeconds must be 15..30");
    CHECK(Json::parse(custom_routine_json(c, "[1]"))["problems"] == Json::array());
}

TEST_CASE("a builder routine sets both amounts of reps each held, each inside its range") {
    const Catalog c = test::shipped_catalog();
    const Exercise& squeeze = test::shipped_exercise("scapular-squeeze");
    const Json made = Json::parse(
        custom_routine_json(c, R"({"name":"Squeezes","items":[{"exercise":"scapular-squeeze","reps":12,"holdSeconds":)" +
                                   std::to_string(squeeze.range.hold_max) + "}]}"));
    REQUIRE(made["ok"] == true);
    CHECK(made["routine"]["link"] ==
          "v1/custom/Squeezes/scapular-squeeze.12reps." + std::to_string(squeeze.range.hold_max) + "s");
    const Json problems = Json::parse(custom_routine_json(
        c, R"({"name":"A","items":[{"exercise":"scapular-squeeze","reps":12,"holdSeconds":60}]})"))["problems"];
    REQUIRE(problems.size() == 1);
    CHECK(problems[0]["field"] == "holdSeconds");
    CHECK(problems[0]["message"] == "Shoulder blade squeeze is held for " + std::to_string(squeeze.range.hold_min) + " to " +
                                        std::to_string(squeeze.range.hold_max) + " seconds (the articles' range).");
    // A plain reps exercise still takes no hold.
    const Json rolls = Json::parse(
        custom_routine_json(c, R"({"name":"A","items":[{"exercise":"shoulder-rolls","reps":12,"holdSeconds":5}]})"))["problems"];
    REQUIRE(rolls.size() == 1);
    CHECK(rolls[0]["message"] == "Shoulder rolls is counted in reps, not held.");
}
