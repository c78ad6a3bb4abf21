// The language packs (assets/lang/*.json) and their voices' indexes (assets/voice-*.json),
// compiled into the tests (assets/CMakeLists.txt); the page loads the chosen language's
// from their own files instead.
#pragma once

#include "embedded/assets.h"

namespace limber {

extern const Asset kLangAssets[];
extern const std::size_t kLangAssetsCount;

// "de.json" or "voice-de.json", ...; an empty view for a language with no such file.
inline std::string_view lang_asset(std::string_view name) { return find_asset(kLangAssets, kLangAssetsCount, name); }

}  // namespace limber
