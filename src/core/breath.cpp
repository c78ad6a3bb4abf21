#include "breath.h"

#include <algorithm>
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

namespace {

int hold_breaths(const Segment& seg) {
    const double n = std::round(static_cast<double>(seg.rep_hold_ms) / seg.tempo.breath_ms());
    return std::max(1, static_cast<int>(n));
}

Breath paced_hold(const Segment& seg, double into) {
    Breath b;
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

}  // namespace

int64_t rep_ms(const Segment& seg) { return seg.tempo.breath_ms() + seg.rep_hold_ms; }

int64_t pause_end_ms(const Segment& seg) { return seg.tempo.peak == Peak::In ? seg.tempo.in_ms + seg.rep_hold_ms : rep_ms(seg); }

int beats_per_rep(const Segment& seg) { return seg.rep_hold_ms > 0 ? 2 + 2 * hold_breaths(seg) : 2; }

Beat rep_beat(const Segment& seg, int index) {
    const double in = seg.tempo.in_ms, out = seg.tempo.out_ms;
    const bool peak_in = seg.tempo.peak == Peak::In;
    if (index == 0) return {BreathPhase::In, 0, in, false};
    if (seg.rep_hold_ms == 0) return {BreathPhase::Out, in, out, false};
    const double hold = static_cast<double>(seg.rep_hold_ms);
    if (!peak_in && index == 1) return {BreathPhase::Out, in, out, false};
    if (peak_in && index == beats_per_rep(seg) - 1) return {BreathPhase::Out, in + hold, out, false};
    // The pause: pairs of halves, the first of each the opposite of the peak's breath.
    const int k = index - (peak_in ? 1 : 2);
    const double pair = hold / hold_breaths(seg);
    const double first = pair * (peak_in ? out : in) / (in + out);
    const double pause_start = peak_in ? in : in + out;
    const double pair_start = pause_start + pair * (k / 2);
    if (k % 2 == 0) return {peak_in ? BreathPhase::Out : BreathPhase::In, pair_start, first, true};
    return {peak_in ? BreathPhase::In : BreathPhase::Out, pair_start + first, pair - first, true};
}

Breath breath_at(const Segment& seg, double t_ms) {
    if (seg.phase != Phase::Work) return {};
    const double into = t_ms - static_cast<double>(seg.start_ms);
    if (into < 0 || t_ms >= static_cast<double>(seg.end_ms)) return {};
    if (seg.reps == 0) return paced_hold(seg, into);
    const double period = static_cast<double>(rep_ms(seg));
    const double reps = std::floor(into / period);
    const double local = into - reps * period;
    Breath b;
    b.rep = static_cast<int>(reps) + 1;
    const int beats = beats_per_rep(seg);
    for (int i = beats - 1; i >= 0; --i) {
        const Beat beat = rep_beat(seg, i);
        if (local < beat.start_ms) continue;
        b.phase = beat.phase;
        b.progress = std::min(1.0, (local - beat.start_ms) / beat.length_ms);
        b.holding = beat.holding;
        if (beat.holding) b.hold_left_ms = static_cast<double>(pause_end_ms(seg)) - local;
        break;
    }
    return b;
}

}  // namespace limber
