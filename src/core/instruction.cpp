#include "instruction.h"

#include <cmath>

namespace limber {

std::string readout_words(const Catalog& catalog, const std::string& key,
                          std::initializer_list<std::pair<const char*, std::string>> fill) {
    auto it = catalog.readout.find(key);
    if (it == catalog.readout.end()) return {};
    std::string text = it->second;
    for (const auto& [name, value] : fill) {
        const std::string mark = std::string("{") + name + "}";
        for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
            text.replace(at, mark.size(), value);
    }
    return text;
}

namespace {

std::string instruction(const State& s, const Exercise& e, const Catalog& c) {
    const bool in = s.breath == BreathPhase::In;
    switch (s.phase) {
        case Phase::Ready: return readout_words(c, "getReady", {{"exercise", e.name}});
        case Phase::Work:
            // A held rep's pause: the body keeps still, so only the breath is named.
            if (s.reps > 0 && s.held_peak != BreathPhase::None) return readout_words(c, in ? "heldIn" : "heldOut");
            if (s.reps == 0)
                return readout_words(c, in ? "holdBreatheIn" : "holdBreatheOut", {{"body", in ? e.breath_in : e.breath_out}});
            return readout_words(c, in ? "breatheIn" : "breatheOut", {{"body", in ? e.breath_in : e.breath_out}});
        case Phase::Switch: return readout_words(c, "switchSides");
        case Phase::Rest:
            return readout_words(c, "restBeforeSet", {{"set", std::to_string(s.set)}, {"sets", std::to_string(s.sets)}});
        case Phase::Done: return {};
    }
    return {};
}

std::string countdown_label(const State& s, const Catalog& c) {
    switch (s.phase) {
        case Phase::Ready: return readout_words(c, "secondsToGetReady");
        case Phase::Work:
            if (s.reps == 0 || s.held_peak != BreathPhase::None) return readout_words(c, "secondsLeftInHold");
            return readout_words(c, s.side == Side::None ? "secondsLeftInSet" : "secondsLeftOnSide");
        case Phase::Switch: return readout_words(c, "secondsToSwitch");
        case Phase::Rest: return readout_words(c, "secondsOfRest");
        case Phase::Done: return {};
    }
    return {};
}

}  // namespace

const std::vector<std::string>& readout_keys() {
    static const std::vector<std::string> keys = {
        "getReady",        "breatheIn",         "breatheOut",        "holdBreatheIn",       "holdBreatheOut",
        "heldIn",          "heldOut",           "switchSides",       "restBeforeSet",       "nextUp",
        "lastExercise",    "secondsToGetReady", "secondsLeftInHold", "secondsLeftInSet",    "secondsLeftOnSide",
        "secondsToSwitch", "secondsOfRest",     "howOftenDaily",     "howOftenWeekly",      "howOftenMixed",
        "listAnd",         "rangeSpan",         "rangeReps",         "rangeHold",           "rangeSets",
        "rangeOneSet",     "rangeFromArticles", "rangeFromLimber",   "rangeSaid",           "rangeLinkAsked",
        "heldNotReps",     "repsNotHeld",       "heldRepsNeedBoth",  "repsExactly",         "repsWhole",
        "holdExactly",     "holdWhole",         "setsExactly",       "setsWhole",           "entryNotExercise",
        "entryNoExercise", "noSuchExercise",    "sidesOnOrOff",      "doseUnplayable",      "nameNotText",
        "nameMissing",     "nameTooLong",       "itemsNotList",      "itemsMissing",        "itemsTooMany",
        "linkTooLong",     "linkNotText",       "linkNewer",         "linkNoVersion",       "linkShape",
        "linkRoutineId",   "linkNoRoutine",     "linkRoutineName",   "linkNameLength",      "linkTooMany",
        "linkItem",        "linkNoExercise",    "linkHoldNotReps",   "linkRepsNotHold",     "linkRepsTwice",
        "linkHoldTwice",   "linkSetsTwice",     "linkSidesTwice",    "linkNotDose",         "escapeCut",
        "escapeNotHex",    "escapeControl",     "escapeNotUtf8",     "doseNeedsRepsOrHold", "doseRepsLimit",
        "doseHoldLimit",   "doseSetsLimit",     "savedFavourites",   "savedHistory",        "savedNotJson",
        "savedFormat",     "savedNoVersion",    "savedNewer",        "savedNoEntries",      "entryNested",
        "entryNotObject",  "entryNoLink",       "entryLink",         "entryNoValid"};
    return keys;
}

void describe(State& s, const Exercise& exercise, const Catalog& catalog) {
    s.instruction = instruction(s, exercise, catalog);
    s.countdown_label = countdown_label(s, catalog);
    // In a held rep's pause the big number counts the pause, as it counts a hold.
    const bool pausing = s.phase == Phase::Work && s.held_peak != BreathPhase::None;
    s.countdown_s = static_cast<int>(std::ceil((pausing ? s.hold_left_ms : s.segment_remaining_ms) / 1000));
    // Getting ready and resting already say what comes next: the exercise, or its next set.
    s.next_up.clear();
    if (s.phase == Phase::Work || s.phase == Phase::Switch)
        s.next_up = s.next_exercise >= 0 ? readout_words(catalog, "nextUp", {{"exercise", s.next_exercise_name}})
                                         : readout_words(catalog, "lastExercise");
}

}  // namespace limber
