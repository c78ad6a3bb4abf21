#include <doctest/doctest.h>

#include <algorithm>

#include <random>

#include <nlohmann/json.hpp>

#include "core/link.h"
#include "core/state_json.h"
#include "embedded/assets.h"
#include "test_catalog.h"

using namespace limber;

namespace {

bool same(const Routine& a, const Routine& b) {
    if (a.name != b.name || a.items.size() != b.items.size()) return false;
    for (size_t i = 0; i < a.items.size(); ++i) {
        const Dose &x = a.items[i].dose, &y = b.items[i].dose;
        if (a.items[i].exercise != b.items[i].exercise || x.reps != y.reps || x.hold_s != y.hold_s || x.sets != y.sets ||
            x.per_side != y.per_side)
            return false;
    }
    return true;
}

std::string error_of(const Catalog& c, const std::string& link) {
    const LinkDecode d = decode_link(c, link);
    CHECK_FALSE(d.ok());
    CHECK(d.routine.items.empty());
    return d.error;
}

}  // namespace

TEST_CASE("built-in routines round-trip by id") {
    const Catalog c = test::sample_catalog();
    const std::string link = encode_builtin_link(c.routines[0]);
    CHECK(link == "v1/routine/mix");
    const LinkDecode d = decode_link(c, "#" + link);
    REQUIRE(d.ok());
    CHECK(d.builtin);
    CHECK(d.routine.id == "mix");
    CHECK(same(d.routine, c.routines[0]));
}

TEST_CASE("a custom routine reads as words and names only what differs from each exercise's dose") {
    const Catalog c = test::sample_catalog();
    Routine r{"custom",
              "Desk & coffee ☕",
              "",
              {{0, Dose{12, 0, 1, false}, {}}, {1, Dose{0, 20, 2, true}, {}}, {1, Dose{0, 45, 3, false}, {}}},
              {}};
    const std::string link = encode_custom_link(c, r);
    CHECK(link == "v1/custom/Desk%20%26%20coffee%20%E2%98%95/rolls.12reps,hold,hold.45s.x3.oneside");
    const LinkDecode d = decode_link(c, link);
    REQUIRE(d.ok());
    CHECK_FALSE(d.builtin);
    CHECK(same(d.routine, r));
}

TEST_CASE("property: random custom routines inside their ranges round-trip exactly, under 2,000 characters for 20") {
    Catalog c = test::shipped_catalog();
    std::mt19937 rng(99);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int round = 0; round < 500; ++round) {
        Routine r;
        r.name = "Routine " + std::to_string(round) + (round % 3 ? " — évening/stretch" : "");
        const int count = round < 100 ? 20 : pick(1, 40);
        for (int i = 0; i < count; ++i) {
            RoutineItem item;
            item.exercise = pick(0, static_cast<int>(c.exercises.size()) - 1);
            item.dose = c.exercises[static_cast<size_t>(item.exercise)].dose;
            const DoseRange& range = c.exercises[static_cast<size_t>(item.exercise)].range;
            if (item.dose.reps > 0) item.dose.reps = pick(range.reps_min, range.reps_max);
            else item.dose.hold_s = pick(range.hold_min, range.hold_max);
            item.dose.sets = pick(range.sets_min, range.sets_max);
            item.dose.per_side = pick(0, 1) == 1;
            r.items.push_back(item);
        }
        const std::string link = encode_custom_link(c, r);
        if (count == 20) CHECK(link.size() <= 2000);
        const LinkDecode d = decode_link(c, link);
        REQUIRE_MESSAGE(d.ok(), d.error);
        CHECK(same(d.routine, r));
        CHECK(d.notices.empty());
    }
}

TEST_CASE("mangled links are refused with what is wrong and where") {
    const Catalog c = test::sample_catalog();
    CHECK(error_of(c, "") == "the link does not start with 'v1/'");
    CHECK(error_of(c, "v7/routine/mix") == "the link is version 'v7', newer than this Limber reads (v1)");
    CHECK(error_of(c, "v1/routine/nope") == "there is no routine 'nope'");
    CHECK(error_of(c, "v1/program/mix") == "the link must read v1/routine/<id> or v1/custom/<name>/<exercises>");
    CHECK(error_of(c, "v1/custom/A/rolls,rollz") == "exercise 2 ('rollz'): there is no exercise 'rollz'");
    CHECK(error_of(c, "v1/custom/A/rolls.30s") == "exercise 1 ('rolls.30s'): rolls is counted in reps ('.10reps'), not seconds");
    CHECK(error_of(c, "v1/custom/A/hold.10reps") ==
          "exercise 1 ('hold.10reps'): hold is a hold: give seconds ('.30s'), not reps");
    CHECK(error_of(c, "v1/custom/A/rolls.0reps") == "exercise 1 ('rolls.0reps'): needs reps or holdSeconds");
    CHECK(error_of(c, "v1/custom/A/rolls.101reps") == "exercise 1 ('rolls.101reps'): reps must be 1..100");
    CHECK(error_of(c, "v1/custom/A/rolls.x11") == "exercise 1 ('rolls.x11'): sets must be 1..10");
    CHECK(error_of(c, "v1/custom/A/rolls.99999reps") ==
          "exercise 1 ('rolls.99999reps'): '99999reps' is not a dose (use .10reps, .30s, .x2, .sides or .oneside)");
    CHECK(error_of(c, "v1/custom/A/rolls.12reps.12reps") == "exercise 1 ('rolls.12reps.12reps'): it gives the reps twice");
    CHECK(error_of(c, "v1/custom/A%2/rolls") == "the routine name: a '%' escape is cut short at character 2");
    CHECK(error_of(c, "v1/custom/A%zz/rolls") == "the routine name: a '%' escape is not two hex digits at character 2");
    CHECK(error_of(c, "v1/custom/A%0A/rolls") == "the routine name: it holds a control character");
    CHECK(error_of(c, "v1/custom/A%C3%28/rolls") == "the routine name: its escapes do not spell UTF-8 text");
    CHECK(error_of(c, "v1/custom/%ED%A0%80/rolls") == "the routine name: its escapes do not spell UTF-8 text");  // a surrogate
    CHECK(error_of(c, "v1/custom/%C0%80/rolls") == "the routine name: its escapes do not spell UTF-8 text");     // overlong
    CHECK(error_of(c, "v1/routine/mi%F4%90%80%80x") == "the routine id: its escapes do not spell UTF-8 text");   // past U+10FFFF
    CHECK(error_of(c, "v1/custom/A/rolls\xC3") == "the link is not UTF-8 text");
    CHECK(decode_link(c, "v1/custom/%C3%A9t%C3%A9%20%E2%9C%93%F0%9F%98%80/rolls").routine.name ==
          "\u00e9t\u00e9 \u2713\U0001F600");
    CHECK(error_of(c, "v1/custom//rolls") == "the routine name must be 1 to 80 bytes long");
    CHECK(error_of(c, "v1/custom/A/") == "exercise 1 (''): there is no exercise ''");
    CHECK(error_of(c, std::string(5000, 'v')) == "the link is 5000 characters long; at most 4000 are read");
    std::string many = "v1/custom/A/rolls";
    for (int i = 0; i < 40; ++i) many += ",rolls";
    CHECK(error_of(c, many) == "the link lists 41 exercises; at most 40 are allowed");
}

TEST_CASE("a link giving a rep-counted, held exercise no reps or no hold is refused, saying it needs both") {
    const Catalog c = test::shipped_catalog();
    const std::string both = "Superman is counted in reps, each held: give both.";
    CHECK(error_of(c, "v1/custom/A/superman.0reps") == "exercise 1 ('superman.0reps'): " + both);
    CHECK(error_of(c, "v1/custom/A/cat-cow,superman.0s") == "exercise 2 ('superman.0s'): " + both);
    CHECK(decode_link(c, "v1/custom/A/superman.12reps.4s").ok());
}

TEST_CASE("the page's answer for any link text is JSON with the reason, whatever the bytes") {
    const Catalog c = test::sample_catalog();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"\xFF\xFE", "the link is not UTF-8 text"},
        {"v1/custom/A/" + std::string(3000, '\xC3'), "the link is not UTF-8 text"},
        {std::string(1 << 20, 'v'), "the link is 1048576 characters long; at most 4000 are read"},
        {std::string("v1/routine/mix\0x", 16), "the routine id: it holds a control character"},
        {"v1/custom/%FF/rolls", "the routine name: its escapes do not spell UTF-8 text"},
    };
    for (const auto& k : cases) {
        const std::string &text = k.first, &error = k.second;
        CAPTURE(text.substr(0, 20));
        const nlohmann::json answer = nlohmann::json::parse(link_json(c, decode_link(c, text)));
        CHECK(answer == nlohmann::json{{"ok", false}, {"error", error}});
    }
}

namespace {

std::vector<std::string> notices_of(const Catalog& c, const std::string& link, Dose& played) {
    const LinkDecode d = decode_link(c, link);
    REQUIRE_MESSAGE(d.ok(), d.error);
    REQUIRE(d.routine.items.size() == 1);
    played = d.routine.items[0].dose;
    return d.notices;
}

}  // namespace

TEST_CASE("a custom link's dose outside its exercise's range plays at the range's nearest end, and says so") {
    const Catalog c = test::ranged_catalog();
    Dose d;
    SUBCASE("below") {
        CHECK(
            notices_of(c, "v1/custom/A/rolls.3reps", d) ==
            std::vector<std::string>{"Rolls takes 10 to 15 reps (the articles' range); this link asked for 3, so it plays 10."});
        CHECK(d.reps == 10);
    }
    SUBCASE("above") {
        CHECK(
            notices_of(c, "v1/custom/A/rolls.40reps", d) ==
            std::vector<std::string>{"Rolls takes 10 to 15 reps (the articles' range); this link asked for 40, so it plays 15."});
        CHECK(d.reps == 15);
    }
    SUBCASE("inside, at both ends and between") {
        for (int reps : {10, 12, 15}) {
            CHECK(notices_of(c, "v1/custom/A/rolls." + std::to_string(reps) + "reps", d).empty());
            CHECK(d.reps == reps);
        }
    }
    SUBCASE("sets, alone and with the amount") {
        CHECK(notices_of(c, "v1/custom/A/rolls.x5", d) ==
              std::vector<std::string>{"Rolls takes 1 to 3 sets (the articles' range); this link asked for 5, so it plays 3."});
        CHECK(d.sets == 3);
        CHECK(d.reps == 10);
        CHECK(notices_of(c, "v1/custom/A/rolls.99reps.x9", d) ==
              std::vector<std::string>{"Rolls takes 10 to 15 reps (the articles' range); this link asked for 99, so it plays 15.",
                                       "Rolls takes 1 to 3 sets (the articles' range); this link asked for 9, so it plays 3."});
        CHECK(d.reps == 15);
        CHECK(d.sets == 3);
    }
    SUBCASE("holds, with a range Limber chose") {
        CHECK(notices_of(c, "v1/custom/A/hold.5s", d) ==
              std::vector<std::string>{
                  "Side hold is held for 15 to 30 seconds (Limber's range; the articles give none); this link asked for 5, so "
                  "it plays 15."});
        CHECK(d.hold_s == 15);
        CHECK(notices_of(c, "v1/custom/A/hold.600s.x2", d) ==
              std::vector<std::string>{
                  "Side hold is held for 15 to 30 seconds (Limber's range; the articles give none); this link asked for 600, "
                  "so it plays 30.",
                  "Side hold takes 1 set (Limber's range; the articles give none); this link asked for 2, so it plays 1."});
        CHECK(d.hold_s == 30);
        CHECK(d.sets == 1);
    }
    SUBCASE("per side: the range is for each side, whichever way the link asks") {
        CHECK(notices_of(c, "v1/custom/A/hold.30s.sides", d).empty());
        CHECK(d.hold_s == 30);
        CHECK(d.per_side);
        CHECK(notices_of(c, "v1/custom/A/hold.31s.oneside", d).size() == 1);
        CHECK(d.hold_s == 30);
        CHECK_FALSE(d.per_side);
        CHECK(notices_of(c, "v1/custom/A/rolls.16reps.sides", d).size() == 1);
        CHECK(d.reps == 15);
        CHECK(d.per_side);
    }
    SUBCASE("the page gets the notices, and the link of what plays, which opens with none") {
        const nlohmann::json answer = nlohmann::json::parse(link_json(c, decode_link(c, "v1/custom/A/rolls.40reps,hold")));
        CHECK(
            answer["notices"] ==
            nlohmann::json::array({"Rolls takes 10 to 15 reps (the articles' range); this link asked for 40, so it plays 15."}));
        CHECK(answer["routine"]["link"] == "v1/custom/A/rolls.15reps,hold");
        CHECK(decode_link(c, answer["routine"]["link"].get<std::string>()).notices.empty());
    }
    SUBCASE("a dose past the format's limits is still refused, not brought into range") {
        CHECK(error_of(c, "v1/custom/A/rolls.101reps") == "exercise 1 ('rolls.101reps'): reps must be 1..100");
    }
}

TEST_CASE("every shipped exercise plays its range ends from assets/catalog.json as asked and a dose past them at the end") {
    const Catalog c = test::shipped_catalog();
    const nlohmann::json data = nlohmann::json::parse(asset("catalog.json"));
    REQUIRE(data["exercises"].size() == c.exercises.size());
    for (const nlohmann::json& e : data["exercises"]) {
        const std::string id = e["id"].get<std::string>();
        CAPTURE(id);
        const nlohmann::json& range = e["range"];
        const bool reps = range.contains("repsMin");
        const int lo = range[reps ? "repsMin" : "holdMin"].get<int>(), hi = range[reps ? "repsMax" : "holdMax"].get<int>();
        const int default_sets = e["dose"].value("sets", 1);
        const int sets_lo = range.value("setsMin", default_sets), sets_hi = range.value("setsMax", default_sets);
        const std::string unit = reps ? "reps" : "s";
        auto played = [&](int amount, int sets, size_t notices) {
            const std::string link = "v1/custom/A/" + id + "." + std::to_string(amount) + unit + ".x" + std::to_string(sets);
            CAPTURE(link);
            const LinkDecode d = decode_link(c, link);
            REQUIRE_MESSAGE(d.ok(), d.error);
            CHECK(d.notices.size() == notices);
            const Dose& dose = d.routine.items.at(0).dose;
            return std::pair<int, int>{reps ? dose.reps : dose.hold_s, dose.sets};
        };
        CHECK(played(lo, sets_lo, 0) == std::pair<int, int>{lo, sets_lo});
        CHECK(played(hi, sets_hi, 0) == std::pair<int, int>{hi, sets_hi});
        if (lo > 1) CHECK(played(lo - 1, sets_lo, 1) == std::pair<int, int>{lo, sets_lo});
        CHECK(played(hi + 1, sets_hi, 1) == std::pair<int, int>{hi, sets_hi});
        if (sets_lo > 1) CHECK(played(lo, sets_lo - 1, 1) == std::pair<int, int>{lo, sets_lo});
        if (sets_hi < kMaxSets) CHECK(played(hi, sets_hi + 1, 1) == std::pair<int, int>{hi, sets_hi});
        CHECK(played(1, 1, (lo > 1) + (sets_lo > 1)) == std::pair<int, int>{lo, sets_lo});
    }
}

TEST_CASE("a built-in routine's copy to edit opens with every dose inside its range and names each one raised") {
    const Catalog c = test::shipped_catalog();
    size_t shortened_total = 0;
    for (const Routine& r : c.routines) {
        CAPTURE(r.id);
        const nlohmann::json answer = nlohmann::json::parse(link_json(c, decode_link(c, encode_builtin_link(r))));
        CHECK(answer["notices"] == nlohmann::json::array());
        const LinkDecode copy = decode_link(c, answer["routine"]["copyLink"].get<std::string>());
        REQUIRE_MESSAGE(copy.ok(), copy.error);
        CHECK_FALSE(copy.builtin);
        CHECK(copy.routine.name == r.name);
        REQUIRE(copy.routine.items.size() == r.items.size());
        size_t shortened = 0;
        for (size_t i = 0; i < r.items.size(); ++i) {
            const Dose &shipped = r.items[i].dose, &copied = copy.routine.items[i].dose;
            const DoseRange& range = c.exercises[static_cast<size_t>(r.items[i].exercise)].range;
            if (r.items[i].shortened.empty()) {
                CHECK(copied.reps == shipped.reps);
                CHECK(copied.hold_s == shipped.hold_s);
            } else {
                ++shortened;
                // Only what was short is raised: a shortened squeeze keeps its hold.
                CHECK(copied.reps == (shipped.reps > 0 ? std::max(shipped.reps, range.reps_min) : 0));
                CHECK(copied.hold_s == (shipped.hold_s > 0 ? std::max(shipped.hold_s, range.hold_min) : 0));
            }
            CHECK(copied.sets == shipped.sets);
            CHECK(copied.per_side == shipped.per_side);
        }
        CHECK(copy.notices.size() == shortened);
        shortened_total += shortened;
    }
    CHECK(shortened_total > 0);  // the shipped routines do shorten some doses
}
