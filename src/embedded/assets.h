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
extern const std::size_t kAssetsCount;

// The bytes of the asset called `name` in `table`, or an empty view when it has none.
inline std::string_view find_asset(const Asset* table, std::size_t count, std::string_view name) {
    for (std::size_t i = 0; i < count; ++i)
        if (name == table[i].name) return table[i].bytes;
    return {};
}

inline std::string_view asset(std::string_view name) { return find_asset(kAssets, kAssetsCount, name); }

}  // namespace limber
