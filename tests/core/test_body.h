// The body in the middle of an exercise's work, and the measures the figure's geometry
// tests take of it, shared so each test file states only what it checks.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/skeleton.h"
#include "test_poses.h"
#include "test_state.h"

namespace limber::test {

// The shipped body at `progress` through a breath half of the work (by default the second
// breath, past the set's first).
inline Body work_body(const std::string& id, BreathPhase half, double progress, Side side = Side::None, int breath_index = 2) {
    const Posed p = pose_at(shipped_library(), work_state(id, side, half, progress, breath_index));
    return build_body(p.pose, p.support);
}

// Every moment of a steady rep, `moments` a half: the in-breath, then the out-breath.
inline std::vector<Body> rep_of(const std::string& id, int moments = 24) {
    std::vector<Body> rep;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i < moments; ++i) rep.push_back(work_body(id, half, static_cast<double>(i) / moments));
    return rep;
}

// The middle of the shoulders' line, which a lean carries forward.
inline Vec3 chest(const Body& b) { return between(b.shoulder[kLeft], b.shoulder[kRight]); }

inline double deg(double radians) { return radians * 180 / M_PI; }

// How steeply a-to-b climbs above the floor, in degrees.
inline double climb_deg(Vec3 a, Vec3 b) { return deg(std::atan2(b.y - a.y, std::hypot(b.x - a.x, b.z - a.z))); }

// How far the elbow bends the arm: 0 when the upper arm and forearm are in one line.
inline double elbow_bend(const Body& b, int s) {
    const Vec3 upper = b.elbow[s] - b.shoulder[s], fore = b.wrist[s] - b.elbow[s];
    return deg(std::acos(std::clamp(dot(upper, fore) / (length(upper) * length(fore)), -1.0, 1.0)));
}

// Where a point lands on the screen, in body units, for a camera far enough away to take
// its lines of sight as parallel: across and up.
struct OnScreen {
    double x, y;
};
inline OnScreen on_screen(const CameraAngle& camera, Vec3 p) {
    const Vec3 right = screen_right(camera), up = cross(right, toward_camera(camera));
    return {dot(p, right), dot(p, up)};
}

// How far apart a and b land on the screen, in body units.
inline double screen_apart(const CameraAngle& camera, Vec3 a, Vec3 b) {
    const OnScreen pa = on_screen(camera, a), pb = on_screen(camera, b);
    return std::hypot(pa.x - pb.x, pa.y - pb.y);
}

inline double to_segment(Vec3 p, Vec3 a, Vec3 b) {
    const Vec3 ab = b - a;
    const double t = dot(ab, ab) > 0 ? std::clamp(dot(p - a, ab) / dot(ab, ab), 0.0, 1.0) : 0.0;
    return distance(p, a + ab * t);
}

// How close the line of sight from p to the camera passes to the segment a-b, less the
// part's thickness r: negative when the part hides p.
inline double sight_clearance(const CameraAngle& camera, Vec3 p, Vec3 a, Vec3 b, double r) {
    const Vec3 toward = toward_camera(camera);
    double nearest = 1e9;
    for (int i = 1; i <= 200; ++i) nearest = std::min(nearest, to_segment(p + toward * (i * 0.01), a, b));
    return nearest - r;
}

}  // namespace limber::test
