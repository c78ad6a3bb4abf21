#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/state_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

TEST_CASE("state() on the home screen: every documented field present, routine fields null") {
    Session s(test::sample_catalog());
    const Json j = Json::parse(state_json(s.state(0), {}));
    CHECK(j["screen"] == "home");
    for (const char* key : {"routine", "exerciseIndex", "exerciseId", "phase", "side", "rep", "breath", "breathProgress",
                            "elapsedMs", "remainingMs"}) {
        CAPTURE(key);
        REQUIRE(j.contains(key));
        CHECK(j[key].is_null());
    }
    CHECK(j["paused"] == false);
    CHECK(j["audio"]["state"] == "locked");
    CHECK(j["audio"]["enabled"] == true);
}

TEST_CASE("state() in a routine carries the core's values") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    const Json j = Json::parse(state_json(s.state(11000), AudioStatus{false, "running"}));
    CHECK(j["screen"] == "player");
    CHECK(j["routine"] == "mix");
    CHECK(j["exerciseIndex"] == 0);
    CHECK(j["exerciseId"] == "rolls");
    CHECK(j["phase"] == "work");
    CHECK(j["side"].is_null());
    CHECK(j["rep"] == 2);
    CHECK(j["breath"] == "in");
    CHECK(j["breathProgress"].get<double>() == doctest::Approx(0.5));
    CHECK(j["elapsedMs"].get<double>() == 11000);
    CHECK(j["remainingMs"].get<double>() == 114000);
    CHECK(j["audio"]["enabled"] == false);
}

TEST_CASE("timeline_json lists segments and cues with exact times") {
    const Catalog c = test::sample_catalog();
    const Json j = Json::parse(timeline_json(compile(c, c.routines[0])));
    CHECK(j["totalMs"] == 125000);
    CHECK(j["segments"][1]["phase"] == "work");
    CHECK(j["segments"][1]["startMs"] == 5000);
    CHECK(j["segments"][3]["side"] == "left");
    CHECK(j["segments"][1]["breathInMs"] == 2000);
    CHECK(j["segments"][1]["breathOutMs"] == 3000);
    CHECK(j["segments"].back()["phase"] == "done");
    CHECK(j["cues"][0]["cue"] == "next-up");
}
