#include "exercise.h"

#include <algorithm>

#include "instruction.h"

namespace limber {

const char* position_name(Position p) {
    switch (p) {
        case Position::Standing: return "standing";
        case Position::Seated: return "seated";
        case Position::AllFours: return "all-fours";
        case Position::Kneeling: return "kneeling";
        case Position::Lying: return "lying";
        case Position::Wall: return "wall";
        case Position::Doorway: return "doorway";
    }
    return "standing";
}

const char* equipment_name(Equipment e) {
    switch (e) {
        case Equipment::None: return "none";
        case Equipment::Chair: return "chair";
        case Equipment::Wall: return "wall";
        case Equipment::Doorway: return "doorway";
        case Equipment::FoamRollerOrTowel: return "foam-roller-or-towel";
        case Equipment::BandOrDumbbells: return "band-or-dumbbells";
    }
    return "none";
}

const char* kind_name(Kind k) {
    switch (k) {
        case Kind::Stretch: return "stretch";
        case Kind::Mobility: return "mobility";
        case Kind::Strength: return "strength";
    }
    return "stretch";
}

const char* peak_name(Peak p) {
    switch (p) {
        case Peak::In: return "in";
        case Peak::Out: return "out";
    }
    return "in";
}

const char* framing_name(Framing f) { return f == Framing::UpperBody ? "upper-body" : "whole"; }

const char* frequency_name(Frequency f) { return f == Frequency::Daily ? "daily" : "3-4-per-week"; }

Place place_of(Position p) {
    switch (p) {
        case Position::AllFours:
        case Position::Kneeling:
        case Position::Lying: return Place::Floor;
        case Position::Seated: return Place::Seated;
        case Position::Standing:
        case Position::Wall:
        case Position::Doorway: return Place::Standing;
    }
    return Place::Standing;
}

const char* place_name(Place p) {
    switch (p) {
        case Place::Floor: return "floor";
        case Place::Seated: return "seated";
        case Place::Standing: return "standing";
    }
    return "standing";
}

const char* routine_place_name(RoutinePlace p) {
    switch (p) {
        case RoutinePlace::Floor: return "floor";
        case RoutinePlace::DeskFriendly: return "desk-friendly";
        case RoutinePlace::Standing: return "standing";
    }
    return "standing";
}

RoutineFacts routine_facts(const Catalog& catalog, const Routine& routine) {
    RoutineFacts f;
    // At a desk: sitting or standing where you are (not at a wall or in a doorway),
    // with nothing but the chair.
    bool desk = true;
    for (const RoutineItem& item : routine.items) {
        const Exercise& e = catalog.exercises[static_cast<size_t>(item.exercise)];
        f.floor = f.floor || place_of(e.position) == Place::Floor;
        desk = desk && (e.position == Position::Seated || e.position == Position::Standing) &&
               (e.equipment == Equipment::None || e.equipment == Equipment::Chair);
        if (std::find(f.kinds.begin(), f.kinds.end(), e.kind) == f.kinds.end()) f.kinds.push_back(e.kind);
        if (e.equipment != Equipment::None && std::find(f.equipment.begin(), f.equipment.end(), e.equipment) == f.equipment.end())
            f.equipment.push_back(e.equipment);
    }
    f.place = f.floor ? RoutinePlace::Floor : desk ? RoutinePlace::DeskFriendly : RoutinePlace::Standing;
    return f;
}

std::string how_often(const Catalog& catalog, const Routine& routine) {
    std::vector<std::string> weekly;
    size_t daily = 0;
    for (const RoutineItem& item : routine.items) {
        const Exercise& e = catalog.exercises[static_cast<size_t>(item.exercise)];
        if (e.frequency == Frequency::Daily) {
            ++daily;
            continue;
        }
        if (std::find(weekly.begin(), weekly.end(), e.name) == weekly.end()) weekly.push_back(e.name);
    }
    if (weekly.empty()) return readout_words(catalog, "howOftenDaily");
    if (daily == 0) return readout_words(catalog, "howOftenWeekly");
    std::string names = weekly.back();
    if (weekly.size() > 1) {
        std::string list = weekly[0];
        for (size_t i = 1; i + 1 < weekly.size(); ++i) list += ", " + weekly[i];
        names = readout_words(catalog, "listAnd", {{"list", list}, {"last", weekly.back()}});
    }
    return readout_words(catalog, "howOftenMixed", {{"exercises", names}});
}

std::string dose_problem(const Catalog& catalog, const Dose& d) {
    const auto limit = [&](const char* key, int max) { return readout_words(catalog, key, {{"max", std::to_string(max)}}); };
    if (d.reps <= 0 && d.hold_s <= 0) return readout_words(catalog, "doseNeedsRepsOrHold");
    if (d.reps < 0 || d.reps > kMaxReps) return limit("doseRepsLimit", kMaxReps);
    if (d.hold_s < 0 || d.hold_s > kMaxHoldSeconds) return limit("doseHoldLimit", kMaxHoldSeconds);
    if (d.sets < 1 || d.sets > kMaxSets) return limit("doseSetsLimit", kMaxSets);
    return {};
}

std::string shape_problem(const Catalog& catalog, const Exercise& e, const Dose& d) {
    const bool reps = e.dose.reps > 0, hold = e.dose.hold_s > 0;
    if ((d.reps > 0) == reps && (d.hold_s > 0) == hold) return {};
    return readout_words(catalog, !reps ? "heldNotReps" : !hold ? "repsNotHeld" : "heldRepsNeedBoth", {{"exercise", e.name}});
}

std::vector<RangeMiss> range_misses(const Exercise& e, const Dose& d) {
    const DoseRange& r = e.range;
    std::vector<RangeMiss> misses;
    if (d.reps > 0 && (d.reps < r.reps_min || d.reps > r.reps_max)) misses.push_back({"reps", d.reps, r.reps_min, r.reps_max});
    if (d.hold_s > 0 && (d.hold_s < r.hold_min || d.hold_s > r.hold_max))
        misses.push_back({"holdSeconds", d.hold_s, r.hold_min, r.hold_max});
    if (d.sets < r.sets_min || d.sets > r.sets_max) misses.push_back({"sets", d.sets, r.sets_min, r.sets_max});
    return misses;
}

RangeMiss range_miss(const Exercise& e, const Dose& d) {
    const std::vector<RangeMiss> misses = range_misses(e, d);
    return misses.empty() ? RangeMiss{} : misses.front();
}

Dose within_range(const Exercise& e, const Dose& d) {
    Dose out = d;
    for (const RangeMiss& m : range_misses(e, d))
        (m.field == "reps" ? out.reps : m.field == "holdSeconds" ? out.hold_s : out.sets) = m.nearest();
    return out;
}

std::string range_message(const Catalog& catalog, const Exercise& e, const RangeMiss& m, bool from_link) {
    const std::string span =
        m.min == m.max ? std::to_string(m.min)
                       : readout_words(catalog, "rangeSpan", {{"min", std::to_string(m.min)}, {"max", std::to_string(m.max)}});
    const char* range_key = m.field == "reps"          ? "rangeReps"
                            : m.field == "holdSeconds" ? "rangeHold"
                            : m.max == 1               ? "rangeOneSet"
                                                       : "rangeSets";
    const std::string range = readout_words(catalog, range_key, {{"exercise", e.name}, {"span", span}});
    const std::string whose = readout_words(catalog, e.dose_from_articles ? "rangeFromArticles" : "rangeFromLimber");
    if (!from_link) return readout_words(catalog, "rangeSaid", {{"range", range}, {"whose", whose}});
    return readout_words(
        catalog, "rangeLinkAsked",
        {{"range", range}, {"whose", whose}, {"value", std::to_string(m.value)}, {"nearest", std::to_string(m.nearest())}});
}

const Routine* Catalog::find_routine(const std::string& id) const {
    for (const auto& r : routines)
        if (r.id == id) return &r;
    return nullptr;
}

int Catalog::find_exercise(const std::string& id) const {
    for (size_t i = 0; i < exercises.size(); ++i)
        if (exercises[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace limber
