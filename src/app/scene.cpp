#include "scene.h"

#include <algorithm>

#include "core/keyframes.h"
#include "core/reflection.h"
#include "figure_draw.h"
#include "hud.h"

namespace limber {

namespace {

// One camera per exercise and side, fitting every key pose and the neutral stance,
// so the figure does not jump or drift as it moves between them.
Camera camera_for(const SDL_FRect& fig, const ExerciseKeys* keys, const Shown& shown) {
    const View view = shown.view;
    const bool flipped = shown.flipped;
    float lo = -0.3f, hi = 0.3f, top = 1.05f;
    auto fit = [&](const Pose& pose, const Support& support) {
        const Body b = build_body(pose, support);
        for (Vec3 p : {b.head, b.pelvis, b.fingers[0], b.fingers[1], b.toe[0], b.toe[1], b.heel[0], b.heel[1], b.elbow[0],
                       b.elbow[1], b.knee[0], b.knee[1]}) {
            const Vec2 s = project(p, view, flipped).p;
            lo = std::min(lo, s.x - 0.07f);
            hi = std::max(hi, s.x + 0.07f);
            top = std::max(top, s.y + 0.08f);
        }
    };
    if (keys) {
        fit(keys->start, keys->support);
        for (const Pose& p : keys->in) fit(p, keys->support);
        for (const Pose& p : keys->out) fit(p, keys->support);
    }
    const float scale = std::min(fig.h * 0.8f / top, fig.w * 0.88f / (hi - lo));
    return {scale, fig.x + fig.w / 2 - (lo + hi) / 2 * scale, fig.y + fig.h * 0.9f, view, flipped};
}

}  // namespace

Layout layout_for(int width, int height) {
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    if (w >= h) {
        const float hud_w = std::min(w * 0.34f, h);
        return {{0, 0, w - hud_w, h}, {w - hud_w, 0, hud_w, h}};
    }
    // Upright (a phone): the dial goes in a band under the figure, which gets the rest.
    const float hud_h = std::min(h * 0.28f, w);
    return {{0, 0, w, h - hud_h}, {0, h - hud_h, w, hud_h}};
}

void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                const Palette& palette) {
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer);
    Painter paint(renderer, palette);
    const SDL_FRect& fig = layout.figure;
    const float floor_y = fig.y + fig.h * 0.9f;
    paint.rect({0, floor_y, std::max(fig.x + fig.w, layout.hud.x + layout.hud.w), fig.y + fig.h - floor_y}, palette.floor);

    const Exercise* e = state.exercise >= 0 ? &session.catalog().exercises[static_cast<size_t>(state.exercise)] : nullptr;
    const ExerciseKeys* keys = e ? session.poses().find(e->id) : nullptr;
    const Shown shown = shown_for(e ? e->view : View::Front, state.side);
    const ExerciseKeys sided = keys ? shown_keys(*keys, state.side, shown) : ExerciseKeys{};
    const Camera cam = camera_for(fig, keys ? &sided : nullptr, shown);
    const Posed drawn = shown_pose(state.posed, shown);
    const Body body = build_body(drawn.pose, drawn.support);
    if (e) draw_props_behind(paint, mat.get(renderer), cam, *e, keys ? &sided : nullptr, body);
    draw_figure(paint, cam, body, shown.working_arm);
    if (e) draw_props_front(paint, cam, *e, keys ? &sided : nullptr, body);
    draw_hud(paint, layout.hud, state);
    // While switching sides the dial shows the new side's start, as the get-ready does.
    if (keys && (state.phase == Phase::Ready || state.phase == Phase::Rest || state.phase == Phase::Switch))
        draw_next_up(paint, layout.hud, build_body(sided.start, sided.support), shown);
}

}  // namespace limber
