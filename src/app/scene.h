// Draws one frame of the player: the figure on its mat, the progress ring with
// the breathing indicator inside. Text lives in the page, not on the canvas.
#pragma once

#include <SDL2/SDL.h>

#include "core/session.h"

namespace limber {

struct Layout {
    SDL_FRect figure;  // pixels
    SDL_FRect hud;
};

Layout layout_for(int width, int height);
void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state);

}  // namespace limber
