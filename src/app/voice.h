// The spoken prompts: one sheet holding every phrase (a WAV from the page, which has
// the browser decode the Opus; the Opus itself on the desktop), decoded once into the output
// format and cut into one chunk per phrase (assets/voice.json says where, and in which
// language: "language": "en",
// "clips": {"<id>": {"at": [first sample, sample count], "text": "what it says"}}).
#pragma once

#include <SDL2/SDL.h>
#include <SDL2/SDL_mixer.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

struct VoiceBank {
    Mix_Chunk* sheet = nullptr;              // points into `bytes`, or owns what SDL_mixer decoded
    std::string bytes;                       // the sheet as given, or its samples in the output's format
    std::map<std::string, Mix_Chunk> clips;  // views into the sheet
    std::string language;                    // the code of the language its clips speak, "en"
    std::string error;                       // why there is no voice; empty when loaded
    // A phrase of several clips ("next" + a name + its set-up) is joined here, in room
    // made at load for the longest the coach can say, so playing never allocates.
    std::vector<Uint8> joined;
    Mix_Chunk joined_chunk{};
    std::set<std::string> reported_missing;  // logged once each, not at every cue

    // The clips as one chunk, or nullptr when any of them is missing. A clip missing
    // from a loaded bank is logged: voice.json lags the catalog (scripts/make-voice).
    // A joined phrase lasts until the next call: play it (which copies it) at once.
    Mix_Chunk* phrase(const std::vector<std::string>& ids);
};

// Never fails hard: a missing, corrupt or mismatched sheet yields an empty bank with
// the reason in `error`, and cues then play their tones only.
// The most clips one cue says ("Next:", the name, the set-up line).
constexpr size_t kMaxClipsInPhrase = 3;

// The sheet is taken whole: a WAV already in the output's format (the page decodes the
// Opus sheet to one) is played where it lies rather than copied.
VoiceBank load_voice(std::string sheet, std::string_view index_json);
void free_voice(VoiceBank& bank);

}  // namespace limber
