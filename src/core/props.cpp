#include "props.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double kRoot2 = 1.4142135623730951;
constexpr double kWallHeight = 1.3, kWallThickness = 0.05;
constexpr double kForearmRest = 0.026;  // as in skeleton.cpp: the forearm's axis off the wall

Solid box(Material m, Vec3 centre, Vec3 u, Vec3 v, Vec3 w) {
    return {Solid::Shape::Box, m, centre, u, v, w, false, false, false};
}
// Along the world axes, from its lowest to its highest corner.
Solid aligned(Material m, Vec3 lo, Vec3 hi) {
    const Vec3 h = (hi - lo) * 0.5;
    return box(m, lo + h, {h.x, 0, 0}, {0, h.y, 0}, {0, 0, h.z});
}
Solid cylinder(Material m, Vec3 a, Vec3 b, double radius) {
    const Vec3 axis = unit(b - a);
    const Vec3 side = std::abs(axis.y) < 0.9 ? Vec3{0, 1, 0} : Vec3{1, 0, 0};
    const Vec3 v = unit(cross(axis, side)), w = cross(axis, v);
    return {Solid::Shape::Cylinder, m, (a + b) * 0.5, (b - a) * 0.5, v * radius, w * radius, false, false, false};
}

Vec3 forearm_middle(const Body& b, int s) { return (b.elbow[s] + b.wrist[s]) * 0.5; }

Body start_body(const ExerciseKeys& keys) {
    Support free = keys.support;
    free.plant[kLeft] = free.plant[kRight] = 0;
    return build_body(keys.start, free);
}

std::vector<Body> key_bodies(const ExerciseKeys& keys) {
    std::vector<Body> bodies{build_body(keys.start, keys.support)};
    for (const Pose& p : keys.in) bodies.push_back(build_body(p, keys.support));
    for (const Pose& p : keys.out) bodies.push_back(build_body(p, keys.support));
    return bodies;
}

void corner(std::vector<Solid>& out, const ExerciseKeys& keys) {
    for (int s : {kLeft, kRight}) {
        const Vec3 n = keys.support.wall[s].normal;
        const Vec3 corner_line{-kRoot2 * keys.support.wall[s].offset, 0, 0};
        const Vec3 along = unit(Vec3{-1, 0, n.z > 0 ? -1.0 : 1.0});  // from the corner away from it, on this side
        const double length = 0.8;
        const Vec3 centre = corner_line + along * (length / 2) + Vec3{0, kWallHeight / 2, 0} - n * (kWallThickness / 2);
        out.push_back(box(Material::Wall, centre, along * (length / 2), {0, kWallHeight / 2, 0}, n * (kWallThickness / 2)));
        out.back().leaned_on = true;
    }
}

// A low strip on the floor across the doorway, between the jambs' feet: the line the
// front foot steps onto and the chest leans past.
void threshold(std::vector<Solid>& out, double face, double depth, double half_width) {
    out.push_back(aligned(Material::Wood, {face, 0, -half_width}, {face + depth, 0.012, half_width}));
}

void door_frame(std::vector<Solid>& out, const ExerciseKeys& keys) {
    const Body b = start_body(keys);
    const double face = keys.support.wall[kLeft].offset / keys.support.wall[kLeft].normal.x;  // the jambs' front, in x
    const double depth = 0.08, casing = 0.07, top = 1.16, header = 0.06;
    // The forearms rest near the opening's edge, so the chest passes between the jambs.
    const double inner = std::max(std::abs(b.elbow[kLeft].z), std::abs(b.elbow[kRight].z)) - 0.045;
    for (double side : {-1.0, 1.0}) {
        const double z0 = side * inner, z1 = side * (inner + casing);
        out.push_back(aligned(Material::Wood, {face, 0, std::min(z0, z1)}, {face + depth, top, std::max(z0, z1)}));
    }
    out.push_back(aligned(Material::Wood, {face, top, -inner - casing}, {face + depth, top + header, inner + casing}));
    for (size_t i = out.size() - 3; i < out.size(); ++i) out[i].leaned_on = true;
    threshold(out, face, depth, inner + casing);
    // The wall the frame is set in, either side of it and over it, so the opening reads as a
    // doorway and the lean as going through it (round 18: a frame standing alone, the lean past
    // it was not seen as through).
    const double outer = inner + casing, reach = 0.45;
    for (double side : {-1.0, 1.0}) {
        const double z0 = side * outer, z1 = side * (outer + reach);
        out.push_back(aligned(Material::Wall, {face, 0, std::min(z0, z1)}, {face + depth, kWallHeight, std::max(z0, z1)}));
    }
    out.push_back(aligned(Material::Wall, {face, top + header, -outer}, {face + depth, kWallHeight, outer}));
}

void roller(std::vector<Solid>& out, const ExerciseKeys& keys) {
    // Across the back under the shoulder blades, just above where the thoracic spine ends,
    // which the keys hold still while the upper back arches over it: close enough to that
    // pivot that the back stays on the roller through the arch, far enough up the back
    // that it reads as under the blades, not the middle of the back.
    const Body b = start_body(keys);
    const double blades = between(b.scapula[kLeft], b.scapula[kRight]).x;
    const double x = b.spine[1].x + (blades - b.spine[1].x) * 0.6;
    // Lying on it sets its size: about 15 cm across for a figure about 1.7 m tall, and
    // the usual long roller's 90 cm, wider than the elbows, so it reads as one.
    const double radius = std::clamp((b.spine[1].y - 0.065) / 2, 0.035, 0.06), half = 0.27;
    out.push_back(cylinder(Material::Roller, {x, radius, -half}, {x, radius, half}, radius));
    out.back().leaned_on = true;
}

void chair(std::vector<Solid>& out, const ExerciseKeys& keys) {
    const Body b = start_body(keys);
    const double seat = b.pelvis.y - 0.07, half = 0.13, thick = 0.025, leg = 0.018;
    const double front = b.pelvis.x + 0.19, back = front - 2 * half;
    out.push_back(aligned(Material::Wood, {back, seat - thick, -half}, {front, seat, half}));
    for (double x : {back, front - leg})
        for (double z : {-half, half - leg}) {
            const double top = x == back ? seat + 0.34 : seat - thick;  // the back legs carry the backrest
            out.push_back(aligned(Material::Wood, {x, 0, z}, {x + leg, top, z + leg}));
        }
    out.push_back(aligned(Material::Wood, {back, seat + 0.17, -half}, {back + leg, seat + 0.34, half}));
}

void mat(std::vector<Solid>& out, const ExerciseKeys& keys) {
    double lo = 1e9, hi = -1e9, wide = 0.2;
    for (const Body& b : key_bodies(keys))
        for (Vec3 p : {b.head, b.pelvis, b.toe[kLeft], b.toe[kRight], b.heel[kLeft], b.heel[kRight], b.fingers[kLeft],
                       b.fingers[kRight], b.knee[kLeft], b.knee[kRight], b.elbow[kLeft], b.elbow[kRight]}) {
            lo = std::min(lo, p.x);
            hi = std::max(hi, p.x);
            if (p.y < 0.15) wide = std::max(wide, std::abs(p.z) + 0.06);
        }
    const double length = std::max(1.0, hi - lo + 0.16), centre = (lo + hi) / 2;
    out.push_back(aligned(Material::Mat, {centre - length / 2, -0.004, -wide}, {centre + length / 2, 0.006, wide}));
}

void wall_behind(std::vector<Solid>& out, const ExerciseKeys& keys) {
    // Touching the back, head and hips at the start pose.
    const Body b = start_body(keys);
    double x = 1e9;
    for (auto [p, r] : {std::pair{b.pelvis, 0.07}, {b.spine[1], 0.065}, {b.spine[2], 0.06}, {b.head, Bones::head_radius}})
        x = std::min(x, p.x - r);
    out.push_back(aligned(Material::Wall, {x - kWallThickness, 0, -0.6}, {x, kWallHeight, 0.6}));
    out.back().leaned_on = true;
}

// Whether the line from p toward the eye (parallel lines of sight: the camera is far enough
// for this to decide what a wall hides) passes through the box.
bool hides(const Solid& s, Vec3 p, Vec3 toward) {
    double enter = 0, leave = 1e9;
    const Vec3 d = p - s.centre;
    for (Vec3 axis : {s.u, s.v, s.w}) {
        const double half = length(axis);
        const Vec3 a = axis * (1 / half);
        const double at = dot(d, a), step = dot(toward, a);
        if (std::abs(step) < 1e-12) {
            if (std::abs(at) > half) return false;
            continue;
        }
        double t0 = (-half - at) / step, t1 = (half - at) / step;
        if (t0 > t1) std::swap(t0, t1);
        enter = std::max(enter, t0);
        leave = std::min(leave, t1);
    }
    return enter < leave;
}

// The cutaway: a wall, jamb or corner side between the eye and the body in a key pose is
// drawn see-through where it covers the figure (from in front of a corner its near side, from
// in front of a doorway the wall beside the figure and the jamb the far forearm rests behind).
void cut_away(std::vector<Solid>& out, const ExerciseKeys& keys, Vec3 toward) {
    std::vector<Vec3> parts;
    for (const Body& b : key_bodies(keys)) {
        for (Vec3 p : {b.head, b.neck, b.spine[0], b.spine[1], b.spine[2], b.pelvis}) parts.push_back(p);
        for (int s : {kLeft, kRight})
            for (Vec3 p : {b.shoulder[s], b.elbow[s], forearm_middle(b, s), b.wrist[s], b.hip[s], b.knee[s], b.ankle[s]})
                parts.push_back(p);
    }
    for (Solid& s : out) {
        if (s.shape != Solid::Shape::Box || !(s.leaned_on || s.material == Material::Wall)) continue;
        for (Vec3 p : parts)
            if (hides(s, p, toward)) {
                s.may_cover = s.see_through = true;
                break;
            }
    }
}

}  // namespace

void place_walls(ExerciseKeys& keys) {
    const Body b = start_body(keys);
    const bool corner = keys.surface == "corner";
    double offset = 0;
    for (int s : {kLeft, kRight}) {
        const double out = s == kLeft ? -1 : 1;
        keys.support.wall[s].normal = corner ? Vec3{-1 / kRoot2, 0, -out / kRoot2} : Vec3{-1, 0, 0};
        offset += (dot(keys.support.wall[s].normal, forearm_middle(b, s)) - kForearmRest) / 2;
    }
    // One offset for both, so the corner's walls meet on the midline and the jambs line up.
    for (int s : {kLeft, kRight}) {
        keys.support.on_wall[s] = keys.support.plant[s] > 0;
        keys.support.wall[s].offset = offset;
    }
    // Where the start pose lays each forearm on its wall is where it stays: the body leans
    // past the contacts, they do not slide (session 14: "the elbows' heights change").
    const Body placed = build_body(keys.start, keys.support);
    for (int s : {kLeft, kRight}) {
        keys.support.rests[s] = keys.support.on_wall[s];
        keys.support.rest_elbow[s] = placed.elbow[s];
        keys.support.rest_wrist[s] = placed.wrist[s];
    }
}

std::vector<Solid> props_for(const Exercise& e, const ExerciseKeys& keys) { return props_for(e, keys, e.camera); }

std::vector<Solid> props_for(const Exercise& e, const ExerciseKeys& keys, const CameraAngle& camera) {
    std::vector<Solid> out;
    if (place_of(e.position) == Place::Floor) mat(out, keys);
    if (keys.surface == "corner") corner(out, keys);
    else if (keys.surface == "door_frame") door_frame(out, keys);
    else if (e.equipment == Equipment::Wall) wall_behind(out, keys);
    if (e.position == Position::Seated || e.equipment == Equipment::Chair) chair(out, keys);
    if (e.equipment == Equipment::FoamRollerOrTowel) roller(out, keys);
    cut_away(out, keys, toward_camera(camera));
    return out;
}

std::vector<Solid> held_props(const Exercise& e, const Body& b) {
    std::vector<Solid> out;
    if (e.equipment != Equipment::BandOrDumbbells) return out;
    for (int s : {kLeft, kRight}) {
        const Vec3 grip = (b.wrist[s] + b.fingers[s]) * 0.5, hand = unit(b.fingers[s] - b.wrist[s]);
        Vec3 bar = unit(cross(hand, {0, 1, 0}));
        if (dot(bar, bar) < 0.5) bar = {0, 0, 1};
        out.push_back(cylinder(Material::Iron, grip - bar * 0.05, grip + bar * 0.05, 0.011));
        for (double end : {-0.045, 0.045})
            out.push_back(cylinder(Material::Iron, grip + bar * (end - 0.012), grip + bar * (end + 0.012), 0.03));
    }
    for (Solid& s : out) s.may_cover = true;
    return out;
}

std::vector<Vec3> solid_points(const Solid& s, int n) {
    std::vector<Vec3> pts;
    if (s.shape == Solid::Shape::Box) {
        for (double a : {-1.0, 1.0})
            for (double b : {-1.0, 1.0})
                for (double c : {-1.0, 1.0}) pts.push_back(s.centre + s.u * a + s.v * b + s.w * c);
        return pts;
    }
    for (double end : {-1.0, 1.0})
        for (int i = 0; i < n; ++i) {
            const double a = 2 * M_PI * i / n;
            pts.push_back(s.centre + s.u * end + s.v * std::cos(a) + s.w * std::sin(a));
        }
    return pts;
}

}  // namespace limber
