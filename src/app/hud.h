// The player's dial: the segment countdown ring, the breath disc inside it, rep and
// set pips below, and during the get-ready and rests a small figure of what comes next.
#pragma once

#include "camera.h"
#include "core/redraw.h"
#include "core/session.h"
#include "draw.h"

namespace limber {

struct Shown;

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s);
// How much of the ring is filled: the whole seconds of the segment gone, over its whole
// seconds (the last one rounded up), so it steps once a second as the countdown does.
float ring_fill(const State& s);
// What of the dial changes while it counts down, as draw_hud draws it for `s`: the ring's
// step as a mark, the breath disc's edge as a point (pixels). Added to `out`.
void dial_picture(const SDL_FRect& hud, const State& s, Picture& out);
// The camera the next exercise (or side) is seen through in the dial: the player's, fitted
// to its start pose inside the ring.
Camera next_up_camera(const SDL_FRect& hud, const Body& start, const Shown& shown);
// That start pose through that camera, inside the ring where the breath disc is during work.
void draw_next_up(Painter& paint, const SDL_FRect& hud, const Body& start, const Shown& shown, const Camera& cam);

}  // namespace limber
