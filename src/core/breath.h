// The breathing pacer: which half of the breath a moment falls in, and how far along.
#pragma once

#include "timeline.h"

namespace limber {

enum class BreathPhase { None, In, Out };

const char* breath_name(BreathPhase);

struct Breath {
    BreathPhase phase = BreathPhase::None;
    double progress = 0;  // 0..1 through the current in- or out-breath
    int rep = 0;          // 1-based rep (or breath, during a hold) within the segment
};

// Breath at routine time t inside `seg`. Work segments breathe at the segment's
// tempo from the segment start, so a rep and its breath always begin together.
Breath breath_at(const Segment& seg, double t_ms);

}  // namespace limber
