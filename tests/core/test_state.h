// A State in the middle of an exercise's work, for pose tests that need no Session.
#pragma once

#include <string>

#include "core/session.h"

namespace limber::test {

inline State work_state(const std::string& id, Side side, BreathPhase breath, double progress, int breath_index = 2) {
    State s;
    s.screen = Screen::Player;
    s.in_routine = true;
    s.exercise_id = id;
    s.phase = Phase::Work;
    s.side = side;
    s.breath = breath;
    s.breath_progress = progress;
    s.breath_index = breath_index;
    return s;
}

}  // namespace limber::test
