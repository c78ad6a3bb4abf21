#include "instruction.h"

#include <cmath>

namespace limber {

namespace {

std::string breath_words(const State& s, const Exercise& e) {
    return s.breath == BreathPhase::In ? "breathe in: " + e.breath_in : "breathe out: " + e.breath_out;
}

std::string instruction(const State& s, const Exercise& e) {
    switch (s.phase) {
        case Phase::Ready: return "Get ready: " + e.name;
        case Phase::Work: {
            std::string breath = breath_words(s, e);
            if (s.reps == 0) return "Hold — " + breath;
            // A held rep's pause: the body keeps still, so only the breath is named.
            if (s.held_peak != BreathPhase::None) return "Hold — " + breath.substr(0, breath.find(':'));
            breath[0] = 'B';
            return breath;
        }
        case Phase::Switch: return "Switch sides";
        case Phase::Rest: return "Rest — next: set " + std::to_string(s.set) + " of " + std::to_string(s.sets);
        case Phase::Done: return {};
    }
    return {};
}

std::string countdown_label(const State& s) {
    switch (s.phase) {
        case Phase::Ready: return "seconds to get ready";
        case Phase::Work:
            if (s.reps == 0 || s.held_peak != BreathPhase::None) return "seconds left in this hold";
            return s.side == Side::None ? "seconds left in this set" : "seconds left on this side";
        case Phase::Switch: return "seconds to switch sides";
        case Phase::Rest: return "seconds of rest";
        case Phase::Done: return {};
    }
    return {};
}

}  // namespace

void describe(State& s, const Exercise& exercise) {
    s.instruction = instruction(s, exercise);
    s.countdown_label = countdown_label(s);
    // In a held rep's pause the big number counts the pause, as it counts a hold.
    const bool pausing = s.phase == Phase::Work && s.held_peak != BreathPhase::None;
    s.countdown_s = static_cast<int>(std::ceil((pausing ? s.hold_left_ms : s.segment_remaining_ms) / 1000));
    // Getting ready and resting already say what comes next: the exercise, or its next set.
    s.next_up.clear();
    if (s.phase == Phase::Work || s.phase == Phase::Switch)
        s.next_up = s.next_exercise >= 0 ? "Next up: " + s.next_exercise_name : "Last exercise";
}

}  // namespace limber
