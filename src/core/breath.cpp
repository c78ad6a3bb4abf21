#include "breath.h"

#include <cmath>

namespace limber {

const char* breath_name(BreathPhase b) {
    switch (b) {
        case BreathPhase::In: return "in";
        case BreathPhase::Out: return "out";
        case BreathPhase::None: return "none";
    }
    return "none";
}

Breath breath_at(const Segment& seg, double t_ms) {
    Breath b;
    if (seg.phase != Phase::Work) return b;
    const double into = t_ms - static_cast<double>(seg.start_ms);
    if (into < 0 || t_ms >= static_cast<double>(seg.end_ms)) return b;
    const double period = seg.tempo.breath_ms();
    const double cycles = std::floor(into / period);
    const double local = into - cycles * period;
    b.rep = static_cast<int>(cycles) + 1;
    if (local < seg.tempo.in_ms) {
        b.phase = BreathPhase::In;
        b.progress = local / seg.tempo.in_ms;
    } else {
        b.phase = BreathPhase::Out;
        b.progress = (local - seg.tempo.in_ms) / seg.tempo.out_ms;
    }
    return b;
}

}  // namespace limber
