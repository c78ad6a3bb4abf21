#include "scene.h"

#include <algorithm>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "core/reflection.h"
#include "figure_draw.h"
#include "hud.h"

namespace limber {

namespace {

// One camera per exercise and side, fitting every key pose and the neutral stance,
// so the figure does not jump or drift as it moves between them.
Camera camera_for(const SDL_FRect& fig, const ExerciseKeys* keys, const Shown& shown, const Pose& neutral) {
    std::vector<Vec3> points;
    add_outline_points(build_body(neutral), points);
    if (keys) {
        add_outline_points(build_body(keys->start, keys->support), points);
        for (const Pose& p : keys->in) add_outline_points(build_body(p, keys->support), points);
        for (const Pose& p : keys->out) add_outline_points(build_body(p, keys->support), points);
    }
    const SDL_FRect box{fig.x + fig.w * 0.06f, fig.y, fig.w * 0.88f, fig.h};
    return fit_camera(shown.camera, centre_of(points), points, box, 0.1f, 0.1f);
}

// The floor: from a line on it a little beyond the figure down to the canvas's foot,
// so the figure stands on it whichever way the camera looks.
float floor_top(const Camera& cam, const SDL_FRect& fig, const Shown& shown, const Body& neutral) {
    const Vec3 toward = toward_camera(shown.camera);
    const Vec3 beyond{neutral.pelvis.x - toward.x * 0.6, 0, neutral.pelvis.z - toward.z * 0.6};
    return std::clamp(cam(beyond).y, fig.y + fig.h * 0.35f, fig.y + fig.h * 0.95f);
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

void draw_exercise_figure(Painter& paint, SDL_Texture* mat, const SDL_FRect& fig, float floor_right, const PoseLibrary& poses,
                          const Exercise* e, Side side, const Posed& posed) {
    const ExerciseKeys* keys = e ? poses.find(e->id) : nullptr;
    const Shown shown = shown_for(e ? e->camera : CameraAngle{}, side);
    const ExerciseKeys sided = keys ? shown_keys(*keys, side, shown) : ExerciseKeys{};
    const Camera cam = camera_for(fig, keys ? &sided : nullptr, shown, poses.neutral);
    const float floor_y = floor_top(cam, fig, shown, build_body(poses.neutral));
    // One row past the box: from a fractional top, SDL's software rasteriser leaves the last row open.
    paint.rect({0, floor_y, floor_right, fig.y + fig.h + 1 - floor_y}, paint.palette().floor);

    const Posed drawn = shown_pose(posed, shown);
    const Body body = build_body(drawn.pose, drawn.support);
    if (e) draw_props_behind(paint, mat, cam, *e, keys ? &sided : nullptr, body);
    draw_figure(paint, cam, body, shown.working_arm);
    if (e) draw_props_front(paint, cam, *e, keys ? &sided : nullptr, body);
    // The guide's path was sampled when the keys loaded: drawing it costs a projection per point.
    Vec3 now;
    if (!sided.guide_path.empty() && body_point(body, sided.guide, now)) draw_motion_guide(paint, cam, sided.guide_path, now);
}

void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                const Palette& palette) {
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer);
    Painter paint(renderer, palette);
    const Exercise* e = state.exercise >= 0 ? &session.catalog().exercises[static_cast<size_t>(state.exercise)] : nullptr;
    draw_exercise_figure(paint, e ? mat.get(renderer) : nullptr, layout.figure,
                         std::max(layout.figure.x + layout.figure.w, layout.hud.x + layout.hud.w), session.poses(), e, state.side,
                         state.posed);
    draw_hud(paint, layout.hud, state);
    // While switching sides the dial shows the new side's start, as the get-ready does.
    const ExerciseKeys* keys = e ? session.poses().find(e->id) : nullptr;
    if (keys && (state.phase == Phase::Ready || state.phase == Phase::Rest || state.phase == Phase::Switch)) {
        const Shown shown = shown_for(e->camera, state.side);
        const ExerciseKeys sided = shown_keys(*keys, state.side, shown);
        draw_next_up(paint, layout.hud, build_body(sided.start, sided.support), shown);
    }
}

}  // namespace limber
