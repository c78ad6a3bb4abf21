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

// From the spine to past the back of the ribs (0.095 where drawn): a guide farther from the
// eye than this passes behind the trunk, not beside it.
constexpr float kTrunkHalfDepth = 0.12f;

// The body in each key pose: the start, then the in- and out-breath's keys.
std::vector<Body> key_bodies(const ExerciseKeys& keys) {
    std::vector<Body> out{build_body(keys.start, keys.support)};
    for (const std::vector<Pose>* keys_of_breath : {&keys.in, &keys.out})
        for (const Pose& p : *keys_of_breath) out.push_back(build_body(p, keys.support));
    return out;
}

// The points a camera fits: every key pose and, for a standing exercise, the neutral
// stance, so the figure does not jump or drift as it moves between them. A seated or floor
// exercise fits its key poses alone: with standing at ease in the fit (a third taller than
// sitting, far taller than lying), the figure stayed small all the exercise long,
// and on the floor outsiders could not find the roller under the back or see the back sag.
// While it still stands, camera_now widens the view toward the fit with the stance.
std::vector<Vec3> fit_points(const ExerciseKeys* keys, const std::vector<Body>& bodies, const Body& neutral,
                             const std::vector<Solid>& props, bool off_feet) {
    std::vector<Vec3> points;
    if (!keys || !off_feet) add_outline_points(neutral, points);
    // A door frame is what the lean passes through: the whole of it, header too, stays in the
    // picture (the wall it is set in may run out of it).
    if (keys && keys->surface == "door_frame")
        for (const Solid& s : props)
            if (s.material == Material::Wood)
                for (Vec3 p : solid_points(s)) points.push_back(p);
    for (const Body& b : bodies) add_outline_points(b, points);
    return points;
}

// From the hips up: the points no lower than the start pose's hips. What is cut off still
// draws, past the box's foot.
std::vector<Vec3> above_hips(std::vector<Vec3> points, const Body& start) {
    points.erase(std::remove_if(points.begin(), points.end(), [&](Vec3 p) { return p.y < start.pelvis.y; }), points.end());
    return points;
}

SDL_FRect fit_box(const SDL_FRect& fig) { return {fig.x + fig.w * 0.06f, fig.y, fig.w * 0.88f, fig.h}; }

// The floor: from a line on it a little beyond the figure down to the canvas's foot,
// so the figure stands on it whichever way the camera looks. Framed from the hips up, the
// floor is where it falls, below the picture while the figure stands.
float floor_top(const Camera& cam, const Stage& stage) {
    const Vec3 toward = toward_camera(stage.shown.camera);
    const Vec3 beyond{stage.neutral.pelvis.x - toward.x * 0.6, 0, stage.neutral.pelvis.z - toward.z * 0.6};
    const SDL_FRect& fig = stage.fig;
    return std::clamp(cam(beyond).y, fig.y + fig.h * 0.35f, stage.upper_body ? fig.y + fig.h : fig.y + fig.h * 0.95f);
}

// A part resting on a face turned toward the camera lies in front of that face.
bool resting_in_sight(const Camera& cam, const Contact& c) { return cam.depth(c.from + c.normal * 0.01) > cam.depth(c.from); }

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

bool same_box(const SDL_FRect& a, const SDL_FRect& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }

const Stage& stage_for(Stage& kept, const SDL_FRect& fig, const PoseLibrary& poses, const Exercise* e, Side side) {
    if (kept.poses == &poses && kept.exercise == e && kept.side == side && same_box(kept.fig, fig)) return kept;
    Stage s;
    s.poses = &poses;
    s.exercise = e;
    s.side = side;
    s.fig = fig;
    const ExerciseKeys* keys = e ? poses.find(e->id) : nullptr;
    s.shown = shown_for(e ? e->camera : CameraAngle{}, side);
    s.has_keys = keys != nullptr;
    if (keys) {
        s.sided = shown_keys(*keys, side, s.shown);
        s.shown.working_shoulders = works_the_shoulders(s.sided);
        s.guide_tracks = guide_tracks(s.sided);
    }
    if (e && keys) s.props = props_for(*e, s.sided, s.shown.camera);
    s.neutral = build_body(poses.neutral);
    const bool off_feet = keys && e && place_of(e->position) != Place::Standing;
    const std::vector<Body> bodies = keys ? key_bodies(s.sided) : std::vector<Body>{};
    const std::vector<Vec3> points = fit_points(keys ? &s.sided : nullptr, bodies, s.neutral, s.props, off_feet);
    // Both fits look at the key poses' middle, so they differ only in scale and placing.
    const Vec3 target = centre_of(points);
    s.cam = fit_camera(s.shown.camera, target, points, fit_box(fig), 0.1f, 0.1f);
    s.standing = s.cam;
    s.upper_body = keys && s.shown.camera.framing == Framing::UpperBody;
    if (s.upper_body) {
        const Body& start = bodies.front();
        s.cam = fit_camera(s.shown.camera, target, above_hips(points, start), fit_box(fig), 0, 0.1f);
        s.framed_hips = static_cast<float>(start.pelvis.y);
        double lowest = start.head.y;
        for (const Body& b : bodies) lowest = std::min(lowest, b.head.y);
        s.lowest_key_head = static_cast<float>(lowest);
    }
    if (off_feet) {
        std::vector<Vec3> with_stance = points;
        add_outline_points(s.neutral, with_stance);
        s.standing = fit_camera(s.shown.camera, target, with_stance, fit_box(fig), 0.1f, 0.1f);
        // The highest the key poses lift the hips: the view holds still through the work.
        double highest = bodies.front().pelvis.y;
        for (const Body& b : bodies) highest = std::max(highest, b.pelvis.y);
        s.highest_key_pelvis = static_cast<float>(highest);
        s.standing_pelvis = static_cast<float>(s.neutral.pelvis.y);
    }
    kept = std::move(s);
    return kept;
}

namespace {

// How far toward `standing` the view is widened: framed from the hips up, as far as the head
// has dropped from the lowest the key poses hold it toward the framed hips (getting up from
// the floor); else as far as the pelvis has risen above the highest the key poses lift it.
float widening(const Stage& stage, const Body& body) {
    if (stage.upper_body)
        return std::clamp((stage.lowest_key_head - static_cast<float>(body.head.y)) / (stage.lowest_key_head - stage.framed_hips),
                          0.f, 1.f);
    const float rise = stage.standing_pelvis - stage.highest_key_pelvis;
    if (rise <= 0) return 0;
    return std::clamp((static_cast<float>(body.pelvis.y) - stage.highest_key_pelvis) / rise, 0.f, 1.f);
}

}  // namespace

Camera camera_now(const Stage& stage, const Body& body) {
    const float k = widening(stage, body);
    if (k <= 0) return stage.cam;
    Camera cam = stage.cam;
    cam.pixels_per_ndc += (stage.standing.pixels_per_ndc - cam.pixels_per_ndc) * k;
    cam.centre = {cam.centre.x + (stage.standing.centre.x - cam.centre.x) * k,
                  cam.centre.y + (stage.standing.centre.y - cam.centre.y) * k};
    cam.scale += (stage.standing.scale - cam.scale) * k;
    return cam;
}

void draw_exercise_figure(Painter& paint, SDL_Texture* mat, const Stage& stage, float floor_right, const Posed& posed,
                          BreathPhase breath) {
    const SDL_FRect& fig = stage.fig;
    const Posed drawn = shown_pose(posed, stage.shown);
    const Body body = build_body(drawn.pose, drawn.support);
    const Camera cam = camera_now(stage, body);
    const float floor_y = floor_top(cam, stage);
    // One row past the box: from a fractional top, SDL's software rasteriser leaves the last row open.
    if (floor_y < fig.y + fig.h) paint.rect({0, floor_y, floor_right, fig.y + fig.h + 1 - floor_y}, paint.palette().floor);

    const FrameProps props = stage.exercise ? frame_props(cam, *stage.exercise, stage.props, body) : FrameProps{};
    draw_props(paint, mat, cam, props.behind, props.behind_touches);
    // The guides' paths were sampled and mirrored with the stage: drawing them costs a
    // projection per point. Past the back of the trunk they go under the figure.
    const std::vector<GuideArrow> arrows = guide_arrows(stage.sided, breath);
    const float behind_trunk = cam.depth(body.spine[1]) - kTrunkHalfDepth;
    auto draw_guides = [&](bool under_figure) {
        for (const GuideTrack& track : stage.guide_tracks) {
            Vec3 now;
            if (body_point(body, track.point, now))
                draw_motion_guide(paint, cam, track, posed.grown, arrows, now, {behind_trunk, under_figure});
        }
    };
    draw_guides(true);
    draw_figure(paint, cam, body, stage.shown);
    draw_props(paint, mat, cam, props.front, props.front_touches, true);
    // A forearm on a covering jamb goes over it and over its mark: it rests on the face turned
    // to the camera, or it shows through the see-through jamb whose far face it rests on.
    for (const Contact& c : props.front_touches)
        for (int s : {kLeft, kRight})
            if (c.part == (s == kLeft ? "left_forearm" : "right_forearm") &&
                (resting_in_sight(cam, c) || props.front[c.solid].see_through))
                draw_resting_forearm(paint, cam, body, s, stage.shown.working_arm);
    draw_guides(false);
}

void picture_of(const Layout& layout, const State& state, const Session& session, Stage& stage, float css_per_pixel,
                Picture& out) {
    out.points.clear();
    out.marks.clear();
    const Exercise* e = state.exercise >= 0 ? &session.catalog().exercises[static_cast<size_t>(state.exercise)] : nullptr;
    const bool work = state.phase == Phase::Work;
    // What draw_scene and draw_hud choose between; the layout and theme come as commands.
    out.marks = {state.exercise,
                 static_cast<int>(state.side),
                 state.in_routine,
                 static_cast<int>(state.phase),
                 work ? static_cast<int>(state.breath) : -1,
                 state.reps,
                 work ? state.rep : 0,
                 state.sets,
                 state.set};
    const Stage& st = stage_for(stage, layout.figure, session.poses(), e, state.side);
    const Posed drawn = shown_pose(state.posed, st.shown);
    const Body body = build_body(drawn.pose, drawn.support);
    const Camera cam = camera_now(st, body);
    for (Vec3 p : {body.pelvis, body.spine[0], body.spine[1], body.spine[2], body.neck, body.head, body.face, body.tailbone})
        out.points.push_back(cam(p));
    for (int s : {kLeft, kRight})
        for (Vec3 p : {body.scapula[s], body.shoulder[s], body.elbow[s], body.wrist[s], body.fingers[s], body.hip[s],
                       body.knee[s], body.ankle[s], body.heel[s], body.toe[s]})
            out.points.push_back(cam(p));
    if (e) {
        // The props in the order they are drawn, which side of the figure each is on, and
        // where the body rests on them.
        const FrameProps props = frame_props(cam, *e, st.props, body);
        for (const std::vector<Solid>* list : {&props.behind, &props.front}) {
            out.marks.push_back(static_cast<int>(list->size()));
            for (const Solid& s : *list) {
                out.marks.push_back(static_cast<int>(s.material));
                for (Vec3 p : solid_points(s, 8)) out.points.push_back(cam(p));
            }
        }
        for (const std::vector<Contact>* touches : {&props.behind_touches, &props.front_touches}) {
            out.marks.push_back(static_cast<int>(touches->size()));
            for (const Contact& c : *touches) {
                out.marks.push_back(static_cast<int>(c.solid));
                out.points.push_back(cam(c.from));
                out.points.push_back(cam(c.to));
            }
        }
    }
    // Each guide's dot, where draw_motion_guide puts it on its enlarged path, when it is on it.
    for (const GuideTrack& track : st.guide_tracks) {
        Vec3 now, at;
        const bool dot = body_point(body, track.point, now) && guide_dot(track, state.posed.grown, now, at);
        out.marks.push_back(dot);
        if (dot) out.points.push_back(cam(at));
    }
    dial_picture(layout.hud, state, out);
    for (Vec2& p : out.points) p = {p.x * css_per_pixel, p.y * css_per_pixel};
}

void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                Stage& stage, const Palette& palette, PaintBuffers& buffers) {
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer);
    Painter paint(renderer, palette, buffers);
    const Exercise* e = state.exercise >= 0 ? &session.catalog().exercises[static_cast<size_t>(state.exercise)] : nullptr;
    stage_for(stage, layout.figure, session.poses(), e, state.side);
    draw_exercise_figure(paint, e ? mat.get(renderer) : nullptr, stage,
                         std::max(layout.figure.x + layout.figure.w, layout.hud.x + layout.hud.w), state.posed,
                         state.phase == Phase::Work ? state.breath : BreathPhase::None);
    draw_hud(paint, layout.hud, state);
    // While switching sides the dial shows the new side's start, as the get-ready does.
    if (stage.has_keys && (state.phase == Phase::Ready || state.phase == Phase::Rest || state.phase == Phase::Switch)) {
        if (stage.has_next_up && same_box(stage.next_hud, layout.hud) && stage.next_palette == &palette) {
            paint.repaint(stage.next_up);
        } else {
            const Body start = build_body(stage.sided.start, stage.sided.support);
            const PaintMark from = paint.mark();
            draw_next_up(paint, layout.hud, start, stage.shown, next_up_camera(layout.hud, start, stage.shown));
            stage.has_next_up = paint.keep_since(from, stage.next_up);
            stage.next_hud = layout.hud;
            stage.next_palette = &palette;
        }
    }
}

}  // namespace limber
