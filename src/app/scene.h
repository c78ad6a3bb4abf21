// Draws one frame of the player: the figure with its props, and the dial (countdown
// ring, breath disc, rep and set pips, next up). Text lives in the page, not on the canvas.
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
// The scene's textures belong to the renderer: release them before destroying it.
void release_scene_textures();
// Reduced motion: the figure shows each breath half's key pose without moving through it.
void set_still_figure(bool still);

}  // namespace limber
