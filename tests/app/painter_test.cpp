// The painter's shapes, drawn with SDL's software renderer into memory: where their
// edges fall.
#include <doctest/doctest.h>

#include <memory>

#include "app/draw.h"

using namespace limber;

namespace {

constexpr SDL_Color kInk{40, 90, 160, 255};

// The shapes `draw` paints on a clear 160 x 100 picture, and what the painter sent.
struct Canvas {
    std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> surface{
        SDL_CreateRGBSurfaceWithFormat(0, 160, 100, 32, SDL_PIXELFORMAT_RGBA32), SDL_FreeSurface};
    PaintBuffers buffers;

    template <class Draw>
    void paint(Draw draw) {
        REQUIRE(surface);
        SDL_FillRect(surface.get(), nullptr, 0);
        SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface.get());
        REQUIRE(renderer);
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
        {
            Painter painter(renderer, palette(false), buffers);
            draw(painter);
        }
        SDL_RenderPresent(renderer);
        SDL_DestroyRenderer(renderer);
    }
    bool inked(int x, int y) const {
        const Uint8* p = static_cast<const Uint8*>(surface->pixels) + y * surface->pitch + 4 * x;
        return p[0] == kInk.r && p[1] == kInk.g && p[2] == kInk.b && p[3] == 255;
    }
};

}  // namespace

TEST_CASE("a limb is the hull of its two discs: round ends, straight sides along the outer tangents") {
    Canvas c;
    // Radii 12 and 6, 80 apart: the tangents close in by 0.075 a pixel, 9.0 from the axis at x 70.
    c.paint([](Painter& p) { p.hull({{{30, 40}, 12}, {{110, 40}, 6}}, kInk); });
    CHECK(c.inked(70, 40));
    CHECK(c.inked(70, 47));
    CHECK(c.inked(70, 33));
    CHECK_FALSE(c.inked(70, 51));
    CHECK_FALSE(c.inked(70, 29));
    CHECK(c.inked(20, 40));  // the wide end's cap
    CHECK_FALSE(c.inked(16, 40));
    CHECK(c.inked(114, 40));  // the narrow end's cap
    CHECK_FALSE(c.inked(118, 40));
    CHECK_FALSE(c.inked(30, 55));  // below the wide end
}

TEST_CASE("a limb seen end on, one disc inside the other, is the larger disc") {
    Canvas c;
    c.paint([](Painter& p) { p.hull({{{60, 50}, 30}, {{66, 50}, 6}}, kInk); });
    CHECK(c.inked(60 + 27, 50));
    CHECK(c.inked(60 - 27, 50));
    CHECK(c.inked(60, 50 - 27));
    CHECK_FALSE(c.inked(60 + 33, 50));
    CHECK_FALSE(c.inked(60 + 22, 50 + 22));  // outside the circle, inside its square
}
