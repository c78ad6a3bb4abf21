#include "scene.h"

#include <algorithm>
#include <cmath>

#include "core/figure.h"
#include "draw.h"

namespace limber {

namespace {

constexpr SDL_Color kBackground{238, 242, 239, 255};
constexpr SDL_Color kMat{201, 183, 156, 255};
constexpr SDL_Color kFloor{214, 222, 217, 255};
constexpr SDL_Color kBody{59, 110, 116, 255};
constexpr SDL_Color kLimbFar{79, 132, 138, 255};
constexpr SDL_Color kHead{232, 196, 168, 255};
constexpr SDL_Color kTrack{214, 223, 219, 255};
constexpr SDL_Color kWork{59, 110, 116, 255};
constexpr SDL_Color kLeadIn{201, 139, 79, 255};
constexpr SDL_Color kBreath{143, 185, 168, 200};

constexpr float kTau = 6.2831853f;

struct Camera {
    float scale, origin_x, ground_y;
    Vec2 operator()(Vec2 p) const { return {origin_x + p.x * scale, ground_y - p.y * scale}; }
};

void draw_figure(Painter& paint, const Camera& v, const Figure& f) {
    const float limb = 0.034f * v.scale;
    paint.rect({v.origin_x - 0.32f * v.scale, v.ground_y, 0.64f * v.scale, 0.025f * v.scale}, kMat);
    for (int side : {kLeft, kRight}) {
        paint.capsule(v(f.hip[side]), v(f.knee[side]), limb * 1.25f, kLimbFar);
        paint.capsule(v(f.knee[side]), v(f.foot[side]), limb * 1.05f, kLimbFar);
        paint.capsule(v(f.foot[side]), v({f.foot[side].x * 1.5f, 0.012f}), limb * 0.6f, kLimbFar);
    }
    // The neck goes first so the shoulders overlap its base.
    paint.capsule(v(f.neck), v(f.head), limb * 0.75f, kHead);
    paint.hull({{v(f.shoulder[kLeft]), limb * 1.15f},
                {v(f.shoulder[kRight]), limb * 1.15f},
                {v(f.chest), limb * 1.9f},
                {v(f.hip[kLeft]), limb * 1.35f},
                {v(f.hip[kRight]), limb * 1.35f}},
               kBody);
    for (int side : {kLeft, kRight}) {
        paint.capsule(v(f.shoulder[side]), v(f.elbow[side]), limb, kBody);
        paint.capsule(v(f.elbow[side]), v(f.hand[side]), limb * 0.85f, kBody);
        paint.disc(v(f.hand[side]), limb * 0.9f, kHead);
    }
    paint.disc(v(f.head), f.head_radius * v.scale, kHead);
}

void draw_hud(Painter& paint, const SDL_FRect& hud, const State& s) {
    const Vec2 c{hud.x + hud.w / 2, hud.y + hud.h / 2};
    const float r = std::min(hud.w, hud.h) * 0.36f;
    const float thick = std::max(4.f, r * 0.12f);
    paint.arc(c, r, thick, 0, kTau, kTrack);
    if (!s.in_routine || s.phase == Phase::Done) return;
    const SDL_Color accent = s.phase == Phase::Work ? kWork : kLeadIn;
    paint.arc(c, r, thick, 0, kTau * static_cast<float>(std::clamp(s.segment_progress, 0.0, 1.0)), accent);
    // The breath disc grows through the in-breath and shrinks through the out-breath.
    double fill = 0.35;
    if (s.breath == BreathPhase::In) fill = 0.35 + 0.5 * (0.5 - 0.5 * std::cos(M_PI * s.breath_progress));
    if (s.breath == BreathPhase::Out) fill = 0.85 - 0.5 * (0.5 - 0.5 * std::cos(M_PI * s.breath_progress));
    paint.disc(c, (r - thick) * static_cast<float>(fill), kBreath);
}

}  // namespace

Layout layout_for(int width, int height) {
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    if (w >= h) {
        const float hud_w = std::min(w * 0.34f, h);
        return {{0, 0, w - hud_w, h}, {w - hud_w, 0, hud_w, h}};
    }
    const float hud_h = std::min(h * 0.34f, w);
    return {{0, 0, w, h - hud_h}, {0, h - hud_h, w, hud_h}};
}

void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state) {
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, kBackground.r, kBackground.g, kBackground.b, 255);
    SDL_RenderClear(renderer);
    Painter paint(renderer);
    const SDL_FRect& fig = layout.figure;
    const float floor_y = fig.y + fig.h * 0.88f;
    paint.rect({0, floor_y, static_cast<float>(std::max(layout.figure.x + fig.w, layout.hud.x + layout.hud.w)), fig.y + fig.h - floor_y}, kFloor);
    const Camera view{fig.h * 0.8f, fig.x + fig.w / 2, fig.y + fig.h * 0.9f};
    draw_figure(paint, view, pose_for(state));
    draw_hud(paint, layout.hud, state);
}

}  // namespace limber
