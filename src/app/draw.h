// Filled shapes with soft edges, drawn as triangles with SDL_RenderGeometry. A one-pixel
// rim fading to transparent gives anti-aliased-looking edges on both the GL and the
// software renderer, neither of which multisamples here. Shapes queue up in order and go
// to the renderer as one call, before anything drawn directly and when the painter ends:
// one draw call per frame instead of one per shape.
#pragma once

#include <SDL2/SDL.h>

#include <cstddef>
#include <initializer_list>
#include <vector>

#include "core/skeleton.h"
#include "palette.h"

namespace limber {

struct Disc {
    Vec2 center;  // pixels
    float radius;
};

// What a painter fills, kept by its owner from frame to frame so that a frame allocates
// nothing once the buffers have grown to a frame's size; and what the last frame sent.
struct PaintBuffers {
    std::vector<SDL_Vertex> vertices;
    std::vector<int> indices;
    std::vector<Vec2> points;  // of the shape being filled
    std::vector<Vec2> scratch;
    std::vector<Vec2> line;  // of the line being stroked
    int draw_calls = 0;      // since the painter began: geometry sent to the renderer
    int vertices_sent = 0;
    int indices_sent = 0;
};

// Shapes as a painter queued them, to be painted again unchanged without working them out anew.
struct PaintedShapes {
    std::vector<SDL_Vertex> vertices;
    std::vector<int> indices;  // into `vertices`
};

// Where a painter's queue stood: what is queued after it can be kept as PaintedShapes.
struct PaintMark {
    size_t vertices, indices;
    int draw_calls;
};

class Painter {
public:
    Painter(SDL_Renderer* r, const Palette& palette, PaintBuffers& buffers) : renderer_(r), palette_(palette), buf_(buffers) {
        buf_.draw_calls = buf_.vertices_sent = buf_.indices_sent = 0;
    }
    ~Painter() { flush(); }
    Painter(const Painter&) = delete;
    Painter& operator=(const Painter&) = delete;

    // The convex hull of the discs, filled: a disc, a capsule (limb), a rounded torso.
    void hull(const Disc* discs, size_t count, SDL_Color color);
    void hull(std::initializer_list<Disc> discs, SDL_Color color) { hull(discs.begin(), discs.size(), color); }
    void disc(Vec2 center, float radius, SDL_Color color) { hull({{center, radius}}, color); }
    void capsule(Vec2 a, Vec2 b, float radius, SDL_Color color) { hull({{a, radius}, {b, radius}}, color); }
    // The same, inside a shape already painted in a near colour: without the fading rim, a
    // third of the triangles, as its edge meets no background.
    void inner_hull(const Disc* discs, size_t count, SDL_Color color);
    // The convex hull of the points (pixels), filled: a face of a solid seen in perspective.
    void convex(const Vec2* points, size_t count, SDL_Color color);
    void convex(const std::vector<Vec2>& points, SDL_Color color) { convex(points.data(), points.size(), color); }
    // A texture stretched over a quad (pixels, in order around it), tinted by `color`;
    // false when the renderer refuses it. Queued shapes are drawn first.
    bool textured(SDL_Texture* texture, const Vec2 (&corners)[4], SDL_Color color);
    // A line of the given half-width through the points (pixels), round at its ends and
    // where it turns sharply, joined smoothly elsewhere; `closed` joins the last point to
    // the first. Four vertices a point: a guide's path costs a tenth of its segments drawn
    // as limbs.
    void stroke(const Vec2* points, size_t count, bool closed, float half_width, SDL_Color color);
    // A thick arc from angle a0 to a1 (radians, clockwise from 12 o'clock).
    void arc(Vec2 center, float radius, float thickness, float a0, float a1, SDL_Color color);
    void rect(SDL_FRect r, SDL_Color color);
    PaintMark mark() const { return {buf_.vertices.size(), buf_.indices.size(), buf_.draw_calls}; }
    // What was queued since `from`, into `out`; false if the queue went to the renderer in between.
    bool keep_since(const PaintMark& from, PaintedShapes& out) const;
    void repaint(const PaintedShapes& shapes);
    // The colours of everything this painter draws.
    const Palette& palette() const { return palette_; }
    // For drawing directly (textures): the shapes queued so far are drawn first.
    SDL_Renderer* renderer() {
        flush();
        return renderer_;
    }

private:
    void flush();
    void outline(const Disc* discs, size_t count);  // the hull's points, into buf_.points
    void hull_of_points();                          // buf_.points replaced by their hull, in order
    void fill_convex(const Vec2* hull, size_t n, SDL_Color color, bool rim = true);
    void stroke_run(size_t start, size_t count, bool closed, float half_width, SDL_Color color);

    SDL_Renderer* renderer_;
    const Palette& palette_;
    PaintBuffers& buf_;
};

}  // namespace limber
