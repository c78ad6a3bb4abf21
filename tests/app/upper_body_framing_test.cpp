// An exercise whose work is all in the shoulders can frame the figure from the hips up: a
// whole standing figure drew the shoulders' loop a few pixels across ("the orange
// shoulder is tiny", outside judges). Framed so, the work is drawn larger, the head stays in
// the picture and the floor, out of it, is not painted across the figure's hips.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "../core/test_catalog.h"
#include "app/palette.h"
#include "app/scene.h"
#include "canvas.h"
#include "core/keyframes.h"
#include "core/session.h"

using namespace limber;
using test::apart;

namespace {

constexpr SDL_FRect kBox{0, 0, 600, 400};

std::vector<const Exercise*> framed_upper_body(const Catalog& catalog) {
    std::vector<const Exercise*> out;
    for (const Exercise& e : catalog.exercises)
        if (e.camera.framing == Framing::UpperBody) out.push_back(&e);
    REQUIRE(!out.empty());
    return out;
}

Exercise framed_whole(const Exercise& e) {
    Exercise whole = e;
    whole.camera.framing = Framing::Whole;
    return whole;
}

std::vector<Body> key_bodies(const Stage& stage) {
    std::vector<Body> out{build_body(stage.sided.start, stage.sided.support)};
    for (const std::vector<Pose>* keys : {&stage.sided.in, &stage.sided.out})
        for (const Pose& p : *keys) out.push_back(build_body(p, stage.sided.support));
    return out;
}

// The widest the key poses carry either shoulder across the picture, in pixels.
float shoulder_travel(const Stage& stage) {
    float most = 0;
    const std::vector<Body> bodies = key_bodies(stage);
    for (int s : {kLeft, kRight})
        for (const Body& a : bodies)
            for (const Body& b : bodies) {
                const Vec2 p = stage.cam(a.shoulder[s]), q = stage.cam(b.shoulder[s]);
                most = std::max(most, std::hypot(p.x - q.x, p.y - q.y));
            }
    return most;
}

// The picture's lowest row, at its left edge, in the floor's colour rather than the background's.
bool floor_painted(const Stage& stage) {
    test::Canvas canvas(static_cast<int>(kBox.w), static_cast<int>(kBox.h));
    const Posed posed{stage.sided.start, stage.sided.support};
    canvas.paint([&](Painter& paint) {
        paint.rect(kBox, paint.palette().background);
        draw_exercise_figure(paint, nullptr, stage, kBox.w, posed, BreathPhase::None);
    });
    const SDL_Color corner = canvas.pixel({1, kBox.h - 1});
    const Palette& p = palette(false);
    return apart(corner, p.floor) < apart(corner, p.background);
}

}  // namespace

TEST_CASE("camera: an exercise framed from the hips up fills the picture with them, head in, no floor across the hips") {
    const Session session(test::shipped_catalog());
    for (const Exercise* e : framed_upper_body(session.catalog())) {
        CAPTURE(e->id);
        Stage kept, kept_whole;
        const Stage& stage = stage_for(kept, kBox, session.poses(), e, Side::Left);
        const Exercise whole = framed_whole(*e);
        const Stage& stage_whole = stage_for(kept_whole, kBox, session.poses(), &whole, Side::Left);

        const double hips = build_body(stage.sided.start, stage.sided.support).pelvis.y;
        float top = 1e9f, bottom = -1e9f;
        for (const Body& b : key_bodies(stage)) {
            std::vector<Vec3> outline;
            add_outline_points(b, outline);
            for (Vec3 q : outline) {
                top = std::min(top, stage.cam(q).y);
                if (q.y >= hips) bottom = std::max(bottom, stage.cam(q).y);
            }
        }
        MESSAGE(e->id << ": hips to head span " << (bottom - top) / kBox.h << " of the picture's height");
        CHECK(top >= 0.09f * kBox.h);
        CHECK(bottom <= kBox.h + 1);
        CHECK(bottom - top > 0.85f * kBox.h);

        const float near = shoulder_travel(stage), far = shoulder_travel(stage_whole);
        MESSAGE(e->id << ": the shoulders travel " << near << " pixels framed from the hips up, " << far << " framed whole");
        CHECK(near > 1.6f * far);

        CHECK_FALSE(floor_painted(stage));
        CHECK(floor_painted(stage_whole));
    }
}

TEST_CASE("camera: framed from the hips up, a get-ready that starts on the floor sees the whole figure until it stands") {
    const Session session(test::shipped_catalog());
    const PoseLibrary& poses = session.poses();
    for (const Exercise* e : framed_upper_body(session.catalog())) {
        CAPTURE(e->id);
        Stage kept;
        const Stage& stage = stage_for(kept, kBox, poses, e, Side::Left);
        // The get-ready after cobra, lying face down: up through standing at ease into the start.
        State s;
        s.in_routine = true;
        s.phase = Phase::Ready;
        s.exercise_id = e->id;
        s.previous_exercise_id = "cobra";
        s.previous_same_place = false;
        float lowest_zoom = 1e9f, highest_zoom = 0;
        for (int i = 0; i <= 40; ++i) {
            s.segment_progress = i / 40.0;
            CAPTURE(s.segment_progress);
            const Posed posed = pose_at(poses, s);
            const Body b = build_body(posed.pose, posed.support);
            const Camera cam = camera_now(stage, b);
            lowest_zoom = std::min(lowest_zoom, cam.pixels_per_ndc);
            highest_zoom = std::max(highest_zoom, cam.pixels_per_ndc);
            CHECK(cam(b.head).y > 0);
            CHECK(cam(b.head).y < kBox.h);
        }
        CHECK(lowest_zoom == doctest::Approx(stage.standing.pixels_per_ndc));
        CHECK(highest_zoom == doctest::Approx(stage.cam.pixels_per_ndc));
    }
}
