// Draws one frame of the player: the figure with its props, and the dial (countdown
// ring, breath disc, rep and set pips, next up). Text lives in the page, not on the canvas.
#pragma once

#include <SDL2/SDL.h>

#include "core/session.h"
#include "palette.h"
#include "props.h"

namespace limber {

struct Layout {
    SDL_FRect figure;  // pixels
    SDL_FRect hud;
};

Layout layout_for(int width, int height);
// Draws `state` as it is, its pose included; exercises and their keyframes come from
// the session that made it. The mat's texture belongs to the renderer it was made on.
void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                const Palette& palette);

}  // namespace limber
