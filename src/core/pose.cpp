#include "pose.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace limber {

namespace {

// Anatomical ranges, a little generous so a keyframe at the end of one still passes.
constexpr JointInfo kBody[kFirstLimbJoint] = {
    {"pitch", -180, 180},       {"roll", -90, 90},       {"yaw", -180, 180},        {"lumbar_flex", -30, 45},
    {"thoracic_flex", -30, 40}, {"upper_flex", -30, 40}, {"lumbar_lat", -20, 20},   {"thoracic_lat", -20, 20},
    {"upper_lat", -20, 20},     {"lumbar_rot", -10, 10}, {"thoracic_rot", -35, 35}, {"upper_rot", -35, 35},
    {"neck_flex", -50, 60},     {"neck_lat", -35, 35},   {"neck_rot", -70, 70},     {"head_flex", -30, 35},
};

// The shoulder blades' 1 is the end of their everyday travel (a squeeze, a reach); the
// ranges go past it for a shoulder roll, whose circle on a figure 1 unit tall shows only
// when it is drawn larger than life: up to the ears and far forward and back.
constexpr JointInfo kLimb[kLimbJointCount] = {
    {"scap_retract", -1.5, 1.5},
    {"scap_elevate", -0.5, 2},
    {"shoulder_flex", -60, 185},
    {"shoulder_abd", -70, 180},
    {"shoulder_across", -60, 140},
    {"shoulder_rot", -90, 100},
    {"elbow", 0, 155},
    {"wrist", -80, 95},
    {"hip_flex", -30, 140},
    {"hip_abd", -30, 50},
    {"knee", 0, 160},
    {"ankle", -40, 95},
};

struct Table {
    std::array<std::string, kJointCount> names;
    std::array<JointInfo, kJointCount> info;
    Table() {
        for (int j = 0; j < kFirstLimbJoint; ++j) info[static_cast<size_t>(j)] = kBody[j];
        for (int side : {kLeft, kRight}) {
            for (int j = 0; j < kLimbJointCount; ++j) {
                const size_t i = static_cast<size_t>(limb(side, static_cast<LimbJoint>(j)));
                names[i] = std::string(side == kLeft ? "left_" : "right_") + std::string(kLimb[j].name);
                info[i] = {names[i], kLimb[j].min, kLimb[j].max};
            }
        }
    }
};

const Table& table() {
    static const Table t;
    return t;
}

}  // namespace

const JointInfo& joint_info(int joint) { return table().info[static_cast<size_t>(joint)]; }

int find_joint(std::string_view name) {
    for (int j = 0; j < kJointCount; ++j)
        if (joint_info(j).name == name) return j;
    return -1;
}

Pose mirrored(const Pose& p) {
    Pose m = p;
    for (int j : {kRoll, kYaw, kLumbarLat, kThoracicLat, kUpperLat, kLumbarRot, kThoracicRot, kUpperRot, kNeckLat, kNeckRot})
        m[j] = -p[j];
    for (int j = 0; j < kLimbJointCount; ++j) {
        const auto lj = static_cast<LimbJoint>(j);
        m[limb(kLeft, lj)] = p[limb(kRight, lj)];
        m[limb(kRight, lj)] = p[limb(kLeft, lj)];
    }
    return m;
}

Pose lerp(const Pose& a, const Pose& b, double t) {
    if (t >= 1) return b;  // exactly: keyframes are reached, not approached
    Pose out;
    for (size_t i = 0; i < out.v.size(); ++i) out.v[i] = a.v[i] + (b.v[i] - a.v[i]) * t;
    return out;
}

double ease(Ease e, double t) {
    t = std::clamp(t, 0.0, 1.0);
    switch (e) {
        case Ease::Linear: return t;
        case Ease::Sine: return 0.5 - 0.5 * std::cos(M_PI * t);
        case Ease::Smooth: return t * t * (3 - 2 * t);
    }
    return t;
}

}  // namespace limber
