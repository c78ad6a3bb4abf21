// Filled shapes with soft edges, drawn as triangles with SDL_RenderGeometry. A one-pixel
// rim fading to transparent gives anti-aliased-looking edges on both the GL and the
// software renderer, neither of which multisamples here. Shapes queue up in order and go
// to the renderer as one call, before anything drawn directly and when the painter ends:
// one draw call per frame instead of one per shape.
#pragma once

#include <SDL2/SDL.h>

#include <vector>

#include "core/skeleton.h"
#include "palette.h"

namespace limber {

struct Disc {
    Vec2 center;  // pixels
    float radius;
};

class Painter {
public:
    Painter(SDL_Renderer* r, const Palette& palette) : renderer_(r), palette_(palette) {}
    ~Painter() { flush(); }
    Painter(const Painter&) = delete;
    Painter& operator=(const Painter&) = delete;

    // The convex hull of the discs, filled: a disc, a capsule (limb), a rounded torso.
    void hull(const std::vector<Disc>& discs, SDL_Color color);
    void disc(Vec2 center, float radius, SDL_Color color) { hull({{center, radius}}, color); }
    void capsule(Vec2 a, Vec2 b, float radius, SDL_Color color) { hull({{a, radius}, {b, radius}}, color); }
    // The convex hull of the points (pixels), filled: a face of a solid seen in perspective.
    void convex(const std::vector<Vec2>& points, SDL_Color color);
    // A texture stretched over a quad (pixels, in order around it), tinted by `color`;
    // false when the renderer refuses it. Queued shapes are drawn first.
    bool textured(SDL_Texture* texture, const Vec2 (&corners)[4], SDL_Color color);
    // A thick arc from angle a0 to a1 (radians, clockwise from 12 o'clock).
    void arc(Vec2 center, float radius, float thickness, float a0, float a1, SDL_Color color);
    void rect(SDL_FRect r, SDL_Color color);
    // The colours of everything this painter draws.
    const Palette& palette() const { return palette_; }
    // For drawing directly (textures): the shapes queued so far are drawn first.
    SDL_Renderer* renderer() {
        flush();
        return renderer_;
    }

private:
    void flush();
    void fill_hull(SDL_Color color);  // of points_

    SDL_Renderer* renderer_;
    const Palette& palette_;
    std::vector<SDL_Vertex> vertices_;
    std::vector<int> indices_;
    std::vector<Vec2> points_;  // reused from shape to shape
    std::vector<Vec2> scratch_;
};

}  // namespace limber
