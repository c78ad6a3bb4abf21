// Whether the player draws a display frame. A stretch moves slowly: most display frames
// would repeat the last drawn one to within a pixel, and drawing, compositing and
// presenting them is work for nothing. A frame is drawn when something in it changed in
// a step, or when the next display frame, whose picture the session already knows, would
// show some point farther than kDrawnStepAim from where the last drawn frame showed it.
#pragma once

#include <functional>
#include <vector>

#include "skeleton.h"

namespace limber {

// What a frame would show, for telling it from another: the points that move (joints,
// props, the dial's moving edges) in CSS pixels, and numbers for what changes in steps
// (the exercise, its phase, the rep). Pictures with the same marks list the same points
// in the same order.
struct Picture {
    std::vector<Vec2> points;
    std::vector<int> marks;
};

// Between two drawn frames no point moves farther than this (CSS pixels), unless it
// moves farther than that in one display frame.
constexpr float kMostDrawnStep = 2.0f;
// Drawn frames aim this close, leaving the rest of kMostDrawnStep for a display frame
// that comes later than the one foreseen (the browser's frames are not evenly spaced).
constexpr float kDrawnStepAim = 1.8f;
// A picture that has come to rest this far (or farther) from the last drawn one is drawn,
// so a still figure is never left showing a pose just short of its own.
constexpr float kRestingOffset = 0.5f;

// What the decision keeps from frame to frame.
struct RedrawGate {
    Picture drawn;  // the last drawn frame's picture
    bool has_drawn = false;
};

// Whether to draw the display frame whose picture is `now`, `next` being the picture
// foreseen for the display frame after it; `forced` when something the picture leaves
// out changed (the canvas's size, the theme, a command). Keeps `now` as the drawn
// picture when it is drawn.
bool frame_due(RedrawGate& gate, const Picture& now, const Picture& next, bool forced);

// How many display frames from the next one on frame_due would surely let pass, at most
// `most`: `foresee(k, out)` pictures the k-th display frame from now, or answers false
// when something the picture leaves out changes by then (the readout, a cue). A frame
// passes when its picture and the one after it stay within kDrawnStepAim of the drawn one
// and it has not come to rest short of it, so the frames counted can be slept through.
int frames_let_pass(const RedrawGate& gate, int most, const std::function<bool(int k, Picture& out)>& foresee);

// The farthest any point of `b` lies from the same point of `a` (CSS pixels); infinite
// when they list different points.
float farthest_move(const Picture& a, const Picture& b);

}  // namespace limber
