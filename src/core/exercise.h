// The exercise model: what the catalog says about each movement and routine.
#pragma once

#include <string>
#include <vector>

namespace limber {

struct Dose {
    int reps = 0;      // 0 means the exercise is a hold
    int hold_s = 0;
    int sets = 1;
    bool per_side = false;
};

// One rep is one breath for breath-linked moves; holds breathe at this pace too.
struct Tempo {
    int in_ms = 4000;
    int out_ms = 6000;
    int breath_ms() const { return in_ms + out_ms; }
};

struct Exercise {
    std::string id;
    std::string name;
    std::vector<std::string> steps;
    Dose dose;
    Tempo tempo;
};

struct RoutineItem {
    int exercise = 0;  // index into Catalog::exercises
    Dose dose;
};

struct Routine {
    std::string id;
    std::string name;
    std::string description;
    std::vector<RoutineItem> items;
};

struct Catalog {
    std::vector<Exercise> exercises;
    std::vector<Routine> routines;

    const Routine* find_routine(const std::string& id) const;
    int find_exercise(const std::string& id) const;  // -1 when unknown
};

}  // namespace limber
