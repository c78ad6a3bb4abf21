// The player's dial: the segment countdown ring, the breath disc inside it, rep and
// set pips below, and during the get-ready and rests a small figure of what comes next.
#pragma once

#include "core/session.h"
#include "draw.h"

namespace limber {

struct Body;
struct Shown;

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s);
// The next exercise (or side) in its start pose, inside the ring where the breath disc is during work.
void draw_next_up(Painter& paint, const SDL_FRect& hud, const Body& start, const Shown& shown);

}  // namespace limber
