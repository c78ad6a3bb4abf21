// The player's dial: the segment countdown ring, the breath disc inside it, rep and
// set pips below, and during the get-ready and rests a small figure of what comes next.
#pragma once

#include "core/session.h"
#include "draw.h"

namespace limber {

struct Body;
enum class View;

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s);
// The next exercise in its start pose, inside the ring where the breath disc is during work.
void draw_next_up(Painter& paint, const SDL_FRect& hud, const Body& start, View view, bool flipped);

}  // namespace limber
