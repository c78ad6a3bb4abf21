#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/pose.h"
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

TEST_CASE("catalog_json gives the page every exercise field and each routine's computed total and link") {
    const Catalog c = test::shipped_catalog();
    const Json j = Json::parse(catalog_json(c));
    REQUIRE(j["exercises"].size() == c.exercises.size());
    const Json& first = j["exercises"][0];
    for (const char* key : {"id", "name", "purpose", "steps", "position", "equipment", "kind", "camera", "dose", "range",
                            "doseSource", "tempo", "breathing", "cautions", "frequency", "sources"}) {
        CAPTURE(key);
        CHECK(first.contains(key));
    }
    const Json& micro =
        *std::find_if(j["routines"].begin(), j["routines"].end(), [](const Json& r) { return r["id"] == "micro-break"; });
    CHECK(micro["totalMs"] == compile(c, *c.find_routine("micro-break")).total_ms);
    CHECK(micro["link"] == "v1/routine/micro-break");
    CHECK(micro["items"][0]["exercise"].is_string());
}

TEST_CASE("link_json: a decoded custom link with its total, or the precise error") {
    const Catalog c = test::sample_catalog();
    const Json ok = Json::parse(link_json(c, decode_link(c, "v1/custom/Mine/rolls.4reps,hold.x1")));
    CHECK(ok["ok"] == true);
    CHECK(ok["builtin"] == false);
    CHECK(ok["routine"]["name"] == "Mine");
    CHECK(ok["routine"]["totalMs"] == 5000 + 4 * 5000 + 5000 + 20000 + 5000 + 20000);
    CHECK(ok["routine"]["link"] == "v1/custom/Mine/rolls.4reps,hold.x1");
    const Json bad = Json::parse(link_json(c, decode_link(c, "v1/routine/zzz")));
    CHECK(bad["ok"] == false);
    CHECK(bad["error"] == "there is no routine 'zzz'");
}

TEST_CASE("state() carries the figure's joint angles: standing at ease at home, the exercise's pose in a routine") {
    const Catalog c = test::shipped_catalog();
    Session s(c);
    const Json home = Json::parse(state_json(s.state(0), {}));
    REQUIRE(home["pose"].is_object());
    CHECK(home["pose"].size() == static_cast<size_t>(kJointCount));
    CHECK(home["pose"]["pitch"] == 0);
    REQUIRE(s.start("physio-set", 0));
    // Work on cat-cow at the end of the first in-breath: cow, the back arched.
    const double in_end = 5000 + c.exercises[static_cast<size_t>(c.find_exercise("cat-cow"))].tempo.in_ms;
    const Json cow = Json::parse(state_json(s.state(in_end), {}));
    CHECK(cow["exerciseId"] == "cat-cow");
    CHECK(cow["pose"]["thoracic_flex"].get<double>() < 0);
    CHECK(cow["pose"]["left_knee"].get<double>() == 90);
}

TEST_CASE("state() gives the readout's words: instruction, countdown and its label, next up, caption") {
    Session s(test::sample_catalog());
    Json j = Json::parse(state_json(s.state(0), {}));
    for (const char* key : {"instruction", "countdown", "countdownLabel", "nextUp", "caption"}) {
        CAPTURE(key);
        REQUIRE(j.contains(key));
        CHECK(j[key].is_null());
    }
    REQUIRE(s.start("mix", 0));
    j = Json::parse(state_json(s.state(71500), {}));
    CHECK(j["instruction"] == "Rest — next: set 2 of 2");
    CHECK(j["countdown"] == 9);
    CHECK(j["countdownLabel"] == "seconds of rest");
    CHECK(j["nextUp"].is_null());
    CHECK(j["caption"] == "Rest.");
    j = Json::parse(state_json(s.state(11000), {}));
    CHECK(j["countdown"] == 9);
    CHECK(j["countdownLabel"] == "seconds left in this set");
    CHECK(j["caption"] == "Breathe in.");
    j = Json::parse(state_json(s.state(26000), {}));
    CHECK(j["nextUp"] == "Last exercise");
}

TEST_CASE("state().finished says what of the run was played: time spent, each exercise, whether it counts") {
    Session s(test::sample_catalog());
    CHECK(Json::parse(state_json(s.state(0), {}))["finished"].is_null());
    REQUIRE(s.start("mix", 0));
    s.advance(20000, 0);
    s.next(20000);  // the rolls done, the hold skipped
    s.advance(20000, 0);
    const Json f = Json::parse(state_json(s.state(20000), {}))["finished"];
    CHECK(f == Json::parse(R"({"routine":"v1/routine/mix","elapsedMs":125000.0,"run":1,"spentMs":20000.0,"workMs":95000.0,)"
                           R"("workDoneMs":15000.0,"counts":false,"exercises":["done","skipped"]})"));
}
