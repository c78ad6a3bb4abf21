// The spoken prompts: one OGG holding every phrase, decoded once into the output
// format and cut into one chunk per phrase (assets/voice.json says where).
#pragma once

#include <SDL2/SDL.h>
#include <SDL2/SDL_mixer.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

struct VoiceBank {
    Mix_Chunk* sheet = nullptr;              // owns the decoded samples
    std::map<std::string, Mix_Chunk> clips;  // views into the sheet
    std::string error;                       // why there is no voice; empty when loaded
    // Phrases of several clips ("next" + a name), joined once on first use.
    std::map<std::string, std::vector<Uint8>> joined_samples;
    std::map<std::string, Mix_Chunk> joined;

    // The clips as one chunk, or nullptr when any of them is missing.
    Mix_Chunk* phrase(const std::vector<std::string>& ids);
};

// Never fails hard: a missing, corrupt or mismatched sheet yields an empty bank with
// the reason in `error`, and cues then play their tones only.
VoiceBank load_voice(std::string_view ogg, std::string_view index_json);
void free_voice(VoiceBank& bank);

}  // namespace limber
