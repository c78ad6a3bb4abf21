// A picture painted in memory by SDL's software renderer (the player's fallback), in the
// light palette, for tests that look at what was drawn.
#pragma once

#include <SDL2/SDL.h>
#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>

#include "app/draw.h"
#include "app/palette.h"

namespace limber::test {

struct Canvas {
    std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> surface;
    PaintBuffers buffers;

    Canvas(int width, int height)
        : surface{SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32), SDL_FreeSurface} {}

    // Clears the picture, then paints what `draw(Painter&)` draws.
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
    const Uint8* at(int x, int y) const { return static_cast<const Uint8*>(surface->pixels) + y * surface->pitch + 4 * x; }
    SDL_Color pixel(Vec2 p) const {
        const Uint8* px = at(static_cast<int>(p.x), static_cast<int>(p.y));
        return {px[0], px[1], px[2], px[3]};
    }
};

// How far apart two colours are: the sum of their channels' differences.
inline int apart(SDL_Color a, SDL_Color b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

}  // namespace limber::test
