#include "speech.h"

namespace limber {

std::vector<std::string> spoken_clips(Cue cue, const CueContext& c) {
    switch (cue) {
        case Cue::NextUp:
            if (c.first) return {"name-" + c.exercise_id};
            return {"next", "name-" + c.exercise_id};
        case Cue::BreatheIn:
            if (c.breath > kSpokenBreaths) return {};
            return {"breathe-in"};
        case Cue::BreatheOut:
            if (c.breath > kSpokenBreaths) return {};
            return {"breathe-out"};
        case Cue::Hold: return {"hold"};
        case Cue::Count3: return {"three"};
        case Cue::Count2: return {"two"};
        case Cue::Count1: return {"one"};
        case Cue::SwitchSides: return {"switch-sides"};
        case Cue::Rest: return {"rest"};
        case Cue::Complete: return {"well-done"};
    }
    return {};
}

std::string cue_caption(Cue cue, const CueContext& c) {
    switch (cue) {
        case Cue::NextUp: return c.first ? c.exercise_name : "Next: " + c.exercise_name;
        case Cue::BreatheIn: return "Breathe in";
        case Cue::BreatheOut: return "Breathe out";
        case Cue::Hold: return "Hold";
        case Cue::Count3: return "Three";
        case Cue::Count2: return "Two";
        case Cue::Count1: return "One";
        case Cue::SwitchSides: return "Switch sides";
        case Cue::Rest: return "Rest";
        case Cue::Complete: return "Well done";
    }
    return {};
}

}  // namespace limber
