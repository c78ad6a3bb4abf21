#include "figure_draw.h"

#include <algorithm>
#include <functional>
#include <vector>

#include "palette.h"

namespace limber {

namespace {

struct Part {
    float depth;
    std::function<void()> draw;
};

void chain(Painter& paint, const Camera& cam, std::initializer_list<std::pair<Vec3, float>> points, SDL_Color c) {
    const auto* prev = points.begin();
    for (auto it = points.begin() + 1; it != points.end(); prev = it++)
        paint.hull({{cam(prev->first), prev->second * cam.scale}, {cam(it->first), it->second * cam.scale}}, c);
}

void draw_arm(Painter& paint, const Camera& cam, const Body& b, int s, bool far, bool working) {
    const Palette& c = paint.palette();
    const SDL_Color sleeve = working ? (far ? c.working_far : c.working) : far ? c.shirt_far : c.shirt;
    chain(paint, cam, {{b.shoulder[s], 0.034f}, {b.elbow[s], 0.027f}, {b.wrist[s], 0.022f}}, sleeve);
    chain(paint, cam, {{between(b.elbow[s], b.wrist[s], 0.55), 0.023f}, {b.wrist[s], 0.02f}, {b.fingers[s], 0.016f}},
          far ? paint.palette().skin_far : paint.palette().skin);
}

void draw_leg(Painter& paint, const Camera& cam, const Body& b, int s, bool far) {
    chain(paint, cam, {{b.hip[s], 0.052f}, {b.knee[s], 0.038f}, {b.ankle[s], 0.029f}},
          far ? paint.palette().trousers_far : paint.palette().trousers);
    paint.hull({{cam(b.heel[s]), 0.016f * cam.scale}, {cam(b.ankle[s]), 0.024f * cam.scale}, {cam(b.toe[s]), 0.014f * cam.scale}},
               paint.palette().shoe);
}

void draw_torso(Painter& paint, const Camera& cam, const Body& b) {
    chain(paint, cam, {{b.spine[2], 0.026f}, {b.neck, 0.026f}}, paint.palette().skin);
    if (cam.view == View::Side) {
        chain(paint, cam, {{b.pelvis, 0.068f}, {b.spine[0], 0.06f}}, paint.palette().trousers);
        chain(paint, cam,
              {{between(b.pelvis, b.spine[0], 0.6), 0.06f}, {b.spine[0], 0.06f}, {b.spine[1], 0.068f}, {b.spine[2], 0.058f}},
              paint.palette().shirt);
        return;
    }
    const float k = cam.scale;
    paint.hull({{cam(b.hip[kLeft]), 0.058f * k}, {cam(b.hip[kRight]), 0.058f * k}, {cam(b.pelvis), 0.07f * k}},
               paint.palette().trousers);
    paint.hull(
        {{cam(between(b.pelvis, b.spine[0], 0.6)), 0.072f * k}, {cam(b.spine[0]), 0.075f * k}, {cam(b.spine[1]), 0.085f * k}},
        paint.palette().shirt);
    paint.hull({{cam(b.spine[1]), 0.085f * k},
                {cam(b.spine[2]), 0.06f * k},
                {cam(b.shoulder[kLeft]), 0.042f * k},
                {cam(b.shoulder[kRight]), 0.042f * k}},
               paint.palette().shirt);
    // From behind, the shoulder blades show through the shirt.
    if (cam.view == View::Back && cam.depth(b.scapula[kLeft]) > cam.depth(b.spine[1]))
        for (int s : {kLeft, kRight})
            paint.hull({{cam(b.scapula[s]), 0.026f * k}, {cam(between(b.scapula[s], b.spine[1], -0.5)), 0.018f * k}},
                       paint.palette().blade);
}

void draw_head(Painter& paint, const Camera& cam, const Body& b) {
    const float r = static_cast<float>(Bones::head_radius) * cam.scale;
    const Vec2 c = cam(b.head), f = cam(b.face);
    const Vec2 toward{(f.x - c.x) / r, (f.y - c.y) / r};  // the face's direction on screen, shortened when it turns
    const Vec3 top = between(b.head, b.neck, -0.35);
    const Vec2 up{(cam(top).x - c.x) / r, (cam(top).y - c.y) / r};
    if (cam.depth(b.face) < cam.depth(b.head) - 0.3f * static_cast<float>(Bones::head_radius)) {
        paint.disc(c, r, paint.palette().hair);  // turned away: the back of the head
        return;
    }
    paint.disc({c.x - toward.x * 0.22f * r + up.x * 0.12f * r, c.y - toward.y * 0.22f * r + up.y * 0.12f * r}, r,
               paint.palette().hair);
    paint.disc({c.x + toward.x * 0.1f * r - up.x * 0.06f * r, c.y + toward.y * 0.1f * r - up.y * 0.06f * r}, r * 0.9f,
               paint.palette().skin);
}

}  // namespace

void draw_figure(Painter& paint, const Camera& cam, const Body& b, int working_arm) {
    const float torso = cam.depth(b.spine[1]);
    // In front and back views the limbs hang beside the torso, so they go over its edges.
    const float lift = cam.view == View::Side ? 0 : 0.03f;
    std::vector<Part> parts;
    for (int s : {kLeft, kRight}) {
        const float arm = (cam.depth(b.shoulder[s]) + cam.depth(b.elbow[s]) + cam.depth(b.wrist[s])) / 3 + lift;
        const float leg = (cam.depth(b.hip[s]) + cam.depth(b.knee[s])) / 2 + lift;
        parts.push_back({arm, [&, s, arm] { draw_arm(paint, cam, b, s, arm < torso, s == working_arm); }});
        parts.push_back({leg - 0.001f, [&, s, leg] { draw_leg(paint, cam, b, s, leg < torso); }});
    }
    parts.push_back({torso, [&] { draw_torso(paint, cam, b); }});
    parts.push_back({torso + 0.0005f, [&] { draw_head(paint, cam, b); }});
    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& c) { return a.depth < c.depth; });
    for (const Part& p : parts) p.draw();
}

}  // namespace limber
