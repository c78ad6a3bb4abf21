// A routine compiled into an absolute schedule: every segment and cue has its
// exact start time in routine milliseconds, computed once from the routine start.
#pragma once

#include <cstdint>
#include <vector>

#include "exercise.h"

namespace limber {

enum class Phase { Ready, Work, Switch, Rest, Done };
enum class Side { None, Left, Right };
enum class Cue {
    NextUp,
    BreatheIn,
    BreatheOut,
    KeepBreathing,  // a hold begins: stay in the position, breathing on
    Halfway,        // half of a long hold is done
    Form,           // the exercise's one reminder of form, once per work segment
    Count3,
    Count2,
    Count1,
    SwitchSides,
    Rest,
    Complete
};

const char* phase_name(Phase);
const char* side_name(Side);
const char* cue_name(Cue);

struct Segment {
    Phase phase = Phase::Done;
    int64_t start_ms = 0;
    int64_t end_ms = 0;
    int item = -1;  // index into Routine::items; -1 for Done
    int set = 0;    // 1-based during an exercise
    Side side = Side::None;
    int reps = 0;         // reps to do in a Work segment; 0 for holds and other phases
    int rep_hold_ms = 0;  // each rep's pause at its peak; 0 for plain reps
    Tempo tempo;          // breath pace during this segment

    int64_t duration_ms() const { return end_ms - start_ms; }
};

struct CueEvent {
    int64_t at_ms = 0;
    Cue cue = Cue::NextUp;
};

// Holds at least this long get a spoken halfway mark.
constexpr int kHalfwayFromSeconds = 20;
// Reps sets at least this long get a form reminder in the middle.
constexpr int kFormFromReps = 4;
// A held rep's pause at least this long ends with its last three seconds counted.
constexpr int kCountedPauseFromSeconds = 5;

struct Timing {
    int ready_ms = 5000;   // getting into position before an exercise
    int switch_ms = 5000;  // changing sides, also a get-ready for the new side
    int rest_ms = 10000;   // between sets
};

struct Timeline {
    std::vector<Segment> segments;  // contiguous; the last is Done, starting at total_ms
    std::vector<CueEvent> cues;     // sorted by time
    int64_t total_ms = 0;

    // Index of the segment that the schedule gives for routine time t.
    size_t segment_at(double t_ms) const;
    // Start of the first segment of routine item `item`, or total_ms past the last.
    int64_t item_start_ms(int item) const;
};

Timeline compile(const Catalog& catalog, const Routine& routine, const Timing& timing = {});

}  // namespace limber
