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
    CHECK(r.skipped[0].raw == R"({"link":"v1/routine/gone","addedAt":1.7e12})");  // exactly as stored
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
    CHECK(
        read_saved(
            SavedKind::History,
            R"({"format":"limber.history","version":1,"entries":[{"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":-4}]})",
            c)
            .skipped.at(0)
            .reason == "entry 1 has no valid durationMs");
}

TEST_CASE("what is written reads back to the same entries and writes again to the same text, byte for byte") {
    const Catalog c = test::sample_catalog();
    const std::string favourites =
        write_saved(SavedKind::Favourites, {{"v1/routine/mix", 1763900000000.5, 0}, {"v1/custom/A%20b/rolls.5reps", 1.8e12, 0}},
                    {R"({"link": "v1/routine/gone", "addedAt": 1.7e12})", "  [1, 2]\n", "not json"});
    CHECK(
        favourites ==
        R"({"entries":[{"addedAt":1763900000000.5,"link":"v1/routine/mix"},{"addedAt":1800000000000.0,"link":"v1/custom/A%20b/rolls.5reps"},)"
        R"({"link": "v1/routine/gone", "addedAt": 1.7e12},[1, 2],"not json"],"format":"limber.favourites","version":1})");
    const SavedRead f = read_saved(SavedKind::Favourites, favourites, c);
    REQUIRE(f.error.empty());
    REQUIRE(f.entries.size() == 2);
    CHECK(f.entries[0].link == "v1/routine/mix");
    CHECK(f.entries[0].at_ms == 1763900000000.5);
    CHECK(f.entries[1].at_ms == 1.8e12);
    REQUIRE(f.skipped.size() == 3);
    CHECK(f.skipped[0].raw == R"({"link": "v1/routine/gone", "addedAt": 1.7e12})");
    CHECK(f.skipped[1].raw == "[1, 2]");
    CHECK(f.skipped[2].raw == R"("not json")");
    CHECK(write_saved(SavedKind::Favourites, f.entries, {f.skipped[0].raw, f.skipped[1].raw, f.skipped[2].raw}) == favourites);

    const std::string history = write_saved(SavedKind::History, {{"v1/routine/mix", 1.75e12, 125000.25}});
    CHECK(
        history ==
        R"({"entries":[{"durationMs":125000.25,"finishedAt":1750000000000.0,"link":"v1/routine/mix"}],"format":"limber.history","version":1})");
    const SavedRead h = read_saved(SavedKind::History, history, c);
    REQUIRE(h.entries.size() == 1);
    CHECK(h.entries[0].duration_ms == 125000.25);
    CHECK(write_saved(SavedKind::History, h.entries) == history);
}

TEST_CASE("every field of a saved entry with the wrong type skips that entry with the reason, and keeps its text") {
    const Catalog c = test::sample_catalog();
    const std::string good = R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000})";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"({"link":5,"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"link":null,"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"link":["v1/routine/mix"],"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"link":{"v1":"routine"},"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"link":true,"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"finishedAt":1.7e12,"durationMs":1000})", "has no link"},
        {R"({"link":"v1/routine/mix","finishedAt":"x","durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":"1700000000000","durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":null,"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":[1.7e12],"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":{},"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":true,"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":1e300,"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":-1.7e12,"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":18446744073709551615,"durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","durationMs":1000})", "has no valid finishedAt"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":"1000"})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":null})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":[]})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":{"ms":1}})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":false})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1e300})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12})", "has no valid durationMs"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"counts":"false"})", "has no valid counts"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"counts":0})", "has no valid counts"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"counts":null})", "has no valid counts"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":"done"})", "has no valid exercises"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":[]})", "has no valid exercises"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":["done","half"]})",
         "has no valid exercises"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":[true]})", "has no valid exercises"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":[["done"]]})", "has no valid exercises"},
        {R"({"link":"v1/routine/mix","finishedAt":1.7e12,"durationMs":1000,"exercises":null})", "has no valid exercises"},
        {R"("v1/routine/mix")", "is not an object"},
        {R"(null)", "is not an object"},
        {R"([1.7e12])", "is not an object"},
    };
    for (const auto& k : cases) {
        const std::string &entry = k.first, &reason = k.second;
        CAPTURE(entry);
        const std::string text = R"({"format":"limber.history","version":1,"entries":[)" + good + "," + entry + "," + good + "]}";
        const SavedRead r = read_saved(SavedKind::History, text, c);
        REQUIRE(r.error.empty());
        CHECK(r.entries.size() == 2);
        REQUIRE(r.skipped.size() == 1);
        CHECK(r.skipped[0].index == 1);
        CHECK(r.skipped[0].reason == "entry 2 " + reason);
        CHECK(r.skipped[0].raw == entry);
    }
    // A favourite's time is addedAt; history's fields mean nothing there.
    const SavedRead f =
        read_saved(SavedKind::Favourites,
                   R"({"format":"limber.favourites","version":1,"entries":[{"link":"v1/routine/mix","addedAt":"now"}]})", c);
    REQUIRE(f.skipped.size() == 1);
    CHECK(f.skipped[0].reason == "entry 1 has no valid addedAt");
}

TEST_CASE("a saved list's own fields with the wrong type refuse the text, saying which") {
    const Catalog c = test::sample_catalog();
    auto error = [&](const std::string& text) { return read_saved(SavedKind::Favourites, text, c).error; };
    for (const char* format :
         {R"(5)", R"(null)", R"(["limber.favourites"])", R"({"name":"limber.favourites"})", R"("limber.history")"})
        CHECK(error(std::string(R"({"format":)") + format + R"(,"version":1,"entries":[]})") ==
              "saved favourites do not say format 'limber.favourites'");
    for (const char* version :
         {R"("1")", R"(1.5)", R"(0)", R"(-3)", R"(null)", R"([1])", R"({})", R"(true)", R"(18446744073709551615)"})
        CHECK(error(std::string(R"({"format":"limber.favourites","version":)") + version + R"(,"entries":[]})") ==
              "saved favourites have no valid version");
    for (const char* entries : {R"({})", R"("[]")", R"(5)", R"(null)", R"(true)"})
        CHECK(error(std::string(R"({"format":"limber.favourites","version":1,"entries":)") + entries + "}") ==
              "saved favourites have no entries list");
    CHECK(error(R"({"format":"limber.favourites","version":1})") == "saved favourites have no entries list");
    for (const char* text : {"[]", R"("text")", "5", "", "   ", "{", R"({"format":"limber.favourites"} {})"})
        CHECK(error(text) == "saved favourites are not valid JSON");
    // A byte order mark before the text is allowed; one in the middle is not JSON.
    CHECK(error("\xEF\xBB\xBF{\"format\":\"limber.favourites\",\"version\":1,\"entries\":[]}").empty());
    CHECK(error("{\"format\":\"limber.favourites\",\"version\":1,\"entries\":[\xEF\xBB\xBF]}") ==
          "saved favourites are not valid JSON");
    // A repeated field counts the last time, as a JSON parser reads it.
    CHECK(error(R"({"format":"limber.history","format":"limber.favourites","version":1,"entries":[]})").empty());
}

namespace {

std::string nested(size_t levels, const std::string& inside = "") {
    std::string text;
    for (size_t i = 0; i < levels; ++i) text += i % 2 ? "{\"a\":" : "[";
    text += inside.empty() ? "1" : inside;
    for (size_t i = levels; i-- > 0;) text += i % 2 ? "}" : "]";
    return text;
}

}  // namespace

TEST_CASE("an entry nested deeper than 64 levels is skipped and kept as it was, and the rest of the list works") {
    const Catalog c = test::sample_catalog();
    const std::string good = R"({"link":"v1/routine/mix","addedAt":1.7e12})";
    for (size_t levels : {size_t{65}, size_t{100000}}) {
        CAPTURE(levels);
        const std::string deep = nested(levels);
        const std::string text =
            R"({"format":"limber.favourites","version":1,"entries":[)" + good + "," + deep + "," + good + "]}";
        const SavedRead r = read_saved(SavedKind::Favourites, text, c);
        REQUIRE(r.error.empty());
        CHECK(r.entries.size() == 2);
        REQUIRE(r.skipped.size() == 1);
        CHECK(r.skipped[0].reason == "entry 2 is nested more than 64 levels deep");
        CHECK(r.skipped[0].raw == deep);
        const std::string written = write_saved(SavedKind::Favourites, r.entries, {r.skipped[0].raw});
        CHECK(
            written ==
            R"({"entries":[{"addedAt":1700000000000.0,"link":"v1/routine/mix"},{"addedAt":1700000000000.0,"link":"v1/routine/mix"},)" +
                deep + R"(],"format":"limber.favourites","version":1})");
        const SavedRead again = read_saved(SavedKind::Favourites, written, c);
        CHECK(again.entries.size() == 2);
        REQUIRE(again.skipped.size() == 1);
        CHECK(again.skipped[0].raw == deep);
    }
    // 64 levels is still read as an entry: this one is simply not an object.
    const SavedRead at_limit =
        read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"entries":[)" + nested(64) + "]}", c);
    REQUIRE(at_limit.skipped.size() == 1);
    CHECK(at_limit.skipped[0].reason == "entry 1 is not an object");
    // Deep text in a field the reader does not use costs nothing; in one it uses, that field is wrong.
    const std::string deep = nested(100000);
    CHECK(
        read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"other":)" + deep + R"(,"entries":[]})", c)
            .error.empty());
    CHECK(read_saved(SavedKind::Favourites, R"({"format":)" + deep + R"(,"version":1,"entries":[]})", c).error ==
          "saved favourites do not say format 'limber.favourites'");
    const SavedRead deep_list =
        read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"entries":)" + deep + "}", c);
    CHECK(deep_list.error.empty());
    REQUIRE(deep_list.skipped.size() == 1);
    CHECK(deep_list.skipped[0].reason == "entry 1 is nested more than 64 levels deep");
    // Brackets inside strings are text, not nesting.
    const std::string brackets = R"({"link":"v1/routine/mix","addedAt":1.7e12,"note":")" + std::string(1000, '[') + R"(\"]"})";
    const SavedRead quoted =
        read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"entries":[)" + brackets + "]}", c);
    CHECK(quoted.entries.size() == 1);
    CHECK(quoted.skipped.empty());
}

TEST_CASE("megabytes of saved data are read and written back whole") {
    const Catalog c = test::sample_catalog();
    const std::string huge = R"({"link":"v1/routine/mix","addedAt":1.7e12,"note":")" + std::string(1 << 20, 'x') + R"("})";
    std::string text = R"({"format":"limber.favourites","version":1,"entries":[)";
    for (int i = 0; i < 5000; ++i) text += R"({"link":"v1/routine/mix","addedAt":1.7e12},)";
    text += huge + "]}";
    const SavedRead r = read_saved(SavedKind::Favourites, text, c);
    REQUIRE(r.error.empty());
    CHECK(r.entries.size() == 5001);  // the huge one is a valid favourite with a long note
    CHECK(r.skipped.empty());
    const std::string unused = R"({"link":5,"note":")" + std::string(1 << 20, 'y') + R"("})";
    const SavedRead big =
        read_saved(SavedKind::Favourites, R"({"format":"limber.favourites","version":1,"entries":[)" + unused + "]}", c);
    REQUIRE(big.skipped.size() == 1);
    CHECK(big.skipped[0].raw == unused);
    CHECK(write_saved(SavedKind::Favourites, {}, {big.skipped[0].raw}) ==
          R"({"entries":[)" + unused + R"(],"format":"limber.favourites","version":1})");
}

TEST_CASE("history entries record whether the break counts and each exercise done or skipped, and older entries read as before") {
    const Catalog c = test::sample_catalog();
    SavedEntry skipped{"v1/routine/mix", 1.75e12, 600};
    skipped.counts = false;
    skipped.exercises = std::vector<bool>{true, false};
    const SavedEntry old{"v1/routine/mix", 1.7e12, 125000};
    const std::string text = write_saved(SavedKind::History, {skipped, old});
    CHECK(text == R"({"entries":[{"counts":false,"durationMs":600.0,"exercises":["done","skipped"],"finishedAt":1750000000000.0,)"
                  R"("link":"v1/routine/mix"},{"durationMs":125000.0,"finishedAt":1700000000000.0,"link":"v1/routine/mix"}],)"
                  R"("format":"limber.history","version":1})");
    const SavedRead r = read_saved(SavedKind::History, text, c);
    REQUIRE(r.error.empty());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].counts == false);
    CHECK(r.entries[0].exercises == std::vector<bool>{true, false});
    CHECK_FALSE(r.entries[1].counts.has_value());  // from before skipping was recorded: the page counts it, as it did
    CHECK_FALSE(r.entries[1].exercises.has_value());
    CHECK(write_saved(SavedKind::History, r.entries) == text);
    // A favourite has no such fields; any it carries are not read.
    const SavedRead f = read_saved(
        SavedKind::Favourites,
        R"({"format":"limber.favourites","version":1,"entries":[{"link":"v1/routine/mix","addedAt":1.7e12,"counts":"x"}]})", c);
    REQUIRE(f.entries.size() == 1);
    CHECK_FALSE(f.entries[0].counts.has_value());
}
