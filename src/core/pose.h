// The pose model: the figure's joint angles, the unit keyframes are written in.
#pragma once

#include <array>
#include <string_view>

namespace limber {

enum BodySide { kLeft = 0, kRight = 1 };  // the figure's own left and right

// Degrees, except the shoulder blades (fractions of their travel). Signs: the
// spine's *_flex round forward (+) or arch back (-); *_lat bend toward the
// figure's right; *_rot turn the chest to its right; the whole body tips
// forward with pitch (90 = face down, -90 = on the back).
enum Joint : int {
    kPitch,
    kRoll,
    kYaw,
    kLumbarFlex,
    kThoracicFlex,
    kUpperFlex,
    kLumbarLat,
    kThoracicLat,
    kUpperLat,
    kLumbarRot,
    kThoracicRot,
    kUpperRot,
    kNeckFlex,
    kNeckLat,
    kNeckRot,
    kHeadFlex,
    kFirstLimbJoint
};

// Per side; + is flexion, abduction (out to the side), external rotation and
// bending; shoulder_across swings the arm around the trunk toward the midline.
// The wrist bends the hand the way the elbow bends the forearm.
enum LimbJoint : int {
    kScapRetract,
    kScapElevate,
    kShoulderFlex,
    kShoulderAbd,
    kShoulderAcross,
    kShoulderRot,
    kElbow,
    kWrist,
    kHipFlex,
    kHipAbd,
    kKnee,
    kAnkle,
    kLimbJointCount
};

constexpr int kJointCount = kFirstLimbJoint + 2 * kLimbJointCount;

constexpr int limb(int side, LimbJoint j) { return kFirstLimbJoint + side * kLimbJointCount + j; }

struct JointInfo {
    std::string_view name;  // as in assets/poses.json: "pitch", "left_elbow", ...
    double min, max;
};

const JointInfo& joint_info(int joint);
int find_joint(std::string_view name);  // -1 when unknown

struct Pose {
    std::array<double, kJointCount> v{};
    double& operator[](int j) { return v[static_cast<size_t>(j)]; }
    double operator[](int j) const { return v[static_cast<size_t>(j)]; }
    bool operator==(const Pose& o) const { return v == o.v; }
    bool operator!=(const Pose& o) const { return v != o.v; }
};

// The same pose on the other side of the body: limbs swap, sideways angles flip.
Pose mirrored(const Pose& p);
Pose lerp(const Pose& a, const Pose& b, double t);

enum class Ease { Linear, Sine, Smooth };
double ease(Ease e, double t);

}  // namespace limber
