// PNG assets decoded to RGBA pixels (stb_image), with the reason when they cannot be.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // width * height * 4, rows top to bottom
    std::string error;          // empty on success
    bool ok() const { return error.empty(); }
};

Image decode_png(std::string_view bytes, std::string_view name);

}  // namespace limber
