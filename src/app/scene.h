// Draws one frame of the player: the figure with its props, and the dial (countdown
// ring, breath disc, rep and set pips, next up). Text lives in the page, not on the canvas.
#pragma once

#include <SDL2/SDL.h>

#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "core/props.h"
#include "core/redraw.h"
#include "core/reflection.h"
#include "core/session.h"
#include "figure_draw.h"
#include "palette.h"
#include "props.h"

namespace limber {

struct Layout {
    SDL_FRect figure;  // pixels
    SDL_FRect hud;
};

Layout layout_for(int width, int height);
// What drawing an exercise needs that stays the same while it plays: its keys on the side
// shown, the camera fitted to them, the floor line and the props placed from them. Made
// once per exercise, side and box, not every frame: fitting the camera builds a body for
// every key pose.
struct Stage {
    const PoseLibrary* poses = nullptr;
    const Exercise* exercise = nullptr;
    Side side = Side::None;
    SDL_FRect fig{};
    Shown shown;
    ExerciseKeys sided;
    bool has_keys = false;
    // The exercise's camera, fitted to its key poses. A seated or floor exercise's get-ready
    // starts from standing, taller than its key poses, so there `standing` is the same view
    // fitted to the stance too, and camera_now moves between the two as the figure gets
    // down or up. Framed from the hips up, `standing` is the whole figure's view, for a
    // get-ready that starts from the floor.
    Camera cam;
    Camera standing;
    float highest_key_pelvis = 0, standing_pelvis = 0;  // heights, body units
    bool upper_body = false;                            // fitted from the hips up: the floor is below the picture
    float lowest_key_head = 0, framed_hips = 0;         // heights, body units, when framed so
    Body neutral;                                       // standing at ease, where the floor is placed from
    std::vector<Solid> props;
    std::vector<GuideTrack> guide_tracks;  // from `sided`, made once with it
    // The dial's next-up picture of the start pose, painted when a frame first shows it in
    // `next_hud` in `next_palette`'s colours and painted again unchanged after that: it is
    // a whole second figure, as costly to work out as the one that moves.
    bool has_next_up = false;
    SDL_FRect next_hud{};
    const Palette* next_palette = nullptr;
    PaintedShapes next_up;
};

// The stage for `e` on `side` in `fig`: the one kept, or made anew when any of them changed.
const Stage& stage_for(Stage& kept, const SDL_FRect& fig, const PoseLibrary& poses, const Exercise* e, Side side);

// The camera for `body` on the stage: the stage's own, widened toward `standing` as far
// as the body has risen from the highest its key poses lift the hips toward standing.
Camera camera_now(const Stage& stage, const Body& body);

// The figure in `posed` (as the session poses it for the stage's side) with the exercise's
// props and the floor under them (drawn from the canvas's left edge to `floor_right`): the
// one drawing path of the player and of the exercise stills the page shows. Without an
// exercise the figure stands alone. `breath` is the half being breathed (None outside
// one): the motion guide points the way the body goes in it.
void draw_exercise_figure(Painter& paint, SDL_Texture* mat, const Stage& stage, float floor_right, const Posed& posed,
                          BreathPhase breath);
// Draws `state` as it is, its pose included; exercises and their keyframes come from
// the session that made it. The mat's texture belongs to the renderer it was made on.
// `buffers` hold the frame's shapes, kept by the caller so that frames reuse them.
void draw_scene(SDL_Renderer* renderer, const Layout& layout, const State& state, const Session& session, MatTexture& mat,
                Stage& stage, const Palette& palette, PaintBuffers& buffers);

// What a frame of `state` would show that moves or changes in steps (core/redraw.h), its
// points in CSS pixels, `css_per_pixel` of them to a drawing-buffer pixel: the figure's
// joints, the props and where the body touches them, the guides' dots, the dial's ring
// step and its breath disc's edge. Everything else draw_scene draws follows from these and the marks.
void picture_of(const Layout& layout, const State& state, const Session& session, Stage& stage, float css_per_pixel,
                Picture& out);

// How many display frames, `interval_ms` apart after the one at `now_ms` showing `now`,
// frame_due would surely let pass, up to `most`: each is foreseen from the session, and
// one that shows another exercise, side or screen, or in which `same_words(state)` says
// the page's words changed, ends the count.
template <typename SameWords>
int quiet_frames(const Layout& layout, const Session& session, Stage& stage, float css_per_pixel, const RedrawGate& gate,
                 const State& now, double now_ms, double interval_ms, int most, SameWords same_words) {
    return frames_let_pass(gate, most, [&](int k, Picture& out) {
        const State later = session.state(now_ms + k * interval_ms);
        if (later.screen != now.screen || later.exercise != now.exercise || later.side != now.side || !same_words(later))
            return false;
        picture_of(layout, later, session, stage, css_per_pixel, out);
        return true;
    });
}

}  // namespace limber
