// Draws the figure from its body points: filled limbs, torso and head, far side
// first, in the player's palette.
#pragma once

#include "core/skeleton.h"
#include "draw.h"

namespace limber {

// Body units to pixels: x from the figure's centre, y up from the floor.
struct Camera {
    float scale, origin_x, ground_y;
    View view;
    bool flipped;  // a side view of the figure's right side
    Vec2 operator()(Vec3 p) const {
        const Vec2 s = project(p, view, flipped).p;
        return {origin_x + s.x * scale, ground_y - s.y * scale};
    }
    float depth(Vec3 p) const { return project(p, view, flipped).depth; }
};

// The working arm (kLeft, kRight; -1 for none) wears the highlight colour, so that the
// side to use is seen at a glance.
void draw_figure(Painter& paint, const Camera& cam, const Body& body, int working_arm = -1);

}  // namespace limber
