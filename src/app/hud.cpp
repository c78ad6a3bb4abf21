#include "hud.h"

#include <algorithm>
#include <cmath>

#include "core/reflection.h"
#include "figure_draw.h"
#include "palette.h"

namespace limber {

namespace {

constexpr float kTau = 6.2831853f;

struct Dial {
    Vec2 centre;
    float radius, thickness;
};

Dial dial(const SDL_FRect& hud) {
    const float r = std::min(hud.w, hud.h) * 0.33f;
    return {{hud.x + hud.w / 2, hud.y + hud.h * 0.45f}, r, std::max(4.f, r * 0.12f)};
}

// One pip per rep (or set): done, current, to come. Many reps shrink the pips to fit.
void pips(Painter& paint, Vec2 centre, float width, float size, int count, int current) {
    if (count <= 1) return;
    const float step = std::min(size * 3.f, width / static_cast<float>(count));
    const float r = std::min(size, step * 0.36f);
    const float x0 = centre.x - step * static_cast<float>(count - 1) / 2;
    for (int i = 0; i < count; ++i) {
        const Vec2 at{x0 + step * static_cast<float>(i), centre.y};
        const int n = i + 1;
        paint.disc(at, r, n < current ? paint.palette().work : n == current ? paint.palette().lead_in : paint.palette().track);
    }
}

// The breath disc grows through the in-breath and shrinks through the out-breath.
float breath_radius(const Dial& d, const State& s) {
    const double grow = 0.5 - 0.5 * std::cos(M_PI * s.breath_progress);
    double fill = 0.35;
    if (s.breath == BreathPhase::In) fill = 0.35 + 0.5 * grow;
    if (s.breath == BreathPhase::Out) fill = 0.85 - 0.5 * grow;
    return (d.radius - d.thickness) * static_cast<float>(fill);
}

double whole_seconds_left(const State& s) { return std::ceil(std::max(0.0, s.segment_remaining_ms) / 1000); }

}  // namespace

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s) {
    const Dial d = dial(hud);
    paint.arc(d.centre, d.radius, d.thickness, 0, kTau, paint.palette().track);
    if (!s.in_routine || s.phase == Phase::Done) return;
    const SDL_Color accent = s.phase == Phase::Work ? paint.palette().work : paint.palette().lead_in;
    paint.arc(d.centre, d.radius, d.thickness, 0, kTau * ring_fill(s), accent);
    const float below = d.centre.y + d.radius + d.thickness * 2.2f;
    const float pip = std::max(3.f, d.thickness * 0.5f);
    pips(paint, {d.centre.x, below}, hud.w * 0.8f, pip, s.reps, s.phase == Phase::Work ? s.rep : 0);
    pips(paint, {d.centre.x, below + pip * 3.5f}, hud.w * 0.5f, pip * 0.7f, s.sets, s.set);
    if (s.phase != Phase::Work) return;
    paint.disc(d.centre, breath_radius(d, s), paint.palette().breath);
}

// A ring that swept smoothly would move its end farther than the redraw gate lets pass
// in one display frame (core/redraw.h) through every get-ready and short hold: round a
// laptop's dial a 5 s get-ready sweeps 1.6 CSS pixels a display frame, so each would be drawn.
float ring_fill(const State& s) {
    const double seconds = std::ceil(s.segment_ms / 1000);
    if (seconds <= 0) return 0;
    return static_cast<float>(std::clamp((seconds - whole_seconds_left(s)) / seconds, 0.0, 1.0));
}

void dial_picture(const SDL_FRect& hud, const State& s, Picture& out) {
    if (!s.in_routine || s.phase == Phase::Done) return;
    out.marks.push_back(static_cast<int>(whole_seconds_left(s)));
    if (s.phase != Phase::Work) return;
    const Dial d = dial(hud);
    out.points.push_back({d.centre.x + breath_radius(d, s), d.centre.y});
}

Camera next_up_camera(const SDL_FRect& hud, const Body& start, const Shown& shown) {
    const Dial d = dial(hud);
    std::vector<Vec3> points;
    add_outline_points(start, points);
    const float side = (d.radius - d.thickness) * 1.3f;
    const SDL_FRect box{d.centre.x - side / 2, d.centre.y - side / 2, side, side};
    return fit_camera(shown.camera, centre_of(points), points, box, 0.12f, 0.12f);
}

void draw_next_up(Painter& paint, const SDL_FRect& hud, const Body& start, const Shown& shown, const Camera& cam) {
    const Dial d = dial(hud);
    paint.disc(d.centre, (d.radius - d.thickness) * 0.92f, paint.palette().inset);
    draw_figure(paint, cam, start, shown);
}

}  // namespace limber
