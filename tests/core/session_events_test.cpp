#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/keyframes.h"
#include "core/link.h"
#include "core/session.h"
#include "core/state_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

TEST_CASE("state names the current exercise and the next one, and no next on the last") {
    Session s(test::shipped_catalog());
    REQUIRE(s.start("micro-break", 0));
    State st = s.state(0);
    CHECK(st.exercise_name == "Shoulder rolls");
    CHECK(st.next_exercise_id == "thoracic-rotation");
    CHECK(st.next_exercise_name == "Seated thoracic rotation");
    CHECK(s.catalog().exercises[static_cast<size_t>(st.exercise)].id == "shoulder-rolls");
    CHECK(s.catalog().exercises[static_cast<size_t>(st.next_exercise)].id == "thoracic-rotation");
    s.next(0);
    s.next(0);
    st = s.state(0);
    CHECK(st.exercise_id == "side-stretch");
    CHECK(st.exercise_index == 2);
    CHECK(st.next_exercise == -1);
    CHECK(st.next_exercise_id.empty());
    const Json j = Json::parse(state_json(st, {}));
    CHECK(j["exerciseName"] == "Side stretch");
    CHECK(j["next"].is_null());
    s.previous(0);
    const Json before = Json::parse(state_json(s.state(0), {}));
    CHECK(before["next"] == Json::parse(R"({"id": "side-stretch", "name": "Side stretch"})"));
}

TEST_CASE("run counts every start and restart") {
    Session s(test::sample_catalog());
    CHECK(s.state(0).run == 0);
    REQUIRE(s.start("mix", 0));
    CHECK(s.state(0).run == 1);
    s.restart(1000);
    CHECK(s.state(1000).run == 2);
    s.next(1000);
    s.pause(1000);
    s.seek(1000, 30000);
    CHECK(s.state(1000).run == 2);
    REQUIRE(s.start("mix", 2000));
    CHECK(s.state(2000).run == 3);
}

TEST_CASE("finished: set once per run when the routine reaches its end, kept after leaving") {
    Session s(test::sample_catalog());
    CHECK_FALSE(s.state(0).finished);
    REQUIRE(s.start("mix", 0));
    s.advance(124000, 0);
    CHECK_FALSE(s.state(124000).finished);
    s.advance(200000, 0);  // a frame long after the end: the finish is still at 125000
    State st = s.state(200000);
    CHECK(st.screen == Screen::Finished);
    REQUIRE(st.finished);
    CHECK(st.finished->link == "v1/routine/mix");
    CHECK(st.finished->elapsed_ms == 125000);
    CHECK(st.finished->count == 1);
    // Back to the last exercise and through to the end again: the same run, no second finish.
    s.previous(200000);
    s.advance(400000, 0);
    REQUIRE(s.state(400000).screen == Screen::Finished);
    CHECK(s.state(400000).finished->count == 1);
    // A restart is a new run, and its end a new finish.
    s.restart(400000);
    CHECK_FALSE(s.state(400000).screen == Screen::Finished);
    CHECK(s.state(400000).finished->count == 1);
    s.advance(600000, 0);
    CHECK(s.state(600000).finished->count == 2);
    s.leave();
    st = s.state(600000);
    CHECK(st.screen == Screen::Home);
    REQUIRE(st.finished);
    CHECK(st.finished->count == 2);
    const Json j = Json::parse(state_json(st, {}));
    CHECK(j["finished"] == Json::parse(R"({"routine": "v1/routine/mix", "elapsedMs": 125000.0, "run": 2, "spentMs": 125000.0,
        "workMs": 95000.0, "workDoneMs": 95000.0, "counts": true, "exercises": ["done", "done"]})"));
    CHECK(j["link"].is_null());
    CHECK(j["run"] == 2);
}

TEST_CASE("a routine left before its end is not finished") {
    Session s(test::sample_catalog());
    REQUIRE(s.start("mix", 0));
    s.advance(60000, 0);
    s.leave();
    CHECK_FALSE(s.state(60000).finished);
    const Json j = Json::parse(state_json(s.state(60000), {}));
    CHECK(j["finished"].is_null());
}

TEST_CASE("state carries the link of the routine being played, built-in or custom") {
    const Catalog c = test::sample_catalog();
    Session s(c);
    REQUIRE(s.start("mix", 0));
    CHECK(s.state(0).link == "v1/routine/mix");
    const LinkDecode custom = decode_link(c, "v1/custom/Mine/rolls.4reps,hold.x1");
    REQUIRE(custom.ok());
    s.start(custom.routine, 0);
    CHECK(s.state(0).link == "v1/custom/Mine/rolls.4reps,hold.x1");
    CHECK(s.state(0).routine == "custom");
    const Json j = Json::parse(state_json(s.state(0), {}));
    CHECK(j["link"] == "v1/custom/Mine/rolls.4reps,hold.x1");
    // A built-in routine with its doses changed is no longer the built-in one.
    Routine changed = c.routines[0];
    changed.items[0].dose.reps = 4;
    s.start(changed, 0);
    CHECK(s.state(0).link == "v1/custom/Mix/rolls.4reps,hold");
    s.leave();
    CHECK(s.state(0).link.empty());
}

TEST_CASE("the pose in state is pose_at of that state: with still set, the key pose at once") {
    const Catalog c = test::shipped_catalog();
    Session s(c);
    REQUIRE(s.start("physio-set", 0));  // cat-cow first: 5 s to get ready, then breaths
    const double mid_in = 5000 + 1000;  // a quarter of the way through the first in-breath (4 s)
    const State moving = s.state(mid_in);
    REQUIRE(moving.exercise_id == "cat-cow");
    REQUIRE(moving.breath == BreathPhase::In);
    const ExerciseKeys& keys = *s.poses().find("cat-cow");
    CHECK(moving.posed.pose != keys.in.back());
    s.set_still(true);
    const State still = s.state(mid_in);
    CHECK(still.posed.pose == keys.in.back());
    CHECK(still.posed.pose == pose_at(s.poses(), still, {true}).pose);
    s.set_still(false);
    CHECK(s.state(mid_in).posed.pose == moving.posed.pose);
}

TEST_CASE("state_json writes the pose the state carries, without computing its own") {
    State st;
    st.posed.pose[kPitch] = 42;
    st.posed.pose[limb(kLeft, kElbow)] = 17;
    const Json j = Json::parse(state_json(st, {}));
    CHECK(j["pose"]["pitch"] == 42);
    CHECK(j["pose"]["left_elbow"] == 17);
    CHECK(j["pose"]["right_elbow"] == 0);
}
