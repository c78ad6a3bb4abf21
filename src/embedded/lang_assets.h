// The language packs (assets/lang/*.json), compiled into native programs and tests
// (assets/CMakeLists.txt); the page loads the chosen one from its own file instead.
#pragma once

#include "embedded/assets.h"

namespace limber {

extern const Asset kLangAssets[];
extern const std::size_t kLangAssetsCount;

// "de.json", ...; an empty view for a language with no pack.
inline std::string_view lang_asset(std::string_view name) { return find_asset(kLangAssets, kLangAssetsCount, name); }

}  // namespace limber
