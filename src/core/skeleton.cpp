#include "skeleton.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double kDeg = M_PI / 180;

struct Mat3 {
    double m[3][3];
    Vec3 operator*(Vec3 v) const {
        return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z, m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
                m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
    }
    Mat3 operator*(const Mat3& o) const {
        Mat3 r{};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 3; ++k) r.m[i][j] += m[i][k] * o.m[k][j];
        return r;
    }
};

// Tips up toward the front (x).
Mat3 pitch(double deg) {
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return {{{c, s, 0}, {-s, c, 0}, {0, 0, 1}}};
}
// Tips up toward the right (z).
Mat3 roll(double deg) {
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return {{{1, 0, 0}, {0, c, -s}, {0, s, c}}};
}
// Turns the front toward the right.
Mat3 yaw(double deg) {
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return {{{c, 0, -s}, {0, 1, 0}, {s, 0, c}}};
}

Vec3 down(double length) { return {0, -length, 0}; }

constexpr double kShoulderFlesh = 0.04;  // over the shoulder joint, where it rests on the floor

// Surfaces the body can rest on, with the thickness of flesh around each point.
template <typename F>
void each_surface(const Body& b, bool skip_arm[2], F&& f) {
    f(b.pelvis, 0.07);
    for (int i = 0; i < 3; ++i) f(b.spine[i], i == 1 ? 0.065 : 0.06);
    f(b.head, Bones::head_radius);
    for (int s : {kLeft, kRight}) {
        f(b.shoulder[s], kShoulderFlesh);
        f(b.knee[s], 0.035);
        f(b.ankle[s], 0.03);
        f(b.heel[s], 0.012);
        f(b.toe[s], 0.012);
        if (skip_arm[s]) continue;
        f(b.elbow[s], 0.025);
        f(b.wrist[s], 0.02);
        f(b.fingers[s], 0.012);
    }
}

template <typename F>
void each_point(Body& b, F&& f) {
    for (Vec3* p : {&b.pelvis, &b.tailbone, &b.spine[0], &b.spine[1], &b.spine[2], &b.neck, &b.head, &b.face}) f(*p);
    for (int s : {kLeft, kRight})
        for (Vec3* p : {&b.scapula[s], &b.shoulder[s], &b.elbow[s], &b.wrist[s], &b.fingers[s], &b.hip[s], &b.knee[s],
                        &b.ankle[s], &b.heel[s], &b.toe[s]})
            f(*p);
}

constexpr double kWristRest = 0.02;  // the heel of a planted hand, above the floor
constexpr double kFingerRest = 0.012;
constexpr double kElbowRest = 0.025;

// A reach near the arm's full length: the arm straightens more and more slowly toward its
// longest, and the shoulder blade gives the rest, up to kGirdleGive. A two-bone reach
// held exactly to the target would swing the elbow fast as the arm comes straight.
constexpr double kSoftReach = 0.005;
constexpr double kGirdleGive = 0.05;
constexpr double kE = 2.718281828459045;

// A hand pressed to the floor, reached for with two bones.
void plant_hand(Body& b, int s, double weight) {
    const Vec3 fk_wrist = b.wrist[s];
    const Vec3 target{fk_wrist.x, std::max(kWristRest, fk_wrist.y + (kWristRest - fk_wrist.y) * weight), fk_wrist.z};
    const double l1 = Bones::upper_arm, l2 = Bones::forearm;
    const double far = std::sqrt(dot(target - b.shoulder[s], target - b.shoulder[s]));
    const double firm = l1 + l2 - kSoftReach;  // the arm's reach until it softens
    // e to a power through pow, which the page links anyway: std::exp would add libm's own
    // exp and its table, 2 KB of the page gzipped.
    const double soft = far <= firm ? far : firm + kSoftReach * (1 - std::pow(kE, (firm - far) / kSoftReach));
    const double short_by = weight * (far - soft);
    Vec3 give = unit(target - b.shoulder[s]) * std::min(short_by, kGirdleGive);
    give.y = std::max(give.y, kShoulderFlesh - b.shoulder[s].y);  // a shoulder on the floor stays on it
    b.shoulder[s] = b.shoulder[s] + give;
    b.scapula[s] = b.scapula[s] + give;
    const Vec3 sh = b.shoulder[s];
    const Vec3 to = target - sh;
    const double d = std::clamp(std::min(std::sqrt(dot(to, to)), far - short_by), l1 - l2 + 1e-6, l1 + l2 - 1e-9);
    const Vec3 u = unit(to);
    // The elbow bends the way the arm's hinge lets it, straight or not: taken off the keyed
    // elbow's place instead, a straight arm's bend would swing over as the target passes it.
    const Vec3 bend = b.elbow_bend[s];
    Vec3 pole = unit(bend - u * dot(bend, u));
    if (dot(pole, pole) < 0.5) pole = unit(Vec3{-u.y, u.x, 0});
    const double a = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
    const double h = std::sqrt(std::max(0.0, l1 * l1 - a * a));
    // An arm along the floor bends up, not into it: the elbow turns about the line from
    // shoulder to wrist just far enough to clear the floor, so it moves as smoothly as the arm.
    const Vec3 side = cross(u, pole);
    const double lift = std::hypot(pole.y, side.y), highest = std::atan2(side.y, pole.y);
    const double clear = (kElbowRest - sh.y - u.y * a) / (h * lift);  // cos of the turn from `highest`
    double turn = 0;
    if (h * lift > 1e-12 && clear > std::cos(highest))
        turn = clear >= 1 ? highest : highest - std::copysign(std::acos(clear), highest);
    b.elbow[s] = sh + u * a + (pole * std::cos(turn) + side * std::sin(turn)) * h;
    b.wrist[s] = sh + u * d;
    const Vec3 fk_dir = unit(b.fingers[s] - fk_wrist);
    const Vec3 flat = unit(Vec3{fk_dir.x, 0, fk_dir.z});
    Vec3 dir = unit(fk_dir + (flat - fk_dir) * weight);
    if (b.wrist[s].y + dir.y * Bones::hand < kFingerRest) {
        const double drop = std::clamp((kFingerRest - b.wrist[s].y) / Bones::hand, -1.0, 1.0);
        dir = flat * std::sqrt(1 - drop * drop) + Vec3{0, drop, 0};
    }
    b.fingers[s] = b.wrist[s] + dir * Bones::hand;
}

constexpr double kForearmRest = 0.026;  // the forearm's axis off a wall it rests on: its thickness

Vec3 along_plane(Vec3 v, Vec3 normal) { return v - normal * dot(v, normal); }

// The elbow goes where the upper arm meets the wall nearest where it was, and the forearm
// and hand lie flat on the wall, pointing as they did: the arm stays on the wall however
// the trunk leans, as long as the shoulder is within an upper arm of it.
void plant_forearm(Body& b, int s, const Plane& wall, double weight) {
    const Vec3 sh = b.shoulder[s], n = wall.normal;
    const double l1 = Bones::upper_arm;
    const double h = dot(n, sh) - (wall.offset + kForearmRest);
    Vec3 elbow = sh - n * (h >= 0 ? l1 : -l1);
    if (std::abs(h) < l1) {
        const Vec3 foot = sh - n * h;
        Vec3 toward = along_plane(b.elbow[s] - foot, n);
        if (dot(toward, toward) < 1e-12) toward = along_plane(Vec3{0, -1, 0}, n);
        elbow = foot + unit(toward) * std::sqrt(l1 * l1 - h * h);
    }
    auto flat = [&](Vec3 v) {
        const Vec3 f = along_plane(v, n);
        return dot(f, f) > 1e-12 ? unit(f) : unit(v);
    };
    const Vec3 fk_forearm = unit(b.wrist[s] - b.elbow[s]), fk_hand = unit(b.fingers[s] - b.wrist[s]);
    b.elbow[s] = sh + unit(between(b.elbow[s], elbow, weight) - sh) * l1;
    b.wrist[s] = b.elbow[s] + unit(between(fk_forearm, flat(fk_forearm), weight)) * Bones::forearm;
    b.fingers[s] = b.wrist[s] + unit(between(fk_hand, flat(fk_hand), weight)) * Bones::hand;
}

// A forearm resting where it was placed: the elbow and wrist stay on their points while the
// trunk leans past them, and the shoulder girdle gives the little the lean asks of it (the
// shoulder slides along the upper arm, as the blade glides on the ribs), so the upper arm
// keeps its length.
void rest_forearm(Body& b, int s, const Support& support, double weight) {
    const Vec3 fk_shoulder = b.shoulder[s], fk_elbow = b.elbow[s], fk_wrist = b.wrist[s];
    const Vec3 elbow = support.rest_elbow[s];
    const Vec3 girdle = elbow + unit(fk_shoulder - elbow) * Bones::upper_arm;
    b.shoulder[s] = between(fk_shoulder, girdle, weight);
    b.scapula[s] = b.scapula[s] + (b.shoulder[s] - fk_shoulder);
    b.elbow[s] = b.shoulder[s] + unit(between(fk_elbow, elbow, weight) - b.shoulder[s]) * Bones::upper_arm;
    const Vec3 fk_forearm = unit(fk_wrist - fk_elbow), rest_forearm = unit(support.rest_wrist[s] - elbow);
    b.wrist[s] = b.elbow[s] + unit(between(fk_forearm, rest_forearm, weight)) * Bones::forearm;
    const Vec3 n = support.wall[s].normal, fk_hand = unit(b.fingers[s] - fk_wrist);
    const Vec3 flat_hand = along_plane(fk_hand, n);
    const Vec3 hand = dot(flat_hand, flat_hand) > 1e-12 ? unit(flat_hand) : rest_forearm;
    b.fingers[s] = b.wrist[s] + unit(between(fk_hand, hand, weight)) * Bones::hand;
}

}  // namespace

Support mirrored(const Support& s) {
    Support m = s;
    for (int side : {kLeft, kRight}) {
        const int other = 1 - side;
        m.plant[side] = s.plant[other];
        m.on_wall[side] = s.on_wall[other];
        m.wall[side] = {{s.wall[other].normal.x, s.wall[other].normal.y, -s.wall[other].normal.z}, s.wall[other].offset};
        m.rests[side] = s.rests[other];
        m.rest_elbow[side] = {s.rest_elbow[other].x, s.rest_elbow[other].y, -s.rest_elbow[other].z};
        m.rest_wrist[side] = {s.rest_wrist[other].x, s.rest_wrist[other].y, -s.rest_wrist[other].z};
    }
    return m;
}

double height_above(const Plane& plane, Vec3 p) { return dot(plane.normal, p) - plane.offset; }

double distance(Vec3 a, Vec3 b) {
    const Vec3 d = a - b;
    return std::sqrt(dot(d, d));
}

Vec3 between(Vec3 a, Vec3 b, double t) { return a + (b - a) * t; }

double lowest_surface(const Body& b) {
    bool none[2] = {false, false};
    double low = 1e9;
    each_surface(b, none, [&](Vec3 p, double r) { low = std::min(low, p.y - r); });
    return low;
}

Body build_body(const Pose& q, const Support& support) {
    Body b;
    const Mat3 root = yaw(q[kYaw]) * roll(q[kRoll]) * pitch(q[kPitch]);
    b.tailbone = root * Vec3{-0.055, -0.03, 0};
    Mat3 frame = root;
    Vec3 at = b.pelvis;
    for (int i = 0; i < 3; ++i) {
        frame = frame * roll(q[kLumbarLat + i]) * pitch(q[kLumbarFlex + i]) * yaw(q[kLumbarRot + i]);
        at = at + frame * Vec3{0, Bones::spine[i], 0};
        b.spine[i] = at;
    }
    const Mat3 thorax = frame;
    const Mat3 neck = thorax * roll(q[kNeckLat]) * pitch(q[kNeckFlex]) * yaw(q[kNeckRot]);
    b.neck = b.spine[2] + neck * Vec3{0, Bones::neck, 0};
    const Mat3 head = neck * pitch(q[kHeadFlex]);
    b.head = b.neck + head * Vec3{0.012, 0.072, 0};
    b.face = b.head + head * Vec3{Bones::head_radius, 0, 0};

    for (int s : {kLeft, kRight}) {
        const double out = s == kLeft ? -1 : 1;  // the limb's outward direction along z
        auto j = [&](LimbJoint lj) { return q[limb(s, lj)]; };
        const double retract = j(kScapRetract), elevate = j(kScapElevate);
        b.shoulder[s] =
            b.spine[2] + thorax * Vec3{-0.01 - 0.035 * retract, -0.03 + 0.045 * elevate, out * (0.165 + 0.012 * retract)};
        b.scapula[s] = b.spine[2] + thorax * Vec3{-0.055, -0.085 + 0.04 * elevate, out * (0.085 - 0.035 * retract)};
        const Mat3 arm = thorax * yaw(-out * j(kShoulderAcross)) * roll(-out * j(kShoulderAbd)) * pitch(-j(kShoulderFlex)) *
                         yaw(out * j(kShoulderRot));
        b.elbow[s] = b.shoulder[s] + arm * down(Bones::upper_arm);
        b.elbow_bend[s] = arm * (pitch(-90) * Vec3{0, 1, 0});
        const Mat3 forearm = arm * pitch(-j(kElbow));
        b.wrist[s] = b.elbow[s] + forearm * down(Bones::forearm);
        b.fingers[s] = b.wrist[s] + forearm * pitch(-j(kWrist)) * down(Bones::hand);

        b.hip[s] = root * Vec3{0, 0, out * Bones::hip_half_width};
        const Mat3 thigh = root * roll(-out * j(kHipAbd)) * pitch(-j(kHipFlex));
        b.knee[s] = b.hip[s] + thigh * down(Bones::thigh);
        const Mat3 shin = thigh * pitch(j(kKnee));
        b.ankle[s] = b.knee[s] + shin * down(Bones::shin);
        b.heel[s] = b.ankle[s] + shin * Vec3{-0.025, -0.045, 0};
        b.toe[s] = b.ankle[s] + shin * pitch(j(kAnkle) - 90) * down(Bones::foot);
    }

    Vec3 shift{};
    if (support.anchor_feet) shift.x = -(b.ankle[kLeft].x + b.ankle[kRight].x) / 2;
    bool planted[2] = {support.plant[kLeft] > 0, support.plant[kRight] > 0};
    double low = 1e9;
    each_surface(b, planted, [&](Vec3 p, double r) { low = std::min(low, p.y - r); });
    shift.y = -low;
    each_point(b, [&](Vec3& p) { p = p + shift; });
    for (int s : {kLeft, kRight})
        if (planted[s] && support.on_wall[s] && support.rests[s]) rest_forearm(b, s, support, std::min(1.0, support.plant[s]));
        else if (planted[s] && support.on_wall[s]) plant_forearm(b, s, support.wall[s], std::min(1.0, support.plant[s]));
        else if (planted[s]) plant_hand(b, s, std::min(1.0, support.plant[s]));
    return b;
}

Vec3 toward_camera(const CameraAngle& angle) {
    const double yaw = angle.yaw * kDeg, pitch = angle.pitch * kDeg;
    return {std::cos(pitch) * std::cos(yaw), std::sin(pitch), -std::cos(pitch) * std::sin(yaw)};
}

Vec3 screen_right(const CameraAngle& angle) {
    const double yaw = angle.yaw * kDeg;
    return {-std::sin(yaw), 0, -std::cos(yaw)};
}

}  // namespace limber
