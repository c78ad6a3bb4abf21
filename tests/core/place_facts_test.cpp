#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/link.h"
#include "core/state_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

namespace {

const Routine& routine(const Catalog& c, const char* id) {
    const Routine* r = c.find_routine(id);
    REQUIRE(r != nullptr);
    return *r;
}

const Json& by_id(const Json& list, const std::string& id) {
    for (const Json& j : list)
        if (j["id"] == id) return j;
    FAIL("no entry '" << id << "'");
    return list;
}

}  // namespace

TEST_CASE("the place rule: all fours, kneeling and lying are on the floor, wall and doorway are standing") {
    CHECK(place_of(Position::AllFours) == Place::Floor);
    CHECK(place_of(Position::Kneeling) == Place::Floor);
    CHECK(place_of(Position::Lying) == Place::Floor);
    CHECK(place_of(Position::Seated) == Place::Seated);
    CHECK(place_of(Position::Standing) == Place::Standing);
    CHECK(place_of(Position::Wall) == Place::Standing);
    CHECK(place_of(Position::Doorway) == Place::Standing);
    CHECK(std::string(place_name(Place::Floor)) == "floor");
    CHECK(std::string(place_name(Place::Seated)) == "seated");
    CHECK(std::string(place_name(Place::Standing)) == "standing");
}

TEST_CASE("routine facts: floor if any exercise is, desk-friendly if all are seated or standing with at most a chair") {
    const Catalog c = test::shipped_catalog();
    const RoutineFacts micro = routine_facts(c, routine(c, "micro-break"));
    CHECK(micro.place == RoutinePlace::DeskFriendly);
    CHECK_FALSE(micro.floor);
    CHECK(micro.kinds == std::vector<Kind>{Kind::Mobility, Kind::Stretch});
    CHECK(micro.equipment == std::vector<Equipment>{Equipment::Chair});
    // The desk break is what its name says: nothing in it needs a wall, a doorway or the floor.
    const RoutineFacts desk = routine_facts(c, routine(c, "desk-break"));
    CHECK(desk.place == RoutinePlace::DeskFriendly);
    CHECK_FALSE(desk.floor);
    CHECK(desk.kinds == std::vector<Kind>{Kind::Mobility, Kind::Strength, Kind::Stretch});
    CHECK(desk.equipment == std::vector<Equipment>{Equipment::Chair});
    const RoutineFacts physio = routine_facts(c, routine(c, "physio-set"));
    CHECK(physio.place == RoutinePlace::Floor);
    CHECK(physio.floor);
    CHECK(physio.kinds == std::vector<Kind>{Kind::Mobility, Kind::Stretch, Kind::Strength});
    CHECK(physio.equipment == std::vector<Equipment>{Equipment::FoamRollerOrTowel});
    // One floor exercise among standing ones makes the routine a floor routine.
    const RoutineFacts instant = routine_facts(c, routine(c, "instant-relief"));
    CHECK(instant.place == RoutinePlace::Floor);
    CHECK(instant.equipment == std::vector<Equipment>{Equipment::Doorway});
    CHECK(std::string(routine_place_name(RoutinePlace::DeskFriendly)) == "desk-friendly");
}

TEST_CASE("a position at a wall with nothing to hold is standing but not desk-friendly") {
    Catalog c = test::sample_catalog();
    c.exercises[0].position = Position::Wall;
    c.exercises[1].position = Position::Seated;
    const RoutineFacts f = routine_facts(c, c.routines[0]);
    CHECK(f.place == RoutinePlace::Standing);
    CHECK_FALSE(f.floor);
    CHECK(f.equipment.empty());
    c.exercises[0].position = Position::Standing;
    CHECK(routine_facts(c, c.routines[0]).place == RoutinePlace::DeskFriendly);
}

TEST_CASE("catalog_json: each exercise's place, each routine's facts, the words for positions, equipment and kinds") {
    const Catalog c = test::shipped_catalog();
    const Json j = Json::parse(catalog_json(c));
    CHECK(by_id(j["exercises"], "cat-cow")["place"] == "floor");
    CHECK(by_id(j["exercises"], "thoracic-rotation")["place"] == "seated");
    CHECK(by_id(j["exercises"], "corner-stretch")["place"] == "standing");
    CHECK(by_id(j["routines"], "micro-break")["facts"] ==
          Json::parse(R"({"place": "desk-friendly", "floor": false, "kinds": ["mobility", "stretch"], "equipment": ["chair"]})"));
    CHECK(by_id(j["routines"], "mid-back-mobility")["facts"] ==
          Json::parse(R"({"place": "floor", "floor": true, "kinds": ["mobility", "stretch"], "equipment": ["wall"]})"));
    CHECK(by_id(j["routines"], "desk-break")["facts"]["place"] == "desk-friendly");
    CHECK(by_id(j["routines"], "instant-relief")["facts"]["place"] == "floor");
    CHECK(j["positionNames"] == Json::parse(R"({"standing": "standing", "seated": "seated", "all-fours": "on all fours",
        "kneeling": "kneeling", "lying": "lying down", "wall": "at a wall", "doorway": "in a doorway"})"));
    CHECK(j["equipmentNames"] == Json::parse(R"({"chair": "a chair", "wall": "a wall", "doorway": "a doorway",
        "foam-roller-or-towel": "a foam roller or rolled towel", "band-or-dumbbells": "a band or light dumbbells"})"));
    CHECK(j["kindNames"] == Json::parse(R"({"stretch": "Stretch", "mobility": "Mobility", "strength": "Strength"})"));
}

TEST_CASE("catalog_json gives the page the core's limits for doses, routines, links and history") {
    const Json j = Json::parse(catalog_json(test::sample_catalog()));
    CHECK(j["limits"] == Json::parse(R"({"reps": {"min": 1, "max": 100}, "holdSeconds": {"min": 1, "max": 600},
        "sets": {"min": 1, "max": 10}, "routineItems": 40, "routineNameBytes": 80, "linkLength": 4000,
        "historyDurationMs": 86400000})"));
}

TEST_CASE("a decoded custom link carries the same facts as a built-in routine") {
    const Catalog c = test::shipped_catalog();
    const Json j = Json::parse(link_json(c, decode_link(c, "v1/custom/Walls/corner-stretch,wall-angels,shoulder-rolls")));
    REQUIRE(j["ok"] == true);
    CHECK(j["routine"]["facts"] ==
          Json::parse(R"({"place": "standing", "floor": false, "kinds": ["stretch", "mobility"], "equipment": ["wall"]})"));
    const Json desk = Json::parse(link_json(c, decode_link(c, "v1/custom/Desk/shoulder-rolls,side-stretch")));
    CHECK(desk["routine"]["facts"] ==
          Json::parse(R"({"place": "desk-friendly", "floor": false, "kinds": ["mobility", "stretch"], "equipment": []})"));
}
