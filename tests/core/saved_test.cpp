#include <doctest/doctest.h>

#include "core/saved.h"
#include "test_catalog.h"

using namespace limber;

TEST_CASE("favourites and history round-trip") {
    const Catalog c = test::sample_catalog();
    const std::vector<SavedEntry> favs = {{"v1/routine/mix", 1.7e12, 0}, {"v1/custom/Mine/rolls.5reps", 1.8e12, 0}};
    const SavedRead f = read_saved(SavedKind::Favourites, write_saved(SavedKind::Favourites, favs), c);
    REQUIRE(f.error.empty());
    REQUIRE(f.entries.size() == 2);
    CHECK(f.entries[1].link == "v1/custom/Mine/rolls.5reps");
    CHECK(f.entries[1].at_ms == 1.8e12);
    CHECK(f.skipped.empty());
    const SavedRead h = read_saved(SavedKind::History, write_saved(SavedKind::History, {{"v1/routine/mix", 1.75e12, 125000}}), c);
    REQUIRE(h.entries.size() == 1);
    CHECK(h.entries[0].duration_ms == 125000);
}

TEST_CASE("a damaged entry is skipped and reported, the others kept") {
    const Catalog c = test::sample_catalog();
    const std::string text = R"({"format":"limber.favourites","version":1,"entries":[
        {"link":"v1/routine/mix","addedAt":1.7e12},
        {"link":"v1/routine/gone","addedAt":1.7e12},
        "junk",
        {"link":"v1/custom/X/rolls","addedAt":"yesterday"},
        {"link":"v1/custom/X/hold.x2","addedAt":1.71e12}]})";
    const SavedRead r = read_saved(SavedKind::Favourites, text, c);
    REQUIRE(r.error.empty());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[1].link == "v1/custom/X/hold.x2");
    REQUIRE(r.skipped.size() == 3);
    CHECK(r.skipped[0].reason == "entry 2 link: there is no routine 'gone'");
    CHECK(r.skipped[0].raw == R"({"addedAt":1700000000000.0,"link":"v1/routine/gone"})");
    CHECK(r.skipped[1].reason == "entry 3 is not an object");
    CHECK(r.skipped[2].reason == "entry 4 has no valid addedAt");
}

TEST_CASE("unusable or newer saved data is refused, and a newer file is flagged to be left alone") {
    const Catalog c = test::sample_catalog();
    CHECK(read_saved(SavedKind::Favourites, "{oops", c).error == "saved favourites are not valid JSON");
    CHECK(read_saved(SavedKind::Favourites, R"({"format":"limber.history","version":1,"entries":[]})", c).error ==
          "saved favourites do not say format 'limber.favourites'");
    CHECK(read_saved(SavedKind::History, R"({"format":"limber.history","version":"1","entries":[]})", c).error ==
          "saved history have no valid version");
    const SavedRead newer = read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":2,"entries":[]})", c);
    CHECK(newer.from_newer);
    CHECK(newer.error == "saved favourites come from a newer Limber (version 2); they are left as they are");
    const SavedRead old = read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"entries":[]})", c);
    CHECK_FALSE(old.from_newer);
    CHECK(read_saved(SavedKind::History, R"({"format":"limber.history","version":1,"entries":[{"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":-4}]})", c)
              .skipped.at(0).reason == "entry 1 has no valid durationMs");
}
