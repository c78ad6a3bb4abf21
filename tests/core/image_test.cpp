#include <doctest/doctest.h>

#include "core/image.h"
#include "embedded/assets.h"

using namespace limber;

TEST_CASE("the shipped mat texture decodes to RGBA pixels") {
    const Image img = decode_png(asset("mat.png"), "mat.png");
    REQUIRE_MESSAGE(img.ok(), img.error);
    CHECK(img.width > 0);
    CHECK(img.height > 0);
    CHECK(img.rgba.size() == static_cast<size_t>(img.width * img.height * 4));
}

TEST_CASE("a missing, truncated or corrupt PNG gives an error naming it, never pixels") {
    const std::string_view png = asset("mat.png");
    const std::string corrupt = std::string(png.substr(0, 40)) + std::string(200, 'x');
    for (std::string_view bytes :
         {std::string_view(), png.substr(0, png.size() / 2), std::string_view(corrupt), std::string_view("not a png")}) {
        const Image img = decode_png(bytes, "mat.png");
        CHECK_FALSE(img.ok());
        CHECK(img.error.rfind("mat.png: ", 0) == 0);
        CHECK(img.rgba.empty());
        CHECK(img.width == 0);
    }
}
