// The shipped content keeps to the articles: every dose inside its range or marked
// shortened with a reason, every routine naming the articles it comes from, and the
// frequencies the page states traceable to them.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "core/state_json.h"
#include "test_catalog.h"

using namespace limber;
using Json = nlohmann::json;

namespace {

const Exercise& exercise(const Catalog& c, const char* id) {
    const int i = c.find_exercise(id);
    REQUIRE(i >= 0);
    return c.exercises[static_cast<size_t>(i)];
}

bool mentions(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

TEST_CASE("every shipped routine item is inside its exercise's range, or below it with the reason shown") {
    const Catalog c = test::shipped_catalog();
    int shortened = 0;
    for (const Routine& r : c.routines) {
        for (const RoutineItem& item : r.items) {
            const Exercise& e = c.exercises[static_cast<size_t>(item.exercise)];
            CAPTURE(r.id);
            CAPTURE(e.id);
            const RangeMiss miss = range_miss(e, item.dose);
            CHECK(miss.empty() == item.shortened.empty());
            if (!miss.empty()) {
                CHECK(miss.below());
                ++shortened;
            }
        }
    }
    // The two short breaks go below the articles on purpose; the others keep to them.
    CHECK(shortened == 5);
    const Json page = Json::parse(catalog_json(c));
    for (const Json& r : page["routines"]) {
        const Routine& routine = *c.find_routine(r["id"].get<std::string>());
        for (size_t i = 0; i < routine.items.size(); ++i)
            CHECK(r["items"][i].value("shortened", "") == routine.items[i].shortened);
    }
}

TEST_CASE("every routine names articles its exercises come from") {
    const Catalog c = test::shipped_catalog();
    for (const Routine& r : c.routines) {
        CAPTURE(r.id);
        REQUIRE_FALSE(r.sources.empty());
        for (const std::string& source : r.sources) {
            CAPTURE(source);
            const bool used = std::any_of(r.items.begin(), r.items.end(), [&](const RoutineItem& item) {
                return mentions(c.exercises[static_cast<size_t>(item.exercise)].sources, source);
            });
            CHECK(used);
        }
    }
}

TEST_CASE("thread the needle's default is article 004's once a side, and the routines use it") {
    const Catalog c = test::shipped_catalog();
    const Exercise& thread = exercise(c, "thread-the-needle");
    CHECK(thread.dose.hold_s == 20);
    CHECK(thread.dose.sets == 1);
    CHECK(thread.dose.per_side);
    for (const Routine& r : c.routines)
        for (const RoutineItem& item : r.items)
            if (item.exercise == c.find_exercise("thread-the-needle")) CHECK(item.dose.sets == thread.dose.sets);
}

TEST_CASE("frequencies: the same stretch in a corner or a doorway agrees, and none is invented") {
    const Catalog c = test::shipped_catalog();
    CHECK(exercise(c, "corner-stretch").frequency == exercise(c, "doorway-chest-stretch").frequency);
    // No article gives the strengthening moves a weekly rhythm; 001 asks for its whole set daily.
    for (const char* id : {"scapular-squeeze", "superman", "bent-over-row", "reverse-fly"}) {
        CAPTURE(id);
        CHECK(exercise(c, id).frequency == Frequency::Daily);
        CHECK(exercise(c, id).frequency_note.find("001") != std::string::npos);
    }
    // Article 003's table and its own answer disagree on arm circles: the choice is written down.
    CHECK_FALSE(exercise(c, "arm-circles").choices.empty());
    CHECK_FALSE(exercise(c, "cat-cow").choices.empty());
}

TEST_CASE("how often a routine is done follows its exercises' frequencies") {
    Catalog c = test::sample_catalog();
    c.exercises[0].name = "Rolls";
    c.exercises[1].name = "Hold";
    const Routine& mix = c.routines[0];
    CHECK(how_often(c, mix) == "How often: every day.");
    c.exercises[1].frequency = Frequency::ThreeToFourPerWeek;
    CHECK(how_often(c, mix) == "How often: every day, but Hold only three or four times a week.");
    c.exercises[0].frequency = Frequency::ThreeToFourPerWeek;
    CHECK(how_often(c, mix) == "How often: three or four times a week.");

    const Catalog shipped = test::shipped_catalog();
    CHECK(how_often(shipped, *shipped.find_routine("instant-relief")) ==
          "How often: every day, but Doorway chest stretch and Arm circles only three or four times a week.");
    const Json page = Json::parse(catalog_json(shipped));
    for (const Json& r : page["routines"])
        CHECK(r["howOften"] == how_often(shipped, *shipped.find_routine(r["id"].get<std::string>())));
}
