// What the voice says for a cue: clip ids from assets/voice.json. Breath words are
// spoken for the first breaths of a set only; after that the tones carry the pace,
// so the voice guides without nagging.
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace limber {

constexpr int kSpokenBreaths = 2;

struct CueContext {
    std::string exercise_id;  // the exercise the cue belongs to (next up: the coming one)
    std::string exercise_name;
    int breath = 0;      // 1-based breath within its work segment, for breath cues
    bool first = false;  // the routine's first cue: no "next" before the first exercise
};

std::vector<std::string> spoken_clips(Cue cue, const CueContext& context);

// What the page captions a cue with: every cue's words, breath cues included, and the
// coming exercise's name ("Next: Cat-cow", or just "Cat-cow" before the first one).
std::string cue_caption(Cue cue, const CueContext& context);

}  // namespace limber
