// The breathing pacer: which half of the breath a moment falls in, and how far along.
#pragma once

#include "timeline.h"

namespace limber {

enum class BreathPhase { None, In, Out };

const char* breath_name(BreathPhase);

struct Breath {
    BreathPhase phase = BreathPhase::None;
    double progress = 0;      // 0..1 through the current in- or out-breath
    int rep = 0;              // 1-based rep (or breath, during a hold) within the segment
    bool holding = false;     // in a held rep's pause at its peak
    double hold_left_ms = 0;  // and what is left of the pause
};

// Breath at routine time t inside `seg`. Work segments breathe at the segment's
// tempo from the segment start, so a rep and its breath always begin together.
Breath breath_at(const Segment& seg, double t_ms);

// One half-breath of a rep, timed from the rep's start.
struct Beat {
    BreathPhase phase = BreathPhase::None;
    double start_ms = 0;
    double length_ms = 0;
    bool holding = false;  // part of the pause at the peak: the body keeps still
};

// A rep is its move's in- and out-breath at the tempo; a held rep pauses at the peak
// for whole breaths stretched or squeezed to fill the hold, beginning with the half
// after the peak's, so the breath never turns twice the same way.
int64_t rep_ms(const Segment& seg);
int64_t pause_end_ms(const Segment& seg);  // where a held rep's pause ends, from the rep's start
int beats_per_rep(const Segment& seg);
Beat rep_beat(const Segment& seg, int index);

}  // namespace limber
