#include <doctest/doctest.h>

#include <string>

#include "core/catalog.h"
#include "core/timeline.h"
#include "test_catalog.h"

using namespace limber;

namespace {

const char* kGood = R"json({"version": 1,
  "positions": {"standing": "standing", "seated": "seated", "all-fours": "on all fours", "kneeling": "kneeling",
                "lying": "lying down", "wall": "at a wall", "doorway": "in a doorway"},
  "equipment": {"chair": "a chair", "wall": "a wall", "doorway": "a doorway", "foam-roller-or-towel": "a roller",
                "band-or-dumbbells": "a band"},
  "kinds": {"stretch": "Stretch", "mobility": "Mobility", "strength": "Strength"},
  "safety": {"title": "Before", "advice": ["Ask first."], "warning": "See a doctor if it", "warningSigns": ["follows a fall"]},
  "speech": {"phrases": {"next": "Next:", "breathe-in": "In.", "breathe-out": "Out.", "keep-breathing": "Breathe on.",
                         "halfway": "Half.", "switch-to-left": "Left.", "switch-to-right": "Right.", "rest": "Rest.",
                         "well-done": "Done.", "exercise-done": "exercise.", "exercises-done": "exercises."},
             "numbers": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]},
  "readout": {"getReady": "Ready: {exercise}", "breatheIn": "In: {body}", "breatheOut": "Out: {body}",
              "holdBreatheIn": "Hold, in: {body}", "holdBreatheOut": "Hold, out: {body}", "heldIn": "Hold, in",
              "heldOut": "Hold, out", "switchSides": "Switch", "restBeforeSet": "Rest, set {set} of {sets}",
              "nextUp": "Next: {exercise}", "lastExercise": "Last", "secondsToGetReady": "s ready", "secondsLeftInHold": "s hold",
              "secondsLeftInSet": "s set", "secondsLeftOnSide": "s side", "secondsToSwitch": "s switch", "secondsOfRest": "s rest",
              "howOftenDaily": "daily", "howOftenWeekly": "weekly", "howOftenMixed": "daily but {exercises}", "listAnd": "{list} + {last}",
              "rangeSpan": "{min} to {max}", "rangeReps": "{exercise} takes {span} reps", "rangeHold": "{exercise} is held for {span} seconds", "rangeSets": "{exercise} takes {span} sets", "rangeOneSet": "{exercise} takes 1 set", "rangeFromArticles": "the articles' range", "rangeFromLimber": "Limber's range; the articles give none", "rangeSaid": "{range} ({whose}).", "rangeLinkAsked": "{range} ({whose}); this link asked for {value}, so it plays {nearest}.", "heldNotReps": "{exercise} is held: give a hold time, not reps.", "repsNotHeld": "{exercise} is counted in reps, not held.", "heldRepsNeedBoth": "{exercise} is counted in reps, each held: give both.", "repsExactly": "Reps must be {n}.", "repsWhole": "Reps must be a whole number from {min} to {max}.", "holdExactly": "Hold time must be {n} seconds.", "holdWhole": "Hold time must be a whole number of seconds from {min} to {max}.", "setsExactly": "Sets must be {n}.", "setsWhole": "Sets must be a whole number from {min} to {max}.", "entryNotExercise": "This entry is not an exercise.", "entryNoExercise": "This entry names no exercise.", "noSuchExercise": "Limber has no exercise called '{id}'.", "sidesOnOrOff": "Each side must be on or off.", "doseUnplayable": "{exercise} cannot be played with this dose.", "nameNotText": "The name must be text.", "nameMissing": "Give your routine a name.", "nameTooLong": "This name is too long: keep it to {max} letters (accented letters and emoji count as two to four).", "itemsNotList": "The exercises must come as a list.", "itemsMissing": "Add at least one exercise.", "itemsTooMany": "A routine holds at most {max} exercises.",
              "linkTooLong": "the link is {n} characters long; at most {max} are read", "linkNotText": "the link is not UTF-8 text", "linkNewer": "the link is version '{version}', newer than this Limber reads (v1)",
              "linkNoVersion": "the link does not start with 'v1/'", "linkShape": "the link must read v1/routine/<id> or v1/custom/<name>/<exercises>", "linkRoutineId": "the routine id: {problem}",
              "linkNoRoutine": "there is no routine '{id}'", "linkRoutineName": "the routine name: {problem}", "linkNameLength": "the routine name must be 1 to {max} bytes long",
              "linkTooMany": "the link lists {n} exercises; at most {max} are allowed", "linkItem": "exercise {n} ('{item}'): {problem}", "linkNoExercise": "there is no exercise '{id}'",
              "linkHoldNotReps": "{id} is a hold: give seconds ('.30s'), not reps", "linkRepsNotHold": "{id} is counted in reps ('.10reps'), not seconds", "linkRepsTwice": "it gives the reps twice",
              "linkHoldTwice": "it gives the hold twice", "linkSetsTwice": "it gives the sets twice", "linkSidesTwice": "it gives the sides twice",
              "linkNotDose": "'{part}' is not a dose (use .10reps, .30s, .x2, .sides or .oneside)", "escapeCut": "a '%' escape is cut short at character {at}", "escapeNotHex": "a '%' escape is not two hex digits at character {at}",
              "escapeControl": "it holds a control character", "escapeNotUtf8": "its escapes do not spell UTF-8 text",
              "doseNeedsRepsOrHold": "needs reps or holdSeconds", "doseRepsLimit": "reps must be 1..{max}", "doseHoldLimit": "holdSeconds must be 1..{max}",
              "doseSetsLimit": "sets must be 1..{max}", "savedFavourites": "saved favourites", "savedHistory": "saved history",
              "savedNotJson": "{what} are not valid JSON", "savedFormat": "{what} do not say format '{format}'", "savedNoVersion": "{what} have no valid version",
              "savedNewer": "{what} come from a newer Limber (version {version}); they are left as they are", "savedNoEntries": "{what} have no entries list",
              "entryNested": "entry {n} is nested more than {depth} levels deep", "entryNotObject": "entry {n} is not an object", "entryNoLink": "entry {n} has no link",
              "entryLink": "entry {n} link: {error}", "entryNoValid": "entry {n} has no valid {field}"},
  "exercises": [{"id": "rolls", "name": "Rolls", "purpose": "Loosens.", "steps": ["Roll."],
                 "position": "standing", "equipment": "none", "kind": "mobility", "camera": {"yaw": 30, "pitch": 12.5, "distance": 4},
                 "dose": {"reps": 10}, "range": {"repsMin": 10, "repsMax": 15, "setsMax": 3}, "doseSource": "articles",
                 "tempo": {"inMs": 2000, "outMs": 3000}, "breathing": {"in": "up", "out": "down"},
                 "coach": {"setup": "Stand tall.", "form": "Slowly."}, "cautions": ["Gently."], "frequency": "daily", "sources": ["003.txt"],
                 "provenance": {"dose": "003: 10 to 15.", "frequency": "003: daily."}}],
  "routines": [{"id": "r", "name": "R", "description": "D", "sources": ["003.txt"],
                "items": [{"exercise": "rolls"}, {"exercise": "rolls", "dose": {"sets": 2}}]}]})json";

std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& text) {
    const CatalogLoad load = load_catalog(text, "test.json");
    CHECK_FALSE(load.ok());
    CHECK(load.catalog.exercises.empty());
    return load.error;
}

}  // namespace

TEST_CASE("the shipped catalog has every seed exercise, fully described") {
    const Catalog c = test::shipped_catalog();
    for (const char* id : {"cat-cow", "childs-pose", "thread-the-needle", "corner-stretch", "wall-angels", "scapular-squeeze",
                           "superman", "bent-over-row", "reverse-fly", "cobra", "thoracic-extension", "doorway-chest-stretch",
                           "shoulder-rolls", "arm-circles", "side-stretch", "thoracic-rotation"}) {
        CAPTURE(id);
        const int i = c.find_exercise(id);
        REQUIRE(i >= 0);
        const Exercise& e = c.exercises[static_cast<size_t>(i)];
        CHECK(e.steps.size() >= 3);
        CHECK_FALSE(e.purpose.empty());
        CHECK_FALSE(e.cautions.empty());
        CHECK_FALSE(e.sources.empty());
    }
    // Facts the articles give, as data.
    const Exercise& cat_cow = c.exercises[static_cast<size_t>(c.find_exercise("cat-cow"))];
    CHECK(cat_cow.range.reps_min == 10);
    CHECK(cat_cow.range.reps_max == 15);
    CHECK(cat_cow.frequency == Frequency::Daily);
    const Exercise& thread = c.exercises[static_cast<size_t>(c.find_exercise("thread-the-needle"))];
    CHECK(thread.dose.per_side);
    CHECK(thread.range.hold_min == 20);
    CHECK(thread.range.hold_max == 30);
    const Exercise& chest = c.exercises[static_cast<size_t>(c.find_exercise("doorway-chest-stretch"))];
    CHECK(chest.frequency == Frequency::ThreeToFourPerWeek);
    CHECK_FALSE(c.exercises[static_cast<size_t>(c.find_exercise("thoracic-extension"))].dose_from_articles);
}

TEST_CASE("the built-in routines: one per article list, a floor-free desk break, a real 2-minute break") {
    const Catalog c = test::shipped_catalog();
    for (const char* id :
         {"relief-five", "mid-back-mobility", "strengthening", "instant-relief", "physio-set", "desk-break", "micro-break"}) {
        CAPTURE(id);
        const Routine* r = c.find_routine(id);
        REQUIRE(r != nullptr);
        const Timeline tl = compile(c, *r);
        CHECK(tl.total_ms > 60000);
        CHECK(tl.total_ms < 20 * 60000);
    }
    auto off_the_floor = [&](const Routine& r) { return !routine_facts(c, r).floor; };
    const Routine& desk = *c.find_routine("desk-break");
    CHECK(off_the_floor(desk));
    CHECK(compile(c, desk).total_ms >= 4 * 60000);
    CHECK(compile(c, desk).total_ms <= 6 * 60000);
    const Routine& micro = *c.find_routine("micro-break");
    CHECK(off_the_floor(micro));
    CHECK(compile(c, micro).total_ms >= 115000);
    CHECK(compile(c, micro).total_ms <= 125000);
}

TEST_CASE("a good catalog loads with its doses and tempo") {
    const CatalogLoad load = load_catalog(kGood, "test.json");
    REQUIRE(load.ok());
    const Exercise& e = load.catalog.exercises[0];
    CHECK(e.dose.reps == 10);
    CHECK(e.dose.sets == 1);
    CHECK(e.tempo.breath_ms() == 5000);
    CHECK(load.catalog.routines[0].items[0].dose.reps == 10);
    CHECK(e.position == Position::Standing);
    CHECK(e.kind == Kind::Mobility);
    CHECK(e.camera.yaw == 30);
    CHECK(e.camera.pitch == 12.5);
    CHECK(e.camera.distance == 4);
    CHECK(e.range.reps_min == 10);
    CHECK(e.range.reps_max == 15);
    CHECK(e.dose_from_articles);
    CHECK(e.breath_in == "up");
    CHECK(e.frequency == Frequency::Daily);
    CHECK(e.sources == std::vector<std::string>{"003.txt"});
    // A routine's override names only what changes.
    const Dose& d = load.catalog.routines[0].items[1].dose;
    CHECK(d.reps == 10);
    CHECK(d.sets == 2);
}

TEST_CASE("bad data is rejected naming the file, the entry and the field") {
    CHECK(error_of("{not json") == "test.json: not valid JSON");
    CHECK(error_of(with(kGood, R"("version": 1)", R"("version": "1")")) == "test.json: top level: field 'version' must be 1");
    CHECK(error_of(with(kGood, R"("version": 1)", R"("version": 1, "language": "")")) ==
          "test.json: top level: field 'language' must be a non-empty string");
    CHECK(error_of(with(kGood, R"({"exercise": "rolls"})", R"({"exercise": "rollz"})")) ==
          "test.json: routine 'r': field 'items' names unknown exercise 'rollz'");
    CHECK(error_of(with(kGood, R"("steps": ["Roll."])", R"("steps": [])")) ==
          "test.json: exercise 'rolls': field 'steps' must list at least one entry");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"reps": -3})")) ==
          "test.json: exercise 'rolls': field 'reps' is -3, outside 0..100");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"holdSeconds": 86400})")) ==
          "test.json: exercise 'rolls': field 'holdSeconds' is 86400, outside 0..600");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"sets": 1})")) ==
          "test.json: exercise 'rolls': field 'dose' needs reps or holdSeconds");
    CHECK(error_of(with(kGood, R"("inMs": 2000)", R"("inMs": 2.5)")) ==
          "test.json: exercise 'rolls': field 'inMs' must be a whole number");
    CHECK(error_of(with(kGood, R"("name": "Rolls", )", "")) ==
          "test.json: exercise 'rolls': field 'name' must be a non-empty string");
    CHECK(error_of("[1,2]") == "test.json: top level: field '(document)' must be an object");
    CHECK(error_of(with(kGood, R"("position": "standing")", R"("position": "floor")")) ==
          "test.json: exercise 'rolls': field 'position' is 'floor', not one of standing, seated, all-fours, kneeling, lying, "
          "wall, doorway");
    CHECK(error_of(with(kGood, R"("repsMin": 10)", R"("repsMin": 11)")) ==
          "test.json: exercise 'rolls': field 'range' must run from min to max and hold the default dose");
    CHECK(error_of(with(kGood, R"("doseSource": "articles")", R"("doseSource": "me")")) ==
          "test.json: exercise 'rolls': field 'doseSource' must be 'articles' or 'limber'");
    CHECK(error_of(with(kGood, R"("sources": ["003.txt"])", R"("sources": [])")) ==
          "test.json: exercise 'rolls': field 'sources' must list at least one entry");
    CHECK(error_of(with(kGood, R"("dose": {"sets": 2})", R"("dose": {"sets": 0})")) ==
          "test.json: routine 'r': field 'sets' is 0, outside 1..10");
    CHECK(error_of(with(kGood, R"("dose": {"sets": 2})", R"("dose": {"holdSeconds": -5})")) ==
          "test.json: routine 'r': field 'holdSeconds' is -5, outside 0..600");
    CHECK(error_of(with(kGood, R"("lastExercise": "Last", )", "")) ==
          "test.json: readout: field 'lastExercise' must be a non-empty string");
    CHECK(error_of(with(kGood, R"("lastExercise": "Last", )", R"("lastExercise": "Last", "cheer": "Go!", )")) ==
          "test.json: readout: field 'cheer' is not a word the core writes");
}

TEST_CASE("a routine keeps each dose inside the exercise's range, or says why it goes below") {
    const std::string item = R"({"exercise": "rolls", "dose": {"sets": 2}})";
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "dose": {"reps": 16}})")) ==
          "test.json: routine 'r': field 'items' rolls goes above its range: Rolls takes 10 to 15 reps (the articles' "
          "range).");
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "dose": {"reps": 6}})")) ==
          "test.json: routine 'r': field 'items' rolls goes below its range without a 'shortened' reason: Rolls takes 10 "
          "to 15 reps (the articles' range).");
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "dose": {"sets": 4}, "shortened": "Short."})")) ==
          "test.json: routine 'r': field 'items' rolls goes above its range: Rolls takes 1 to 3 sets (the articles' "
          "range).");
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "shortened": "Short."})")) ==
          "test.json: routine 'r': field 'items' rolls is marked shortened but keeps its range");
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "dose": {"reps": 6}, "shortened": ""})")) ==
          "test.json: routine 'r': field 'shortened' must be a non-empty string");

    const CatalogLoad load = load_catalog(
        with(kGood, item, R"({"exercise": "rolls", "dose": {"reps": 6}, "shortened": "A quick break."})"), "test.json");
    REQUIRE(load.ok());
    CHECK(load.catalog.routines[0].items[1].shortened == "A quick break.");
    CHECK(load.catalog.routines[0].items[0].shortened.empty());
}

TEST_CASE("every exercise says where its dose and frequency come from, and every routine its articles") {
    CHECK(error_of(with(kGood, R"(,
                 "provenance": {"dose": "003: 10 to 15.", "frequency": "003: daily."})",
                        "")) ==
          "test.json: exercise 'rolls': field 'provenance' must say where the dose and the frequency come from");
    CHECK(error_of(with(kGood, R"("frequency": "003: daily.")", R"("frequency": "")")) ==
          "test.json: exercise 'rolls': field 'frequency' must be a non-empty string");
    CHECK(error_of(with(kGood, R"("sources": ["003.txt"],
                "items")",
                        R"("items")")) == "test.json: routine 'r': field 'sources' must list at least one entry");
    const CatalogLoad load = load_catalog(
        with(kGood, R"("frequency": "003: daily.")", R"("frequency": "003: daily.", "choices": ["003 over 001."])"), "test.json");
    REQUIRE(load.ok());
    CHECK(load.catalog.exercises[0].dose_note == "003: 10 to 15.");
    CHECK(load.catalog.exercises[0].choices == std::vector<std::string>{"003 over 001."});
    CHECK(load.catalog.routines[0].sources == std::vector<std::string>{"003.txt"});
}

TEST_CASE("each exercise names its camera, inside the ranges a figure can be seen from") {
    CHECK(error_of(with(kGood, R"("camera": {"yaw": 30, "pitch": 12.5, "distance": 4},)", "")) ==
          "test.json: exercise 'rolls': field 'camera' must be an object with yaw, pitch and distance");
    CHECK(error_of(with(kGood, R"("yaw": 30)", R"("yaw": 190)")) ==
          "test.json: exercise 'rolls', camera: field 'yaw' is 190, outside -180.0..180.0");
    // Up to 80 degrees: a turn about the upright spine reads best from nearly overhead.
    CHECK(error_of(with(kGood, R"("pitch": 12.5)", R"("pitch": 85)")) ==
          "test.json: exercise 'rolls', camera: field 'pitch' is 85, outside -10.0..80.0");
    CHECK(error_of(with(kGood, R"("distance": 4)", R"("distance": 1)")) ==
          "test.json: exercise 'rolls', camera: field 'distance' is 1, outside 2.0..12.0");
    CHECK(error_of(with(kGood, R"("distance": 4)", R"("distance": "far")")) ==
          "test.json: exercise 'rolls', camera: field 'distance' must be a number");
    CHECK(error_of(with(kGood, R"(, "distance": 4)", "")) ==
          "test.json: exercise 'rolls', camera: field 'distance' must be a number");
    // The ends of each range are allowed.
    CHECK(load_catalog(with(kGood, R"("yaw": 30, "pitch": 12.5, "distance": 4)", R"("yaw": -180, "pitch": 80, "distance": 12)"),
                       "test.json")
              .ok());
}

TEST_CASE("a camera shows the whole figure unless it says it frames the upper body") {
    const CatalogLoad whole = load_catalog(kGood, "test.json");
    REQUIRE(whole.ok());
    CHECK(whole.catalog.exercises[0].camera.framing == Framing::Whole);
    const CatalogLoad upper =
        load_catalog(with(kGood, R"("distance": 4)", R"("distance": 4, "framing": "upper-body")"), "test.json");
    REQUIRE(upper.ok());
    CHECK(upper.catalog.exercises[0].camera.framing == Framing::UpperBody);
    CHECK(error_of(with(kGood, R"("distance": 4)", R"("distance": 4, "framing": "close")")) ==
          "test.json: exercise 'rolls', camera: field 'framing' is 'close', not one of whole, upper-body");
    CHECK(error_of(with(with(kGood, R"("distance": 4)", R"("distance": 4, "framing": "upper-body")"), R"("position": "standing")",
                        R"("position": "seated")")) ==
          "test.json: exercise 'rolls': field 'camera' frames the upper body, which only a standing exercise can");
}

TEST_CASE("the catalog names every position, piece of equipment and kind of work in the page's words") {
    const CatalogLoad load = load_catalog(kGood, "test.json");
    REQUIRE(load.ok());
    CHECK(load.catalog.position_words.at(Position::AllFours) == "on all fours");
    CHECK(load.catalog.position_words.size() == 7);
    CHECK(load.catalog.equipment_words.at(Equipment::FoamRollerOrTowel) == "a roller");
    CHECK(load.catalog.equipment_words.count(Equipment::None) == 0);
    CHECK(load.catalog.kind_words.at(Kind::Strength) == "Strength");
    CHECK(error_of(with(kGood, R"("lying": "lying down", )", "")) ==
          "test.json: top level: field 'positions' gives no words for 'lying'");
    CHECK(error_of(with(kGood, R"("chair": "a chair")", R"("sofa": "a sofa")")) ==
          "test.json: top level: field 'equipment' names 'sofa', which no exercise can have");
    CHECK(error_of(with(kGood, R"("chair": "a chair")", R"("chair": "a chair", "none": "nothing")")) ==
          "test.json: top level: field 'equipment' names 'none', which no exercise can have");
    CHECK(error_of(with(kGood, R"("strength": "Strength")", R"("strength": "")")) ==
          "test.json: top level: field 'kinds' must give 'strength' a non-empty string");
    CHECK(error_of(with(kGood, R"("kinds": {)", R"("kinds": [], "x": {)")) ==
          "test.json: top level: field 'kinds' must be an object giving the words for each value");
}

TEST_CASE("the coach's words: each exercise's set-up and form lines, the fixed phrases and numbers enough to count") {
    const CatalogLoad load = load_catalog(kGood, "test.json");
    REQUIRE(load.ok());
    CHECK(load.catalog.exercises[0].setup_line == "Stand tall.");
    CHECK(load.catalog.exercises[0].form_line == "Slowly.");
    CHECK(load.catalog.phrases.at("keep-breathing") == "Breathe on.");
    CHECK(load.catalog.numbers.size() == 15);
    CHECK(error_of(with(kGood, R"("coach": {"setup": "Stand tall.", "form": "Slowly."}, )", "")) ==
          "test.json: exercise 'rolls': field 'coach' must give the coach's setup and form lines");
    CHECK(error_of(with(kGood, R"("form": "Slowly.")", R"("form": "")")) ==
          "test.json: exercise 'rolls': field 'form' must be a non-empty string");
    CHECK(error_of(with(kGood, R"("halfway": "Half.", )", "")) ==
          "test.json: speech: field 'phrases' gives no words for 'halfway'");
    CHECK(error_of(with(kGood, R"("halfway": "Half.")", R"("halfway": "Half.", "hold": "Hold.")")) ==
          "test.json: speech: field 'phrases' has 'hold', which the coach never says");
    // The rep range reaches 15: fourteen numbers cannot count it.
    CHECK(error_of(with(kGood, R"(, "15"])", "]")) ==
          "test.json: speech: field 'numbers' must count to 15, the longest rep range");
    CHECK(error_of(with(kGood, R"("speech": {)", R"("talk": {)")) ==
          "test.json: top level: field 'speech' must be an object with the coach's phrases and numbers");
}

TEST_CASE("held reps: reps each held at the peak, with a range for both and the peak named") {
    const std::string held = with(with(kGood, R"({"reps": 10})", R"({"reps": 10, "holdSeconds": 5})"), R"("setsMax": 3)",
                                  R"("setsMax": 3, "holdMin": 3, "holdMax": 10)");
    CHECK(error_of(with(kGood, R"({"reps": 10})", R"({"reps": 10, "holdSeconds": 5})")) ==
          "test.json: exercise 'rolls': field 'holdMin' is missing");
    CHECK(error_of(held) == "test.json: exercise 'rolls' tempo: field 'peak' must be a non-empty string");
    CHECK(error_of(with(held, R"("outMs": 3000)", R"("outMs": 3000, "peak": "top")")) ==
          "test.json: exercise 'rolls' tempo: field 'peak' is 'top', not one of in, out");
    CHECK(error_of(with(kGood, R"("setsMax": 3)", R"("setsMax": 3, "holdMin": 3, "holdMax": 10)")) ==
          "test.json: exercise 'rolls': field 'range' gives holdMin to a dose without it");

    const std::string good = with(held, R"("outMs": 3000)", R"("outMs": 3000, "peak": "out")");
    const CatalogLoad load = load_catalog(good, "test.json");
    REQUIRE_MESSAGE(load.ok(), load.error);
    const Exercise& e = load.catalog.exercises[0];
    CHECK(e.dose.reps == 10);
    CHECK(e.dose.hold_s == 5);
    CHECK(e.tempo.peak == Peak::Out);
    CHECK(e.range.hold_min == 3);
    CHECK(e.range.hold_max == 10);
    // A routine's override of the reps keeps the exercise's hold, and the other way round.
    const std::string item = R"({"exercise": "rolls", "dose": {"sets": 2}})";
    const CatalogLoad reps = load_catalog(with(good, item, R"({"exercise": "rolls", "dose": {"reps": 12}})"), "test.json");
    REQUIRE_MESSAGE(reps.ok(), reps.error);
    CHECK(reps.catalog.routines[0].items[1].dose.reps == 12);
    CHECK(reps.catalog.routines[0].items[1].dose.hold_s == 5);
    const CatalogLoad hold = load_catalog(with(good, item, R"({"exercise": "rolls", "dose": {"holdSeconds": 10}})"), "test.json");
    REQUIRE_MESSAGE(hold.ok(), hold.error);
    CHECK(hold.catalog.routines[0].items[1].dose.reps == 10);
    CHECK(hold.catalog.routines[0].items[1].dose.hold_s == 10);
    // Plain reps cannot be given a hold by a routine.
    CHECK(error_of(with(kGood, item, R"({"exercise": "rolls", "dose": {"holdSeconds": 5}})")) ==
          "test.json: routine 'r': field 'dose' Rolls is counted in reps, not held.");
}
