#include "figure.h"

#include <cmath>

namespace limber {

namespace {

constexpr double kTau = 6.283185307179586;

Vec2 bone(Vec2 from, float length, double angle_from_down) {
    return {from.x + length * static_cast<float>(std::sin(angle_from_down)),
            from.y - length * static_cast<float>(std::cos(angle_from_down))};
}

}  // namespace

Figure shoulder_roll_figure(double roll, const Proportions& p) {
    const double lift = 0.5 - 0.5 * std::cos(kTau * roll);  // 0 at rest, 1 at the top
    const double forward = std::sin(kTau * roll);            // >0 rolling forward, <0 drawing back
    Figure f;
    f.pelvis = {0, 0.53f};
    f.chest = {0, 0.73f + 0.006f * static_cast<float>(lift)};
    f.neck = {0, 0.83f};
    f.head = {0, 0.935f};
    f.head_radius = 0.066f;
    for (int side : {kLeft, kRight}) {
        const float out = side == kLeft ? -1.f : 1.f;
        // Seen from the front, shoulders drawn forward look narrower, drawn back look wider.
        f.shoulder[side] = {out * (0.17f - 0.022f * static_cast<float>(forward)), 0.815f + 0.045f * static_cast<float>(lift)};
        const double arm_out = 0.10 + 0.05 * lift - 0.04 * forward;
        f.elbow[side] = bone(f.shoulder[side], p.upper_arm, out * arm_out);
        f.hand[side] = bone(f.elbow[side], p.forearm, out * (arm_out - 0.12 - 0.08 * forward));
        f.hip[side] = {out * 0.075f, 0.52f};
        f.knee[side] = bone(f.hip[side], p.thigh, out * 0.02);
        f.foot[side] = bone(f.knee[side], p.shin, out * 0.01);
    }
    return f;
}

Figure pose_for(const State& s) {
    if (s.phase != Phase::Work || s.breath == BreathPhase::None) return shoulder_roll_figure(0);
    const double half = s.breath == BreathPhase::In ? 0.0 : 0.5;
    return shoulder_roll_figure(half + 0.5 * s.breath_progress);
}

}  // namespace limber
