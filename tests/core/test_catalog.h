// The shipped catalog, loaded the way the app loads it.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/timeline.h"
#include "embedded/assets.h"

namespace limber::test {

inline Catalog shipped_catalog() {
    CatalogLoad load = load_catalog(asset("catalog.json"), "catalog.json");
    if (!load.ok()) throw std::runtime_error(load.error);
    return load.catalog;
}

// One exercise of the shipped catalog, by id; a missing id fails the test that asks.
inline const Exercise& shipped_exercise(const std::string& id) {
    static const Catalog catalog = shipped_catalog();
    const int i = catalog.find_exercise(id);
    if (i < 0) throw std::runtime_error("no exercise " + id);
    return catalog.exercises[static_cast<size_t>(i)];
}

// A catalog built in code, for timeline arithmetic that must not move when the
// shipped content is tuned; it speaks with the shipped coach's phrases.
inline Catalog sample_catalog() {
    Catalog c;
    const Catalog shipped = shipped_catalog();
    c.phrases = shipped.phrases;
    c.readout = shipped.readout;
    c.numbers = shipped.numbers;
    Exercise rolls;
    rolls.id = "rolls";
    rolls.dose = Dose{3, 0, 1, false};
    rolls.tempo = Tempo{2000, 3000};
    Exercise hold;
    hold.id = "hold";
    hold.dose = Dose{0, 20, 2, true};
    hold.tempo = Tempo{4000, 6000};
    // Ranges as wide as any dose may be, so that links and routines here test the codec.
    rolls.range = DoseRange{1, kMaxReps, 0, 0, 1, kMaxSets};
    hold.range = DoseRange{0, 0, 1, kMaxHoldSeconds, 1, kMaxSets};
    c.exercises = {rolls, hold};
    c.routines = {Routine{"mix", "Mix", "Both.", {RoutineItem{0, rolls.dose, {}}, RoutineItem{1, hold.dose, {}}}, {}}};
    return c;
}

// A catalog with one rep-counted exercise and one hold, their ranges narrower than the
// link format's limits, as the shipped exercises' are; it tells a dose outside them in
// the shipped words.
inline Catalog ranged_catalog() {
    Catalog c;
    c.readout = shipped_catalog().readout;
    Exercise rolls;
    rolls.id = "rolls";
    rolls.name = "Rolls";
    rolls.dose = Dose{10, 0, 1, false};
    rolls.range = DoseRange{10, 15, 0, 0, 1, 3};
    Exercise hold;
    hold.id = "hold";
    hold.name = "Side hold";
    hold.dose = Dose{0, 20, 1, true};
    hold.range = DoseRange{0, 0, 15, 30, 1, 1};
    hold.dose_from_articles = false;
    c.exercises = {rolls, hold};
    return c;
}

// Cue names joined with spaces, so a mismatch prints readably.
inline std::string cue_names(const std::vector<CueEvent>& events) {
    std::string out;
    for (const auto& e : events) out += (out.empty() ? "" : " ") + std::string(cue_name(e.cue));
    return out;
}

}  // namespace limber::test
