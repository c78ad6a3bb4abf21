// Draws one frame of the player: the figure with its props, and the dial (countdown
// ring, breath disc, rep and set pips, next up). Text lives in the page, not on the canvas.
#pragma once

#include <SDL2/SDL.h>

#include "core/keyframes.h"
#include "core/session.h"
#include "palette.h"
#include "props.h"

namespace limber {

struct Layout {
    SDL_FRect figure;  // pixels
    SDL_FRect hud;
};

Layout layout_for(int width, int height);
// The figure in `posed` (as the session poses it for `side`) with the exercise's props and
// the floor under them (drawn from the canvas's left edge to `floor_right`), framed in `fig`
// by the exercise's camera: the one drawing path of the player and of the exercise stills
// the page shows. Without an exercise the figure stands alone.
void draw_exercise_figure(Painter& paint, SDL_Texture* mat, const SDL_FRect& fig, float floor_right, const PoseLibrary& poses,
                          const Exercise* e, Side side, const Posed& posed);
// Draws `state` as it is, its pose included; exercises and their keyframes come from
// the session that made it. The mat's texture belongs to the renderer it was made on.
void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                const Palette& palette);

}  // namespace limber
