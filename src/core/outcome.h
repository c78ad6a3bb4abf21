// What a run of a routine really was: the routine time played, each exercise done or
// skipped, and whether the break counts towards the streak.
#pragma once

#include <vector>

#include "timeline.h"

namespace limber {

// How a run left one exercise, in the words state() and the history use: "done" | "skipped".
const char* outcome_name(bool done);

// A stretch of routine time that played by itself, start to end; a jump (next,
// previous, seek, restart) or the routine's end closes one.
struct Played {
    double from_ms = 0;
    double to_ms = 0;
};

// Work left unplayed under this is rounding, not skipping.
constexpr double kUnplayedWorkSlackMs = 1;

struct ExerciseOutcome {
    bool done = false;     // all of its work played
    double work_ms = 0;    // its work segments, as scheduled
    double worked_ms = 0;  // how much of that played, each moment once
};

struct RunOutcome {
    double spent_ms = 0;                     // routine time played, replays included, skipped time not
    double work_ms = 0;                      // every exercise's work, as scheduled
    double worked_ms = 0;                    // how much of it played, each moment once
    bool counts = false;                     // see break_counts()
    std::vector<ExerciseOutcome> exercises;  // one per routine item
};

// The streak rule: a break counts when at least half of its planned work time was
// played, so a break mostly skipped does not; get-ready, switch and rest time is no
// work and neither earns nor costs anything.
bool break_counts(double worked_ms, double work_ms);

RunOutcome run_outcome(const Timeline& timeline, const std::vector<Played>& played);

}  // namespace limber
