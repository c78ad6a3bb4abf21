#include "image.h"

#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb/stb_image.h>

namespace limber {

Image decode_png(std::string_view bytes, std::string_view name) {
    Image img;
    if (bytes.empty()) {
        img.error = std::string(name) + ": missing";
        return img;
    }
    int channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                                            &img.width, &img.height, &channels, 4);
    if (!pixels) {
        img.error = std::string(name) + ": " + stbi_failure_reason();
        img.width = img.height = 0;
        return img;
    }
    img.rgba.assign(pixels, pixels + static_cast<size_t>(img.width) * static_cast<size_t>(img.height) * 4);
    stbi_image_free(pixels);
    return img;
}

}  // namespace limber
