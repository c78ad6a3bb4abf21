// The player's perspective on an exercise, for geometry tests that need more than a far
// camera's parallel lines of sight (test_body.h's on_screen): where the eye stands, and
// what lies nearer it.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/motion_guide.h"
#include "core/props.h"
#include "test_catalog.h"
#include "test_poses.h"

namespace limber::test {

// In front of the breastbone, where a lean of the chest shows.
inline Vec3 sternum(const Body& b) {
    Vec3 p;
    REQUIRE(body_point(b, "sternum", p));
    return p;
}

// The player's perspective view (src/app/camera.cpp): the eye `distance` from the middle of
// what the camera fits (the key poses and, for a doorway, its frame), looking at it. Screen
// positions come in units of the distance's field, y up; `seen` turns a screen step back into
// body units at the middle's depth.
struct View {
    Vec3 eye, right, up, forward;
    double distance;
    Vec2 operator()(Vec3 p) const {
        const Vec3 d = p - eye;
        const double depth = dot(d, forward);
        return {static_cast<float>(dot(d, right) / depth), static_cast<float>(dot(d, up) / depth)};
    }
    double seen(Vec2 a, Vec2 b) const { return std::hypot(b.x - a.x, b.y - a.y) * distance; }
};

inline View view_of(const char* id) {
    const Exercise& e = test::shipped_exercise(id);
    const ExerciseKeys& k = *test::shipped_library().find(id);
    Vec3 lo{1e9, 1e9, 1e9}, hi{-1e9, -1e9, -1e9};
    auto add = [&](Vec3 p) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
    };
    std::vector<Pose> keys{k.start};
    keys.insert(keys.end(), k.in.begin(), k.in.end());
    keys.insert(keys.end(), k.out.begin(), k.out.end());
    for (const Pose& p : keys) {
        const Body b = build_body(p, k.support);
        for (Vec3 q :
             {b.head, b.pelvis, b.toe[kLeft], b.toe[kRight], b.heel[kLeft], b.heel[kRight], b.wrist[kLeft], b.wrist[kRight]})
            add(q);
    }
    if (k.surface == "door_frame")
        for (const Solid& s : props_for(e, k))
            if (s.material == Material::Wood)
                for (Vec3 q : solid_points(s)) add(q);
    const Vec3 toward = toward_camera(e.camera), right = screen_right(e.camera);
    return {between(lo, hi) + toward * e.camera.distance, right, cross(right, toward * -1.0), toward * -1.0, e.camera.distance};
}

// A step on the screen, in body units at the view's middle.
struct Step {
    double dx, dy;
    double length() const { return std::hypot(dx, dy); }
};
inline Step screen_step(const View& view, Vec3 from, Vec3 to) {
    const Vec2 a = view(from), b = view(to);
    return {(b.x - a.x) * view.distance, (b.y - a.y) * view.distance};
}

// How tall the figure standing at ease shows in a view, crown to heels, in the view's units.
inline double standing_height(const View& view) {
    const Body b = build_body(test::shipped_library().neutral);
    const Vec3 crown = b.head + Vec3{0, Bones::head_radius, 0};
    return std::abs(view(crown).y - view(between(b.heel[kLeft], b.heel[kRight])).y);
}

// How tall the part of the figure that fills the picture shows, standing at ease: crown to
// heels, or crown to hips for an exercise framed from the hips up (src/app/scene.cpp fits
// those from the start pose's hips).
inline double framed_height(const View& view, Framing framing) {
    if (framing == Framing::Whole) return standing_height(view);
    const Body b = build_body(test::shipped_library().neutral);
    return std::abs(view(b.head + Vec3{0, Bones::head_radius, 0}).y - view(b.pelvis).y);
}

// The heading of a to b on the screen, in degrees anticlockwise from pointing right.
inline double screen_heading(const View& view, Vec3 a, Vec3 b) {
    const Vec2 p = view(a), q = view(b);
    return deg(std::atan2(q.y - p.y, q.x - p.x));
}

// How far apart two headings of an undirected line are, 0 to 90 degrees.
inline double line_turn(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 180.0);
    return std::min(d, 180 - d);
}

}  // namespace limber::test
