#include "draw.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr float kTau = 6.2831853f;
constexpr float kFeather = 1.0f;  // pixels of edge fade

float cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// Andrew's monotone chain; returns the hull counter-clockwise (in y-down pixels: clockwise on screen).
void convex_hull(std::vector<Vec2>& pts, std::vector<Vec2>& out) {
    std::sort(pts.begin(), pts.end(), [](Vec2 a, Vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    out.assign(2 * pts.size(), {});
    size_t k = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(out[k - 2], out[k - 1], pts[i]) <= 0) --k;
        out[k++] = pts[i];
    }
    for (size_t i = pts.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(out[k - 2], out[k - 1], pts[i]) <= 0) --k;
        out[k++] = pts[i];
    }
    out.resize(k > 1 ? k - 1 : k);
}

SDL_Vertex vertex(Vec2 p, SDL_Color c) { return SDL_Vertex{{p.x, p.y}, c, {0, 0}}; }

// Sides for a circle: small ones get twelve; large ones as many as keep the outline within
// kCircleSag of the true circle, which the dial's ring and breath disc meet with half the
// sides a count growing with the radius would give them.
constexpr float kCircleSag = 0.35f;  // pixels

int segments_for(float radius) {
    const float keeping_round = kTau / 2 / std::acos(1 - kCircleSag / std::max(radius, kCircleSag));
    return std::clamp(static_cast<int>(std::ceil(std::min(radius * 0.8f, keeping_round))), 12, 64);
}

// The disc's outline, its points in order around it. Each point is the last one turned
// by the step: two trig calls per disc, not two per point.
void circle(const Disc& d, std::vector<Vec2>& out) {
    const int n = segments_for(d.radius);
    const float step = kTau / static_cast<float>(n);
    const float c = std::cos(step), s = std::sin(step);
    float x = d.radius, y = 0;
    for (int i = 0; i < n; ++i) {
        out.push_back({d.center.x + x, d.center.y + y});
        const float turned = x * c - y * s;
        y = x * s + y * c;
        x = turned;
    }
}

// The points of an arc of the disc from angle a0 to a1 (radians, a1 > a0), both ends
// included, spaced as the disc's whole outline would be.
void arc_points(const Disc& d, float a0, float a1, std::vector<Vec2>& out) {
    const int n = std::max(1, static_cast<int>(std::ceil((a1 - a0) * static_cast<float>(segments_for(d.radius)) / kTau)));
    const float step = (a1 - a0) / static_cast<float>(n);
    const float c = std::cos(step), s = std::sin(step);
    float x = d.radius * std::cos(a0), y = d.radius * std::sin(a0);
    for (int i = 0; i <= n; ++i) {
        out.push_back({d.center.x + x, d.center.y + y});
        const float turned = x * c - y * s;
        y = x * s + y * c;
        x = turned;
    }
}

// The hull of two discs, a limb, straight from its two outer tangents: the far side of
// each disc between the points where the tangents touch it, already in order around it.
// False when one disc holds the other, whose outline is then the hull.
bool capsule_outline(const Disc& a, const Disc& b, std::vector<Vec2>& out) {
    const float dx = b.center.x - a.center.x, dy = b.center.y - a.center.y;
    const float d = std::hypot(dx, dy);
    if (d <= std::abs(a.radius - b.radius) + 1e-3f) return false;
    const float toward = std::atan2(dy, dx);
    const float touch = std::acos((a.radius - b.radius) / d);  // from `toward`, where the tangents touch
    arc_points(a, toward + touch, toward + kTau - touch, out);
    arc_points(b, toward - touch, toward + touch, out);
    return true;
}

}  // namespace

// One disc, or two joined by their tangents, is its own hull, its points already in order.
void Painter::outline(const Disc* discs, size_t count) {
    buf_.points.clear();
    if (count == 2 && capsule_outline(discs[0], discs[1], buf_.points)) return;
    for (size_t i = 0; i < count; ++i) circle(discs[i], buf_.points);
    if (count > 1) hull_of_points();
}

void Painter::hull_of_points() {
    if (buf_.points.empty()) return;
    convex_hull(buf_.points, buf_.scratch);
    buf_.points.swap(buf_.scratch);
}

void Painter::hull(const Disc* discs, size_t count, SDL_Color color) {
    outline(discs, count);
    fill_convex(buf_.points.data(), buf_.points.size(), color);
}

void Painter::inner_hull(const Disc* discs, size_t count, SDL_Color color) {
    outline(discs, count);
    fill_convex(buf_.points.data(), buf_.points.size(), color, false);
}

void Painter::convex(const Vec2* points, size_t count, SDL_Color color) {
    buf_.points.assign(points, points + count);
    hull_of_points();
    fill_convex(buf_.points.data(), buf_.points.size(), color);
}

bool Painter::textured(SDL_Texture* texture, const Vec2 (&corners)[4], SDL_Color color) {
    flush();
    const float uv[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    SDL_Vertex v[4];
    for (int i = 0; i < 4; ++i) v[i] = SDL_Vertex{{corners[i].x, corners[i].y}, color, {uv[i][0], uv[i][1]}};
    const int quad[6] = {0, 1, 2, 0, 2, 3};
    if (SDL_RenderGeometry(renderer_, texture, v, 4, quad, 6) != 0) return false;
    ++buf_.draw_calls;
    buf_.vertices_sent += 4;
    buf_.indices_sent += 6;
    return true;
}

void Painter::fill_convex(const Vec2* hull, size_t n, SDL_Color color, bool rim) {
    if (n < 3) return;
    Vec2 centroid{0, 0};
    for (size_t i = 0; i < n; ++i) {
        const Vec2 p = hull[i];
        centroid = {centroid.x + p.x / static_cast<float>(n), centroid.y + p.y / static_cast<float>(n)};
    }

    const int base = static_cast<int>(buf_.vertices.size());
    buf_.vertices.push_back(vertex(centroid, color));
    if (!rim) {
        for (size_t i = 0; i < n; ++i) buf_.vertices.push_back(vertex(hull[i], color));
        const size_t first = buf_.indices.size();
        buf_.indices.resize(first + 3 * n);
        int* out = buf_.indices.data() + first;
        for (size_t i = 0; i < n; ++i) {
            const int triangle[3] = {base, base + 1 + static_cast<int>(i), base + 1 + static_cast<int>((i + 1) % n)};
            std::copy(triangle, triangle + 3, out + 3 * i);
        }
        return;
    }
    SDL_Color clear = color;
    clear.a = 0;
    for (size_t i = 0; i < n; ++i) {
        // Pull the solid edge in by half the feather and push the clear rim out by half.
        const Vec2 p = hull[i];
        const float dx = p.x - centroid.x, dy = p.y - centroid.y;
        const float len = std::max(1e-3f, std::hypot(dx, dy));
        const float ux = dx / len * kFeather * 0.5f, uy = dy / len * kFeather * 0.5f;
        buf_.vertices.push_back(vertex({p.x - ux, p.y - uy}, color));
        buf_.vertices.push_back(vertex({p.x + ux, p.y + uy}, clear));
    }
    // Written in place: a frame fills tens of thousands of indices.
    const size_t first = buf_.indices.size();
    buf_.indices.resize(first + 9 * n);
    int* out = buf_.indices.data() + first;
    for (size_t i = 0; i < n; ++i) {
        const int inner = base + 1 + 2 * static_cast<int>(i), outer = inner + 1;
        const int next_inner = base + 1 + 2 * static_cast<int>((i + 1) % n), next_outer = next_inner + 1;
        const int triangles[9] = {base, inner, next_inner, inner, outer, next_outer, inner, next_outer, next_inner};
        std::copy(triangles, triangles + 9, out + 9 * i);
    }
}

void Painter::arc(Vec2 center, float radius, float thickness, float a0, float a1, SDL_Color color) {
    if (a1 <= a0) return;
    SDL_Color clear = color;
    clear.a = 0;
    const int n = std::max(2, static_cast<int>(segments_for(radius) * (a1 - a0) / kTau) + 1);
    const float radii[4] = {radius - thickness / 2 - kFeather / 2, radius - thickness / 2 + kFeather / 2,
                            radius + thickness / 2 - kFeather / 2, radius + thickness / 2 + kFeather / 2};
    const int base = static_cast<int>(buf_.vertices.size());
    for (int i = 0; i <= n; ++i) {
        const float a = a0 + (a1 - a0) * static_cast<float>(i) / static_cast<float>(n);
        const float s = std::sin(a), c = -std::cos(a);
        for (int k = 0; k < 4; ++k)
            buf_.vertices.push_back(
                vertex({center.x + radii[k] * s, center.y + radii[k] * c}, (k == 0 || k == 3) ? clear : color));
    }
    for (int i = 0; i < n; ++i) {
        for (int k = 0; k < 3; ++k) {
            const int a = base + 4 * i + k, b = a + 4;
            buf_.indices.insert(buf_.indices.end(), {a, a + 1, b, a + 1, b + 1, b});
        }
    }
}

// How far (pixels) a point of a stroked line may lie from the chord between its
// neighbours and be left out.
constexpr float kStraightEnough = 0.2f;

// How far `p` lies from the chord from `a` to `b`.
float off_chord(Vec2 a, Vec2 b, Vec2 p) {
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    if (len < 1e-3f) return std::hypot(p.x - a.x, p.y - a.y);
    return std::abs((p.x - a.x) * dy - (p.y - a.y) * dx) / len;
}

// Where the line turns by more than this (cosine of the turn), a mitred join would grow
// long and thin: the line breaks there and a disc rounds the corner.
constexpr float kSmoothTurn = 0.7f;

void Painter::stroke(const Vec2* points, size_t count, bool closed, float half_width, SDL_Color color) {
    std::vector<Vec2>& line = buf_.line;
    line.clear();
    for (size_t i = 0; i < count; ++i) {
        const Vec2 p = points[i];
        if (!line.empty() && std::hypot(p.x - line.back().x, p.y - line.back().y) <= 1e-3f) continue;
        // A point this close to the chord past it adds triangles, not shape.
        if (line.size() >= 2 && off_chord(line[line.size() - 2], p, line.back()) < kStraightEnough) line.back() = p;
        else line.push_back(p);
    }
    if (closed && line.size() > 1 && std::hypot(line[0].x - line.back().x, line[0].y - line.back().y) <= 1e-3f) line.pop_back();
    const size_t n = line.size();
    if (n < 2) {
        if (n == 1) disc(line[0], half_width, color);
        return;
    }
    closed = closed && n > 2;
    auto sharp = [&](size_t i) {  // the line turns sharply at line[i]
        const Vec2 a = line[(i + n - 1) % n], b = line[i], c = line[(i + 1) % n];
        const float ux = b.x - a.x, uy = b.y - a.y, vx = c.x - b.x, vy = c.y - b.y;
        return ux * vx + uy * vy < kSmoothTurn * std::hypot(ux, uy) * std::hypot(vx, vy);
    };
    // The line in runs from one sharp corner (or end) to the next, each corner rounded by a disc.
    size_t from = closed ? n : 0;  // n: no corner met yet
    size_t first_corner = n;
    for (size_t i = closed ? 0 : 1; i < (closed ? n : n - 1); ++i) {
        if (!sharp(i)) continue;
        if (from < n) stroke_run(from, i - from + 1, false, half_width, color);
        if (first_corner == n) first_corner = i;
        from = i;
    }
    if (!closed) {
        stroke_run(from, n - from, false, half_width, color);
        disc(line[0], half_width, color);
        disc(line[n - 1], half_width, color);
    } else if (first_corner == n) {
        stroke_run(0, n, true, half_width, color);
    } else {
        stroke_run(from, (first_corner + n - from) % n + 1 + (from == first_corner ? n : 0), false, half_width, color);
    }
    for (size_t i = closed ? 0 : 1; i < (closed ? n : n - 1); ++i)
        if (sharp(i)) disc(line[i], half_width, color);
}

// One smooth run of the line, `count` points from line[start] on (round the line's end when
// closed): at each point the line's two edges and their fading rims, offset along the mitre
// of its neighbouring segments.
void Painter::stroke_run(size_t start, size_t count, bool closed, float half_width, SDL_Color color) {
    const std::vector<Vec2>& line = buf_.line;
    const size_t size = line.size();
    auto at = [&](size_t i) { return line[(start + i) % size]; };
    auto normal = [&](size_t a, size_t b) {
        const Vec2 p = at(a), q = at(b);
        const float dx = q.x - p.x, dy = q.y - p.y, len = std::hypot(dx, dy);
        return Vec2{-dy / len, dx / len};
    };
    SDL_Color clear = color;
    clear.a = 0;
    const float offsets[4] = {-half_width - kFeather / 2, -half_width + kFeather / 2, half_width - kFeather / 2,
                              half_width + kFeather / 2};
    const int base = static_cast<int>(buf_.vertices.size());
    for (size_t i = 0; i < count; ++i) {
        const bool has_before = closed || i > 0, has_after = closed || i + 1 < count;
        const Vec2 before = has_before ? normal((i + count - 1) % count, i) : normal(i, i + 1);
        const Vec2 after = has_after ? normal(i, (i + 1) % count) : before;
        Vec2 m{before.x + after.x, before.y + after.y};
        const float len = std::hypot(m.x, m.y);
        m = {m.x / len, m.y / len};
        // The mitre is longer than the half-width by the secant of half the turn.
        const float stretch = 1.0f / (m.x * after.x + m.y * after.y);
        const Vec2 p = at(i);
        for (int k = 0; k < 4; ++k)
            buf_.vertices.push_back(
                vertex({p.x + m.x * offsets[k] * stretch, p.y + m.y * offsets[k] * stretch}, (k == 0 || k == 3) ? clear : color));
    }
    const size_t steps = closed ? count : count - 1;
    for (size_t i = 0; i < steps; ++i) {
        const int a0 = base + 4 * static_cast<int>(i), b0 = base + 4 * static_cast<int>((i + 1) % count);
        for (int k = 0; k < 3; ++k) {
            const int a = a0 + k, b = b0 + k;
            buf_.indices.insert(buf_.indices.end(), {a, a + 1, b, a + 1, b + 1, b});
        }
    }
}

void Painter::rect(SDL_FRect r, SDL_Color color) {
    const int base = static_cast<int>(buf_.vertices.size());
    for (Vec2 p : {Vec2{r.x, r.y}, Vec2{r.x + r.w, r.y}, Vec2{r.x + r.w, r.y + r.h}, Vec2{r.x, r.y + r.h}})
        buf_.vertices.push_back(vertex(p, color));
    buf_.indices.insert(buf_.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

bool Painter::keep_since(const PaintMark& from, PaintedShapes& out) const {
    if (buf_.draw_calls != from.draw_calls) return false;
    const int base = static_cast<int>(from.vertices);
    out.vertices.assign(buf_.vertices.begin() + static_cast<std::ptrdiff_t>(from.vertices), buf_.vertices.end());
    out.indices.clear();
    for (size_t i = from.indices; i < buf_.indices.size(); ++i) out.indices.push_back(buf_.indices[i] - base);
    return true;
}

void Painter::repaint(const PaintedShapes& shapes) {
    const int base = static_cast<int>(buf_.vertices.size());
    buf_.vertices.insert(buf_.vertices.end(), shapes.vertices.begin(), shapes.vertices.end());
    const size_t at = buf_.indices.size();
    buf_.indices.resize(at + shapes.indices.size());
    std::transform(shapes.indices.begin(), shapes.indices.end(), buf_.indices.begin() + static_cast<std::ptrdiff_t>(at),
                   [base](int i) { return base + i; });
}

void Painter::flush() {
    if (buf_.indices.empty()) return;
    SDL_RenderGeometry(renderer_, nullptr, buf_.vertices.data(), static_cast<int>(buf_.vertices.size()), buf_.indices.data(),
                       static_cast<int>(buf_.indices.size()));
    ++buf_.draw_calls;
    buf_.vertices_sent += static_cast<int>(buf_.vertices.size());
    buf_.indices_sent += static_cast<int>(buf_.indices.size());
    buf_.vertices.clear();
    buf_.indices.clear();
}

}  // namespace limber
