// The player's dial: the segment countdown ring, the breath disc inside it, rep and
// set pips below, and during the get-ready and rests a small figure of what comes next.
#pragma once

#include "camera.h"
#include "core/session.h"
#include "draw.h"

namespace limber {

struct Shown;

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s);
// The points of the dial that move while it counts down, as draw_hud draws them for `s`
// (pixels): the ring's leading end and the breath disc's edge. Pushed onto `out`.
void dial_points(const SDL_FRect& hud, const State& s, std::vector<Vec2>& out);
// The camera the next exercise (or side) is seen through in the dial: the player's, fitted
// to its start pose inside the ring.
Camera next_up_camera(const SDL_FRect& hud, const Body& start, const Shown& shown);
// That start pose through that camera, inside the ring where the breath disc is during work.
void draw_next_up(Painter& paint, const SDL_FRect& hud, const Body& start, const Shown& shown, const Camera& cam);

}  // namespace limber
