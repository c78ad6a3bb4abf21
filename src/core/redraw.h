// Whether the player draws a display frame. A stretch moves slowly: most display frames
// would repeat the last drawn one to within a pixel, and drawing, compositing and
// presenting them is work for nothing. A frame is drawn when something in it changed in
// a step, or when the next display frame, whose picture the session already knows, would
// show some point farther than kDrawnStepAim from where the last drawn frame showed it.
#pragma once

#include <utility>
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

// Whether a display frame showing `now`, with `next` foreseen after it, can be let pass:
// then the next one is drawn from what is shown now, so neither may lie too far from the
// drawn picture, nor may the picture have come to rest short of it.
bool may_pass(const Picture& drawn, const Picture& now, const Picture& next);

// How many display frames from the next one on frame_due would surely let pass, at most
// `most`: `foresee(k, out)` pictures the k-th display frame from now, or answers false
// when something the picture leaves out changes by then (the readout, a cue). So the
// frames counted can be slept through.
template <typename Foresee>
int frames_let_pass(const RedrawGate& gate, int most, Foresee foresee) {
    if (!gate.has_drawn || most < 1) return 0;
    Picture frame, after;  // the k-th display frame's picture and the one after it
    if (!foresee(1, frame)) return 0;
    for (int k = 1; k <= most; ++k) {
        if (!foresee(k + 1, after) || !may_pass(gate.drawn, frame, after)) return k - 1;
        std::swap(frame, after);
    }
    return most;
}

// The farthest any point of `b` lies from the same point of `a` (CSS pixels); infinite
// when they list different points.
float farthest_move(const Picture& a, const Picture& b);

}  // namespace limber
