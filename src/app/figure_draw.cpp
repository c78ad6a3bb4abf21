#include "figure_draw.h"

#include <algorithm>
#include <cmath>
#include <glm/glm.hpp>
#include <vector>

#include "palette.h"

namespace limber {

namespace {

// A part of the figure, drawn in order of depth.
struct Part {
    enum Kind { UpperArm, Forearm, Hand, Thigh, Shin, Pelvis, Torso, Head, ShoulderCap } kind;
    int side;
    bool far, working;
    float depth;
};

struct Tones {
    SDL_Color lit, shadow;
};

// The light is fixed above and to the left of the viewer, so every exercise is lit
// alike whichever way its camera looks.
constexpr Vec2 kToLight{-0.55f, -0.835f};  // on screen, y down

// A rounded solid through 3D points with their thickness (body units): the whole shape
// in the shadow tone, then a smaller copy shifted toward the light in the lit tone, so
// the side away from the light keeps a dark edge.
void shaded(Painter& paint, const Camera& cam, std::initializer_list<std::pair<Vec3, float>> points, Tones tones) {
    constexpr size_t kMostPoints = 9;  // the torso's
    Disc outer[kMostPoints], inner[kMostPoints];
    const size_t n = std::min(points.size(), kMostPoints);
    size_t i = 0;
    for (const auto& [p, r] : points) {
        if (i == n) break;
        outer[i++] = {cam(p), cam.radius(p, r)};
    }
    // Shift across the shape's length only, so that its ends stay where they are.
    Vec2 axis{outer[n - 1].center.x - outer[0].center.x, outer[n - 1].center.y - outer[0].center.y};
    const float len = std::hypot(axis.x, axis.y);
    Vec2 shift = kToLight;
    if (n == 2 && len > 1e-3f) {
        axis = {axis.x / len, axis.y / len};
        const float along = shift.x * axis.x + shift.y * axis.y;
        shift = {shift.x - along * axis.x, shift.y - along * axis.y};
    }
    for (i = 0; i < n; ++i) {
        const Disc& d = outer[i];
        inner[i] = {{d.center.x + shift.x * d.radius * 0.24f, d.center.y + shift.y * d.radius * 0.24f}, d.radius * 0.7f};
    }
    paint.hull(outer, n, tones.shadow);
    paint.inner_hull(inner, n, tones.lit);
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

// Seen from behind, the shoulder blades show through the shirt as two raised plates on
// the back, each a triangle: its inner edge along the spine, its lower tip pointing down
// and its outer corner toward the shoulder. They come from the skeleton's blade points, so
// a squeeze slides them together and down, and a shrug lifts them.
void draw_shoulder_blades(Painter& paint, const Camera& cam, const Body& b) {
    const Vec3 mid_back = between(b.scapula[kLeft], b.scapula[kRight]);
    if (cam.depth(mid_back) < cam.depth(b.spine[1]) + 0.03f) return;
    const Palette& c = paint.palette();
    const Vec3 up = unit(b.spine[2] - b.spine[1]);
    // Out of the back, where the shirt's surface is: the blade points lie inside the torso.
    const Vec3 back = unit(mid_back - between(b.spine[1], b.spine[2], 0.7));
    const Vec3 surface = back * 0.035;
    for (int s : {kLeft, kRight}) {
        const Vec3 p = b.scapula[s] + surface;
        const Vec3 inward = unit(mid_back - b.scapula[s]);
        const Vec3 top = p + ((up * 0.045) + (inward * 0.012));
        const Vec3 tip = p + ((up * -0.055) + (inward * 0.004));
        const Vec3 outer = between(p, b.shoulder[s] + surface, 0.55) + (up * 0.02);
        shaded(paint, cam, {{top, 0.018f}, {tip, 0.012f}, {outer, 0.018f}}, {c.blade, c.shirt_shadow});
    }
}

SDL_Color mix(SDL_Color a, SDL_Color b, double t) {
    auto m = [t](Uint8 x, Uint8 y) { return static_cast<Uint8>(std::lround(x + (y - x) * t)); };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), 255};
}

// Catmull-Rom through four points, at t in [0, 1] between the middle two.
Vec3 spline(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, double t) {
    const double t2 = t * t, t3 = t2 * t;
    return ((p1 * 2) + ((p2 - p0) * t) + ((p0 * 2) - (p1 * 5) + (p2 * 4) - p3) * t2 + ((p1 * 3) - p0 - (p2 * 3) + p3) * t3) * 0.5;
}

// The trunk's shape along the spine, at s from 0 (the pelvis) through 1, 2, 3 (the spine
// points): where its middle runs, keyed half-widths and front depths between which it
// tapers, and how far its sides have turned from square to the hips to square to the
// shoulders, so a turn of the chest twists the trunk over a pelvis that stays put.
struct TrunkKey {
    double s, half_width, front_depth, to_shoulders;
};
constexpr TrunkKey kTrunkKeys[] = {
    {0.55, 0.1, 0.075, 0}, {1, 0.11, 0.085, 0.25}, {2, 0.125, 0.095, 0.75}, {2.88, 0.15, 0.075, 1}};

TrunkKey trunk_key(double s) {
    size_t i = 1;
    while (i + 1 < std::size(kTrunkKeys) && kTrunkKeys[i].s < s) ++i;
    const TrunkKey &a = kTrunkKeys[i - 1], &b = kTrunkKeys[i];
    const double t = std::clamp((s - a.s) / (b.s - a.s), 0.0, 1.0);
    return {s, a.half_width + (b.half_width - a.half_width) * t, a.front_depth + (b.front_depth - a.front_depth) * t,
            a.to_shoulders + (b.to_shoulders - a.to_shoulders) * t};
}

// The spine as a smooth curve through the pelvis and the three spine points: a back that
// sags, rounds or arches bends all along its length, as a real one does, instead of
// turning at a few corners.
struct SpineCurve {
    Vec3 p[6];  // the pelvis and spine points, with one made-up point past each end
    explicit SpineCurve(const Body& b) {
        p[1] = b.pelvis;
        p[2] = b.spine[0];
        p[3] = b.spine[1];
        p[4] = b.spine[2];
        p[0] = (p[1] * 2) - p[2];
        p[5] = (p[4] * 2) - p[3];
    }
    Vec3 at(double s) const {
        const int i = std::clamp(static_cast<int>(s), 0, 2);
        return spline(p[i], p[i + 1], p[i + 2], p[i + 3], s - i);
    }
};

// How far the shoulder blades have lifted the shoulders along the upper back from where
// they sit at rest (skeleton.cpp puts them 0.03 below the top of the spine), averaged over
// both sides: the top of the trunk rises and sinks with them, so a shrugged or rolled
// shoulder stays on the trunk instead of floating above it.
double shoulder_lift(const Body& b) {
    const Vec3 along = unit(b.spine[2] - b.spine[1]);
    return dot(between(b.shoulder[kLeft], b.shoulder[kRight]) - b.spine[2], along) + 0.03;
}

// The trunk as one bending solid: rings of eight corners (a rounded box's cross-section)
// laid along the spine's curve, joined by four-sided faces. Each face turned to the eye is
// drawn in a tone set by how squarely it faces the light, so the back's curve and a turned
// chest show as bands of light and shade instead of one flat shape. The tones are the
// palette's shirt tones, which the browser tests look for.
void draw_trunk_blocks(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    const Vec3 across_hips = unit(b.hip[kRight] - b.hip[kLeft]);
    const Vec3 across_shoulders = unit(b.shoulder[kRight] - b.shoulder[kLeft]);
    const SpineCurve curve(b);
    const Vec3 upper_back = unit(b.spine[2] - b.spine[1]);
    const double lift = shoulder_lift(b);
    // Enough rings that a back bent by 90 degrees turns by 15 between them.
    constexpr int kRings = 7, kCorners = 8;
    // Around the ring from the front's right edge, across the front, down the left side,
    // across the back and up the right side; x across (+ right), y forward.
    constexpr double kShape[kCorners][2] = {{0.65, 1},  {-0.65, 1}, {-1, 0.4}, {-1, -0.5},
                                            {-0.7, -1}, {0.7, -1},  {1, -0.5}, {1, 0.4}};
    // The back is the body's thickness where props meet it (contacts.cpp: 0.065), so a back
    // resting on a roller or a wall is drawn touching it; the sides and front are the keys'
    // lengths and the shirt's thickness over them.
    constexpr double kBackDepth = 0.065, kShirt = 0.018;
    Vec3 corners[kRings][kCorners];
    // The shirt reaches a little past the end rings' keys: over the waistband and up to
    // the shoulder line.
    const double first = kTrunkKeys[0].s - 0.15, last = 3;
    for (int r = 0; r < kRings; ++r) {
        const double s = first + (last - first) * r / (kRings - 1);
        const TrunkKey key = trunk_key(s);
        // The lift fades in over the upper back, from none at the ribs to all of it at the top.
        const Vec3 middle = curve.at(s) + (upper_back * (lift * std::clamp((s - 2) / (last - 2), 0.0, 1.0)));
        const Vec3 up = curve.at(std::min(s + 0.05, 3.0)) - curve.at(std::max(s - 0.05, 0.0));
        const Vec3 across = (across_hips * (1 - key.to_shoulders)) + (across_shoulders * key.to_shoulders);
        const Vec3 front = unit(cross(up, across));  // x forward, y up, z to the figure's right
        const Vec3 right = unit(cross(front, up));
        for (int k = 0; k < kCorners; ++k) {
            const double x = kShape[k][0], y = kShape[k][1];
            corners[r][k] = middle + ((right * (x * (key.half_width + kShirt))) +
                                      (front * (y > 0 ? y * (key.front_depth + kShirt) : y * kBackDepth)));
        }
    }
    const glm::vec4 eye4 = glm::inverse(cam.view) * glm::vec4(0, 0, 0, 1);
    const Vec3 eye{eye4.x, eye4.y, eye4.z};
    // Above and to the left of the viewer, a little toward them: in eye space, then the world's.
    const glm::vec3 light_eye = glm::normalize(glm::vec3(-0.55f, 0.835f, 0.6f));
    const glm::vec3 light_world = glm::transpose(glm::mat3(cam.view)) * light_eye;
    const Vec3 light{light_world.x, light_world.y, light_world.z};
    auto tone_for = [&](Vec3 n) {
        const double lit = dot(n, light);
        return lit > 0.62 ? c.shirt_far : lit > 0.3 ? c.shirt : lit > -0.35 ? mix(c.shirt_shadow, c.shirt, 0.5) : c.shirt_shadow;
    };
    struct Face {
        int ring, corner;  // a side's lower ring and first corner; ring -1: an end
        float depth;
        SDL_Color tone;
    };
    Face faces[kCorners * (kRings - 1) + 2];
    size_t count = 0;
    for (int r = 0; r + 1 < kRings; ++r)
        for (int k = 0; k < kCorners; ++k) {
            const int k1 = (k + 1) % kCorners;
            const Vec3 a = corners[r][k], bb = corners[r][k1], cc = corners[r + 1][k1], d = corners[r + 1][k];
            const Vec3 mid = ((a + bb) + (cc + d)) * 0.25;
            // Corners go round counter-clockwise seen from outside, so this normal points out.
            const Vec3 n = unit(cross(cc - a, d - bb));
            if (dot(n, eye - mid) <= 0) continue;
            faces[count++] = {r, k, cam.depth(mid), tone_for(n)};
        }
    for (int end : {0, kRings - 1}) {
        Vec3 mid;
        for (int k = 0; k < kCorners; ++k) mid = mid + (corners[end][k] * (1.0 / kCorners));
        const Vec3 out = end == 0 ? unit(curve.at(kTrunkKeys[0].s) - curve.at(1)) : unit(curve.at(last) - curve.at(2));
        if (dot(out, eye - mid) <= 0) continue;
        faces[count++] = {-1 - end, 0, cam.depth(mid), tone_for(out)};
    }
    std::sort(faces, faces + count, [](const Face& x, const Face& y) { return x.depth < y.depth; });
    // Each face a little larger than it is, so neighbours overlap instead of letting the
    // room show through the soft edges they share.
    constexpr float kOverlap = 0.8f;  // pixels
    auto fill = [&](const Vec3* points, size_t n, SDL_Color tone) {
        Vec2 screen[kCorners], centre{0, 0};
        for (size_t i = 0; i < n; ++i) {
            screen[i] = cam(points[i]);
            centre = {centre.x + screen[i].x / static_cast<float>(n), centre.y + screen[i].y / static_cast<float>(n)};
        }
        for (size_t i = 0; i < n; ++i) {
            const float dx = screen[i].x - centre.x, dy = screen[i].y - centre.y, len = std::max(1e-3f, std::hypot(dx, dy));
            screen[i] = {screen[i].x + dx / len * kOverlap, screen[i].y + dy / len * kOverlap};
        }
        paint.convex(screen, n, tone);
    };
    for (size_t i = 0; i < count; ++i) {
        const Face& f = faces[i];
        if (f.ring < 0) {
            fill(corners[-1 - f.ring], kCorners, f.tone);
            continue;
        }
        const int k1 = (f.corner + 1) % kCorners;
        const Vec3 quad[4] = {corners[f.ring][f.corner], corners[f.ring][k1], corners[f.ring + 1][k1],
                              corners[f.ring + 1][f.corner]};
        fill(quad, 4, f.tone);
    }
}

// A shoulder that does the work, over the trunk and the top of its arm: its round in the
// working tone, so its loop shows against the chest.
void draw_working_shoulder(Painter& paint, const Camera& cam, const Body& b, int s, bool far) {
    shaded(paint, cam, {{b.shoulder[s], 0.042f}}, sleeve(paint.palette(), far, true));
}

void draw_torso(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    segment(paint, cam, b.spine[2], 0.026f, b.neck, 0.026f, skin(c, false));
    draw_trunk_blocks(paint, cam, b);
    // Round shoulders over the blocks' top corners.
    for (int s : {kLeft, kRight}) shaded(paint, cam, {{b.shoulder[s], 0.042f}}, {c.shirt, c.shirt_shadow});
    draw_shoulder_blades(paint, cam, b);
}

// The pelvis: a block as wide as the hip joints, reaching up to the waist, with a
// waistband where the shirt begins, so that it reads as hips from any side, and the
// seat rounding out behind toward the tailbone, so a pelvis tipping the tailbone up or
// tucking it under shows from the side.
void draw_pelvis(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    const Vec3 waist = between(b.pelvis, b.spine[0], 0.55);
    shaded(paint, cam, {{b.hip[kLeft], 0.062f}, {b.hip[kRight], 0.062f}, {b.pelvis, 0.07f}, {waist, 0.07f}, {b.tailbone, 0.045f}},
           trousers(c, false));
    const Vec3 band = between(b.pelvis, b.spine[0], 0.45);
    const Vec3 side = (b.hip[kRight] - b.hip[kLeft]) * 0.5;
    paint.hull({{cam(band + (side * -1)), cam.radius(band, 0.012f)},
                {cam(band + side), cam.radius(band, 0.012f)},
                {cam(band), cam.radius(band, 0.014f)}},
               c.shoe);
}

// The unit direction from the scene toward the eye: the view's depth axis, in body units.
Vec3 toward_eye(const Camera& cam) { return unit(Vec3{cam.view[0][2], cam.view[1][2], cam.view[2][2]}); }

// The face is the part of the skull within kFaceReach of a direction a little below straight
// ahead, as the camera sees it: the points of that cap's rim on the near side of the skull,
// and the points of the skull's outline that lie inside the cap. So in a three-quarter view
// the face covers most of the head, with hair only on the far side and on top, and in
// profile it fills the front half.
void draw_face(Painter& paint, const Camera& cam, const Body& b, Vec3 forward, Vec3 up, Vec3 side) {
    constexpr double kFaceReach = 1.5;  // radians from the face's middle to the hairline and the ears
    constexpr double kFaceTilt = 0.35;  // radians below straight ahead: a forehead under hair
    constexpr int kRound = 24;          // points round the rim, and round the outline
    const double r = Bones::head_radius;
    const Vec3 middle = unit((forward * std::cos(kFaceTilt)) - (up * std::sin(kFaceTilt)));
    const Vec3 along = unit(cross(side, middle));
    const Vec3 to_eye = toward_eye(cam);
    const Vec3 screen_x = unit(Vec3{cam.view[0][0], cam.view[1][0], cam.view[2][0]});
    const Vec3 screen_y = cross(to_eye, screen_x);
    Vec2 face[2 * kRound];
    size_t n = 0;
    for (int k = 0; k < kRound; ++k) {
        const double turn = 6.283185307179586 * k / kRound;
        const Vec3 rim =
            (middle * std::cos(kFaceReach)) + (((side * std::cos(turn)) + (along * std::sin(turn))) * std::sin(kFaceReach));
        if (dot(rim, to_eye) >= 0) face[n++] = cam(b.head + (rim * r));
        const Vec3 outline = (screen_x * std::cos(turn)) + (screen_y * std::sin(turn));
        if (dot(outline, middle) >= std::cos(kFaceReach)) face[n++] = cam(b.head + (outline * r));
    }
    if (n >= 3) paint.convex(face, n, paint.palette().skin);
}

// The flat torso reads as facing the viewer even when it is turned 40 degrees away, and a
// head drawn at its true angle on it then reads as a profile. So the face is drawn turned
// part of the way back toward the viewer, the more the nearer it already faces them:
// 40 degrees off is drawn at 18, 70 at 54, and a side view stays a side view.
Vec3 face_as_drawn(const Camera& cam, Vec3 forward) {
    constexpr double kSideOn = 1.5707963267948966;
    const Vec3 to_eye = toward_eye(cam);
    const double off = std::acos(std::clamp(dot(forward, to_eye), -1.0, 1.0));
    if (off < 1e-3 || off >= kSideOn) return forward;
    const double back_toward_eye = off - (off * off / kSideOn);
    const Vec3 axis = unit(cross(forward, to_eye));
    return (forward * std::cos(back_toward_eye)) + (cross(axis, forward) * std::sin(back_toward_eye));
}

void draw_head(Painter& paint, const Camera& cam, const Body& b) {
    const Palette& c = paint.palette();
    const float r = static_cast<float>(Bones::head_radius);
    const Vec3 forward = face_as_drawn(cam, unit(b.face - b.head));
    const Vec3 neck_up = unit(b.head - b.neck);
    const Vec3 up = unit(neck_up - (forward * dot(neck_up, forward)));
    const Vec3 side = unit(cross(forward, up));
    // Hair over the whole skull and a little above it; the face is laid over the front.
    const Vec3 crown = b.head + ((forward * (-0.08 * r)) + (up * (0.08 * r)));
    shaded(paint, cam, {{crown, 1.04f * r}}, {c.hair, c.hair_shadow});
    // Once the face has turned 10 degrees past side-on, the skull seen is hair alone (the
    // outline of the face drawn would take in more than the face).
    if (dot(forward, toward_eye(cam)) < -0.17) return;
    draw_face(paint, cam, b, forward, up, side);
    // Eyes and a nose on the front of the head, where the camera can see them: which way
    // the figure looks reads at a glance.
    auto visible = [&](Vec3 p) { return cam.depth(p) > cam.depth(b.head) + 0.3f * r; };
    for (double s : {-1.0, 1.0}) {
        const Vec3 eye = b.head + ((forward * (0.88 * r)) + ((up * (0.1 * r)) + (side * (0.34 * s * r))));
        if (visible(eye)) paint.disc(cam(eye), cam.radius(eye, 0.11f * r), c.eye);
    }
    const Vec3 nose = b.head + ((forward * (1.02 * r)) + (up * (-0.12 * r)));
    if (cam.depth(nose) > cam.depth(b.head) - 0.5f * r) paint.disc(cam(nose), cam.radius(nose, 0.17f * r), c.skin_shadow);
}

void draw_upper_arm(Painter& paint, const Camera& cam, const Body& b, int s, bool far, bool working) {
    segment(paint, cam, b.shoulder[s], 0.036f, b.elbow[s], 0.028f, sleeve(paint.palette(), far, working));
}

void draw_forearm(Painter& paint, const Camera& cam, const Body& b, int s, bool far, bool working) {
    const Vec3 cuff = between(b.elbow[s], b.wrist[s], 0.55);
    segment(paint, cam, b.elbow[s], 0.028f, cuff, 0.024f, sleeve(paint.palette(), far, working));
    shaded(paint, cam, {{cuff, 0.022f}, {b.wrist[s], 0.019f}}, skin(paint.palette(), far));
}

void draw_hand(Painter& paint, const Camera& cam, const Body& b, int s, bool far) {
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

// Strokes the runs of consecutive steps of `line` that `keep` marks (step i runs from point
// i to i + 1, and when `closed` the last back to the first), each run as one line.
void stroke_steps(Painter& paint, const std::vector<Vec2>& line, const std::vector<char>& keep, bool closed, float half_width,
                  SDL_Color color) {
    const size_t n = line.size();
    const size_t steps = closed ? n : n - 1;
    if (closed && std::all_of(keep.begin(), keep.end(), [](char k) { return k != 0; })) {
        paint.stroke(line.data(), n, true, half_width, color);
        return;
    }
    // A closed line starts after a step left out, so a run across its end is drawn whole.
    size_t first = 0;
    if (closed)
        while (keep[first]) ++first;
    std::vector<Vec2> run;
    for (size_t k = 0; k < steps; ++k) {
        const size_t i = closed ? (first + 1 + k) % n : k;
        if (keep[i]) {
            if (run.empty()) run.push_back(line[i]);
            run.push_back(line[(i + 1) % n]);
        } else if (!run.empty()) {
            paint.stroke(run.data(), run.size(), false, half_width, color);
            run.clear();
        }
    }
    if (!run.empty()) paint.stroke(run.data(), run.size(), false, half_width, color);
}

}  // namespace

void add_outline_points(const Body& b, std::vector<Vec3>& out) {
    const double r = Bones::head_radius;
    out.push_back(b.head + Vec3{0, 1.3 * r, 0});
    out.push_back(b.head + Vec3{1.3 * r, 0, 0});
    out.push_back(b.head + Vec3{-1.3 * r, 0, 0});
    out.push_back(b.pelvis);
    for (int s : {kLeft, kRight})
        for (Vec3 p : {b.fingers[s], b.wrist[s], b.elbow[s], b.shoulder[s], b.hip[s], b.knee[s], b.toe[s], b.heel[s]})
            out.push_back(p);
}

void draw_motion_guide(Painter& paint, const Camera& cam, const GuideTrack& track, double grown_now,
                       const std::vector<GuideArrow>& arrows, Vec3 now, GuideLayer layer) {
    const std::vector<Vec3>& path = track.path;
    if (path.size() < 4) return;
    const Palette& c = paint.palette();
    // A small path is drawn enlarged about its middle (GuideTrack::grow), and a growing
    // movement's as much again; the dot keeps its place on the enlarged path.
    const Vec3 middle = path_middle(path);
    const double grow = track.grow * grown_now;
    auto grown = [&](Vec3 p) { return middle + ((p - middle) * grow); };
    auto mine = [&](Vec3 p) { return (cam.depth(p) < layer.behind) == layer.under_figure; };
    const size_t n = path.size();
    std::vector<Vec2> screen(n);
    std::vector<char> step_mine(n);  // step i runs from point i to i + 1, the last back to 0
    for (size_t i = 0; i < n; ++i) {
        screen[i] = cam(grown(path[i]));
        step_mine[i] = mine(grown(between(path[i], path[(i + 1) % n])));
    }
    // Thin enough to stay out of the figure's way, never thinner than a pixel's edge.
    const float width = std::max(1.2f, cam.scale * 0.005f);
    stroke_steps(paint, screen, step_mine, true, width, c.guide);
    // The half this breath goes along, bolder up to its arrowhead: the way to go now.
    std::vector<Vec2> lead;
    std::vector<char> lead_mine;
    for (const GuideArrow& a : arrows) {
        const std::vector<size_t> steps = lead_steps(path, a);
        if (steps.empty()) continue;
        lead.clear();
        lead_mine.clear();
        for (size_t i : steps) {
            lead.push_back(screen[i]);
            lead_mine.push_back(step_mine[i]);
        }
        lead.push_back(screen[(steps.back() + 1) % n]);
        stroke_steps(paint, lead, lead_mine, false, width * 2.5f, c.guide);
    }
    const float head = std::max(9.f, cam.scale * 0.04f);
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
    for (const GuideArrow& a : arrows)
        if (a.from < n && a.to < n && a.at < n && mine(grown(path[a.at]))) arrow(screen[a.from], screen[a.to], screen[a.at]);
    // The dot says where the point is on its path; off it (cobra's chest still flat while
    // getting ready), enlarging the path would throw it further off, a dot belonging to nothing.
    Vec3 dot;
    if (guide_dot(track, grown_now, now, dot) && mine(dot)) paint.disc(cam(dot), std::max(3.f, cam.scale * 0.012f), c.guide_now);
}

void draw_figure(Painter& paint, const Camera& cam, const Body& b, const Shown& shown) {
    const float torso = cam.depth(b.spine[1]);
    // Limbs beside the torso go over its edges; those behind it are well behind.
    constexpr float kBeside = 0.03f;
    Part parts[15];
    size_t n = 0;
    for (int s : {kLeft, kRight}) {
        const bool working = s == shown.working_arm;
        const bool far = (cam.depth(b.shoulder[s]) + cam.depth(b.elbow[s])) / 2 + kBeside < torso;
        const bool far_leg = (cam.depth(b.hip[s]) + cam.depth(b.knee[s])) / 2 + kBeside < torso;
        const float upper_arm = mean_depth(cam, {b.shoulder[s], b.elbow[s]}) + kBeside;
        parts[n++] = {Part::UpperArm, s, far, working, upper_arm};
        // Over the top of its own upper arm, as the shoulder's round is.
        if (shown.working_shoulders) parts[n++] = {Part::ShoulderCap, s, far, true, upper_arm + 0.0005f};
        parts[n++] = {Part::Forearm, s, far, working, mean_depth(cam, {b.elbow[s], b.wrist[s]}) + kBeside};
        // A hand at the head goes behind or over it by its true depth: with the allowance for
        // limbs beside the torso, a hand cupping the back of the head was drawn over the face.
        const bool at_head = distance(b.fingers[s], b.head) < 2.5 * Bones::head_radius;
        parts[n++] = {Part::Hand, s, far, working, mean_depth(cam, {b.wrist[s], b.fingers[s]}) + (at_head ? 0.f : kBeside)};
        parts[n++] = {Part::Thigh, s, far_leg, false, mean_depth(cam, {b.hip[s], b.knee[s]}) + kBeside - 0.001f};
        parts[n++] = {Part::Shin, s, far_leg, false, mean_depth(cam, {b.knee[s], b.ankle[s]}) + kBeside - 0.001f};
    }
    // The shirt hangs over the waistband: the pelvis goes under the torso even where it is
    // nearer, as in a side bend, so its top never shows through the trunk.
    parts[n++] = {Part::Pelvis, -1, false, false, std::min(cam.depth(b.pelvis), torso - 0.0005f)};
    parts[n++] = {Part::Torso, -1, false, false, torso};
    parts[n++] = {Part::Head, -1, false, false, std::max(cam.depth(b.head), torso + 0.0005f)};
    std::stable_sort(parts, parts + n, [](const Part& a, const Part& c) { return a.depth < c.depth; });
    for (size_t i = 0; i < n; ++i) {
        const Part& p = parts[i];
        switch (p.kind) {
            case Part::UpperArm: draw_upper_arm(paint, cam, b, p.side, p.far, p.working); break;
            case Part::Forearm: draw_forearm(paint, cam, b, p.side, p.far, p.working); break;
            case Part::Hand: draw_hand(paint, cam, b, p.side, p.far); break;
            case Part::Thigh: draw_thigh(paint, cam, b, p.side, p.far); break;
            case Part::Shin: draw_shin(paint, cam, b, p.side, p.far); break;
            case Part::Pelvis: draw_pelvis(paint, cam, b); break;
            case Part::Torso: draw_torso(paint, cam, b); break;
            case Part::ShoulderCap: draw_working_shoulder(paint, cam, b, p.side, p.far); break;
            case Part::Head: draw_head(paint, cam, b); break;
        }
    }
}

void draw_resting_forearm(Painter& paint, const Camera& cam, const Body& body, int side, int working_arm) {
    draw_forearm(paint, cam, body, side, false, side == working_arm);
    draw_hand(paint, cam, body, side, false);
}

}  // namespace limber
