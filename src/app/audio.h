// Cue playback through SDL_mixer. The device opens only on the user's first
// gesture (the browser's autoplay policy), and cues are dropped, never queued,
// while the output is not running, so none bursts out late.
#pragma once

#include <SDL2/SDL.h>
#include <SDL2/SDL_mixer.h>

#include <array>
#include <cstdint>
#include <vector>

#include "core/timeline.h"

namespace limber {

constexpr int kCueCount = static_cast<int>(Cue::Complete) + 1;

struct PlayedCue {
    Cue cue;
    double routine_ms;  // when the schedule has it
    double clock_ms;    // when it was handed to the mixer
};

struct Audio {
    bool open = false;
    bool enabled = true;  // the user's sound setting
    std::array<std::vector<int16_t>, kCueCount> pcm;
    std::array<Mix_Chunk*, kCueCount> chunks{};
    std::vector<PlayedCue> played;  // since the routine started, for tests and the caption log
};

bool audio_open(Audio& audio);
bool audio_play(Audio& audio, const CueEvent& cue, double clock_ms);  // false when dropped
// "locked" before the first gesture, then the output's state: "running" or "suspended".
const char* audio_state(const Audio& audio);

}  // namespace limber
