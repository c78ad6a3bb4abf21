// The voice sheet, compiled into native programs and tests (assets/CMakeLists.txt); the
// page loads it from dist/voice.js instead.
#pragma once

#include "embedded/assets.h"

namespace limber {

extern const Asset kVoiceAssets[];
extern const std::size_t kVoiceAssetsCount;

// "voice.opus" or "voice.json".
inline std::string_view voice_asset(std::string_view name) { return find_asset(kVoiceAssets, kVoiceAssetsCount, name); }

}  // namespace limber
