// Files from assets/, compiled into the binary (see cmake/Embed.cmake).
#pragma once

#include <cstddef>
#include <string_view>

namespace limber {

struct Asset {
    const char* name;
    std::string_view bytes;
};

extern const Asset kAssets[];
extern const std::size_t kAssetCount;

// The asset's bytes, or an empty view when no asset has that name.
inline std::string_view asset(std::string_view name) {
    for (std::size_t i = 0; i < kAssetCount; ++i)
        if (name == kAssets[i].name) return kAssets[i].bytes;
    return {};
}

}  // namespace limber
