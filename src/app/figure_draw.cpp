#include "figure_draw.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "palette.h"

namespace limber {

namespace {

struct Part {
    float depth;
    std::function<void()> draw;
};

struct Tones {
    SDL_Color lit, shadow;
};

// The light is fixed above and to the left of the viewer, so every exercise is lit
// alike whichever way its camera looks.
constexpr Vec2 kToLight{-0.55f, -0.835f};  // on screen, y down

Vec3 plus(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
Vec3 minus(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
Vec3 times(Vec3 a, double k) { return {a.x * k, a.y * k, a.z * k}; }
Vec3 cross(Vec3 a, Vec3 b) { return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; }
Vec3 unit(Vec3 a) {
    const double n = std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z);
    return n > 1e-9 ? times(a, 1 / n) : Vec3{};
}

// A rounded solid through 3D points with their thickness (body units): the whole shape
// in the shadow tone, then a smaller copy shifted toward the light in the lit tone, so
// the side away from the light keeps a dark edge.
void shaded(Painter& paint, const Camera& cam, std::initializer_list<std::pair<Vec3, float>> points, Tones tones) {
    std::vector<Disc> outer, inner;
    for (const auto& [p, r] : points) outer.push_back({cam(p), cam.radius(p, r)});
    // Shift across the shape's length only, so that its ends stay where they are.
    Vec2 axis{outer.back().center.x - outer.front().center.x, outer.back().center.y - outer.front().center.y};
    const float len = std::hypot(axis.x, axis.y);
    Vec2 shift = kToLight;
    if (outer.size() == 2 && len > 1e-3f) {
        axis = {axis.x / len, axis.y / len};
        const float along = shift.x * axis.x + shift.y * axis.y;
        shift = {shift.x - along * axis.x, shift.y - along * axis.y};
    }
    for (const Disc& d : outer)
        inner.push_back({{d.center.x + shift.x * d.radius * 0.24f, d.center.y + shift.y * d.radius * 0.24f}, d.radius * 0.7f});
    paint.hull(outer, tones.shadow);
    paint.hull(inner, tones.lit);
}

void segment(Painter& paint, const Camera& cam, Vec3 a, float ra, Vec3 b, float rb, Tones tones) {
    shaded(paint, cam, {{a, ra}, {b, rb}}, tones);
}

Tones sleeve(const Palette& c, bool far, bool working) {
    if (working) return {far ? c.working_far : c.working, c.working_shadow};
    return {far ? c.shirt_far : c.shirt, c.shirt_shadow};
}
Tones skin(const Palette& c, bool far) { return {far ? c.skin_far : c.skin, c.skin_shadow}; }
Tones trousers(const Palette& c, bool far) { return {far ? c.trousers_far : c.trousers, c.trousers_shadow}; }

// Several rounded solids that make one surface: every shadow tone first, then every lit
// tone, so that no piece's dark edge shows across another where they overlap.
using Piece = std::vector<std::pair<Vec3, float>>;
void shaded_pieces(Painter& paint, const Camera& cam, const std::vector<Piece>& pieces, Tones tones) {
    std::vector<std::vector<Disc>> outer;
    for (const Piece& piece : pieces) {
        outer.emplace_back();
        for (const auto& [p, r] : piece) outer.back().push_back({cam(p), cam.radius(p, r)});
    }
    for (const auto& discs : outer) paint.hull(discs, tones.shadow);
    for (const auto& discs : outer) {
        std::vector<Disc> inner;
        for (const Disc& d : discs)
            inner.push_back(
                {{d.center.x + kToLight.x * d.radius * 0.24f, d.center.y + kToLight.y * d.radius * 0.24f}, d.radius * 0.7f});
        paint.hull(inner, tones.lit);
    }
}

void draw_torso(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    segment(paint, cam, b.spine[2], 0.026f, b.neck, 0.026f, skin(c, false));
    // Rounded boxes, one per spine segment: as wide as the hips at the waist and the
    // shoulders at the chest, thin from front to back, so that it narrows as it turns
    // side-on; a back that sags, rounds or bends sideways shows that curve, which one
    // hull around the whole trunk would fill in.
    const Vec3 hips = times(unit(minus(b.hip[kRight], b.hip[kLeft])), 0.085);
    const Vec3 chest = times(unit(minus(b.shoulder[kRight], b.shoulder[kLeft])), 0.1);
    const Vec3 middle = times(plus(hips, chest), 0.5);
    const Vec3 waist = between(b.pelvis, b.spine[0], 0.55);
    shaded_pieces(paint, cam,
                  {{{plus(waist, hips), 0.055f},
                    {minus(waist, hips), 0.055f},
                    {plus(b.spine[0], middle), 0.058f},
                    {minus(b.spine[0], middle), 0.058f},
                    {b.spine[0], 0.07f}},
                   {{plus(b.spine[0], middle), 0.058f},
                    {minus(b.spine[0], middle), 0.058f},
                    {b.spine[0], 0.07f},
                    {plus(b.spine[1], chest), 0.06f},
                    {minus(b.spine[1], chest), 0.06f},
                    {b.spine[1], 0.078f}},
                   {{plus(b.spine[1], chest), 0.06f},
                    {minus(b.spine[1], chest), 0.06f},
                    {b.spine[1], 0.078f},
                    {b.spine[2], 0.06f},
                    {b.shoulder[kLeft], 0.045f},
                    {b.shoulder[kRight], 0.045f}}},
                  {c.shirt, c.shirt_shadow});
    // Seen from behind, the shoulder blades show through the shirt.
    if (cam.depth(b.scapula[kLeft]) > cam.depth(b.spine[1]) + 0.03f)
        for (int s : {kLeft, kRight})
            paint.hull({{cam(b.scapula[s]), cam.radius(b.scapula[s], 0.026f)},
                        {cam(between(b.scapula[s], b.spine[1], -0.5)), cam.radius(b.scapula[s], 0.018f)}},
                       c.blade);
}

// The pelvis: a block as wide as the hip joints, reaching up to the waist, with a
// waistband where the shirt begins, so that it reads as hips from any side.
void draw_pelvis(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    const Vec3 waist = between(b.pelvis, b.spine[0], 0.55);
    shaded(paint, cam, {{b.hip[kLeft], 0.062f}, {b.hip[kRight], 0.062f}, {b.pelvis, 0.07f}, {waist, 0.07f}}, trousers(c, false));
    const Vec3 band = between(b.pelvis, b.spine[0], 0.45);
    const Vec3 side = times(minus(b.hip[kRight], b.hip[kLeft]), 0.5);
    paint.hull({{cam(plus(band, times(side, -1))), cam.radius(band, 0.012f)},
                {cam(plus(band, side)), cam.radius(band, 0.012f)},
                {cam(band), cam.radius(band, 0.014f)}},
               c.shoe);
}

void draw_head(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    const float r = static_cast<float>(Bones::head_radius);
    const Vec3 forward = unit(minus(b.face, b.head));
    const Vec3 up = unit(minus(b.head, b.neck));
    const Vec3 side = unit(cross(forward, up));
    // Hair over the back and top of the skull, the face's skin forward of it.
    const Vec3 crown = plus(b.head, plus(times(forward, -0.2 * r), times(up, 0.12 * r)));
    const Vec3 face = plus(b.head, plus(times(forward, 0.1 * r), times(up, -0.06 * r)));
    const bool facing_away = cam.depth(b.face) < cam.depth(b.head) - 0.3f * r;
    if (facing_away) {
        shaded(paint, cam, {{b.head, r}}, {c.hair, c.hair_shadow});
        return;
    }
    shaded(paint, cam, {{crown, r}}, {c.hair, c.hair_shadow});
    shaded(paint, cam, {{face, 0.9f * r}}, skin(c, false));
    // Eyes and a nose on the front of the head, where the camera can see them: which way
    // the figure looks reads at a glance.
    auto visible = [&](Vec3 p) { return cam.depth(p) > cam.depth(b.head) + 0.1f * r; };
    for (double s : {-1.0, 1.0}) {
        const Vec3 eye = plus(b.head, plus(times(forward, 0.82 * r), plus(times(up, 0.16 * r), times(side, 0.36 * s * r))));
        if (visible(eye)) paint.disc(cam(eye), cam.radius(eye, 0.11f * r), c.eye);
    }
    const Vec3 nose = plus(b.head, plus(times(forward, 1.02 * r), times(up, -0.12 * r)));
    if (cam.depth(nose) > cam.depth(b.head) - 0.5f * r) paint.disc(cam(nose), cam.radius(nose, 0.17f * r), c.skin_shadow);
}

void draw_upper_arm(Painter& paint, const Camera& cam, const Body& b, int s, bool far, bool working) {
    segment(paint, cam, b.shoulder[s], 0.036f, b.elbow[s], 0.028f, sleeve(paint.palette(), far, working));
}

void draw_forearm(Painter& paint, const Camera& cam, const Body& b, int s, bool far, bool working) {
    const Vec3 cuff = between(b.elbow[s], b.wrist[s], 0.55);
    segment(paint, cam, b.elbow[s], 0.028f, cuff, 0.024f, sleeve(paint.palette(), far, working));
    shaded(paint, cam, {{cuff, 0.022f}, {b.wrist[s], 0.019f}}, skin(paint.palette(), far));
    segment(paint, cam, b.wrist[s], 0.02f, b.fingers[s], 0.015f, skin(paint.palette(), far));
}

void draw_thigh(Painter& paint, const Camera& cam, const Body& b, int s, bool far) {
    segment(paint, cam, b.hip[s], 0.055f, b.knee[s], 0.039f, trousers(paint.palette(), far));
}

void draw_shin(Painter& paint, const Camera& cam, const Body& b, int s, bool far) {
    const Palette& c = paint.palette();
    segment(paint, cam, b.knee[s], 0.039f, b.ankle[s], 0.029f, trousers(c, far));
    shaded(paint, cam, {{b.heel[s], 0.017f}, {b.ankle[s], 0.025f}, {b.toe[s], 0.015f}}, {c.shoe, c.shoe_shadow});
}

float mean_depth(const Camera& cam, std::initializer_list<Vec3> points) {
    float sum = 0;
    for (Vec3 p : points) sum += cam.depth(p);
    return sum / static_cast<float>(points.size());
}

}  // namespace

void add_outline_points(const Body& b, std::vector<Vec3>& out) {
    const double r = Bones::head_radius;
    out.push_back(plus(b.head, {0, 1.3 * r, 0}));
    out.push_back(plus(b.head, {1.3 * r, 0, 0}));
    out.push_back(plus(b.head, {-1.3 * r, 0, 0}));
    out.push_back(b.pelvis);
    for (int s : {kLeft, kRight})
        for (Vec3 p : {b.fingers[s], b.wrist[s], b.elbow[s], b.shoulder[s], b.hip[s], b.knee[s], b.toe[s], b.heel[s]})
            out.push_back(p);
}

void draw_motion_guide(Painter& paint, const Camera& cam, const std::vector<Vec3>& path, Vec3 now) {
    if (path.size() < 4) return;
    const Palette& c = paint.palette();
    // A small loop (a shoulder's roll) is drawn enlarged about its middle, so its shape and
    // way read at a glance; the dot keeps its place on the enlarged loop.
    constexpr double kLeastReach = 0.07;  // body units from the loop's middle to its farthest point
    Vec3 middle;
    for (Vec3 p : path) middle = plus(middle, times(p, 1.0 / static_cast<double>(path.size())));
    double reach = 0;
    for (Vec3 p : path) reach = std::max(reach, distance(p, middle));
    const double grow = reach > 1e-6 ? std::max(1.0, kLeastReach / reach) : 1.0;
    auto place = [&](Vec3 p) { return cam(plus(middle, times(minus(p, middle), grow))); };
    std::vector<Vec2> screen;
    screen.reserve(path.size());
    for (Vec3 p : path) screen.push_back(place(p));
    // Thin enough to stay out of the figure's way, never thinner than a pixel's edge.
    const float width = std::max(1.2f, cam.scale * 0.005f);
    for (size_t i = 0; i < screen.size(); ++i) paint.capsule(screen[i], screen[(i + 1) % screen.size()], width, c.guide);
    const float head = std::max(7.f, cam.scale * 0.03f);
    const size_t n = screen.size(), half = n / 2;
    auto arrow = [&](Vec2 from, Vec2 to, Vec2 at) {
        Vec2 dir{to.x - from.x, to.y - from.y};
        const float len = std::hypot(dir.x, dir.y);
        if (len < 0.5f) return;  // the point barely moves here: no way to show
        dir = {dir.x / len, dir.y / len};
        const Vec2 across{-dir.y, dir.x};
        const Vec2 tip{at.x + dir.x * head * 0.6f, at.y + dir.y * head * 0.6f};
        const Vec2 back{at.x - dir.x * head * 0.4f, at.y - dir.y * head * 0.4f};
        paint.hull({{tip, 0.8f},
                    {{back.x + across.x * head * 0.45f, back.y + across.y * head * 0.45f}, 0.8f},
                    {{back.x - across.x * head * 0.45f, back.y - across.y * head * 0.45f}, 0.8f}},
                   c.guide_now);
    };
    // Halfway through each breath half; but where the out-breath retraces the in-breath
    // (a turn there and back) those places coincide, so the arrowheads go at the two ends.
    const Vec2 a = screen[half / 2], b = screen[half + half / 2];
    if (std::hypot(a.x - b.x, a.y - b.y) > head) {
        arrow(screen[half / 2 - 1], screen[half / 2 + 1], a);
        arrow(screen[half + half / 2 - 1], screen[(half + half / 2 + 1) % n], b);
    } else {
        arrow(screen[half - 1], screen[half], screen[half]);
        arrow(screen[n - 1], screen[0], screen[0]);
    }
    paint.disc(place(now), std::max(3.f, cam.scale * 0.012f), c.guide_now);
}

void draw_figure(Painter& paint, const Camera& cam, const Body& b, int working_arm) {
    const float torso = cam.depth(b.spine[1]);
    // Limbs beside the torso go over its edges; those behind it are well behind.
    constexpr float kBeside = 0.03f;
    std::vector<Part> parts;
    parts.reserve(12);
    for (int s : {kLeft, kRight}) {
        const bool working = s == working_arm;
        const bool far = (cam.depth(b.shoulder[s]) + cam.depth(b.elbow[s])) / 2 + kBeside < torso;
        const bool far_leg = (cam.depth(b.hip[s]) + cam.depth(b.knee[s])) / 2 + kBeside < torso;
        parts.push_back({mean_depth(cam, {b.shoulder[s], b.elbow[s]}) + kBeside,
                         [&, s, far, working] { draw_upper_arm(paint, cam, b, s, far, working); }});
        parts.push_back({mean_depth(cam, {b.elbow[s], b.wrist[s]}) + kBeside,
                         [&, s, far, working] { draw_forearm(paint, cam, b, s, far, working); }});
        parts.push_back({mean_depth(cam, {b.hip[s], b.knee[s]}) + kBeside - 0.001f,
                         [&, s, far_leg] { draw_thigh(paint, cam, b, s, far_leg); }});
        parts.push_back({mean_depth(cam, {b.knee[s], b.ankle[s]}) + kBeside - 0.001f,
                         [&, s, far_leg] { draw_shin(paint, cam, b, s, far_leg); }});
    }
    // The shirt hangs over the waistband: the pelvis goes under the torso even where it is
    // nearer, as in a side bend, so its top never shows through the trunk.
    parts.push_back({std::min(cam.depth(b.pelvis), torso - 0.0005f), [&] { draw_pelvis(paint, cam, b); }});
    parts.push_back({torso, [&] { draw_torso(paint, cam, b); }});
    parts.push_back({std::max(cam.depth(b.head), torso + 0.0005f), [&] { draw_head(paint, cam, b); }});
    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& c) { return a.depth < c.depth; });
    for (const Part& p : parts) p.draw();
}

}  // namespace limber
