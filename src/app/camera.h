// The perspective camera the figure and its props are drawn through: an eye at the
// exercise's yaw, pitch and distance around a target, looking at it, with the picture
// fitted into a box of the canvas.
#pragma once

#include <SDL2/SDL.h>

#include <glm/glm.hpp>
#include <vector>

#include "core/skeleton.h"

namespace limber {

struct Camera {
    glm::mat4 view{1};        // world (body units) to eye space
    glm::mat4 projection{1};  // eye space to clip space
    glm::mat4 clip{1};        // projection * view: one product per projected point
    Vec2 centre;              // pixels where the line of sight meets the canvas
    float pixels_per_ndc = 1;
    float scale = 1;  // pixels per body unit at the target

    Vec2 operator()(Vec3 p) const;
    // Larger is nearer the viewer (minus the distance along the line of sight).
    float depth(Vec3 p) const;
    // A length of `body_units` at `p`, across the line of sight, in pixels: nearer is bigger.
    float radius(Vec3 p, float body_units) const;
};

// Sees `target` from `angle`, scaled and placed so that every point of `fit` lies in
// `box` (pixels), centred across it, the lowest point `floor_margin` of the box's
// height above its bottom and the highest below its top by `top_margin`.
Camera fit_camera(const CameraAngle& angle, Vec3 target, const std::vector<Vec3>& fit, const SDL_FRect& box, float floor_margin,
                  float top_margin);

// The middle of the points' bounding box: what the camera looks at.
Vec3 centre_of(const std::vector<Vec3>& points);

}  // namespace limber
