#include "motion_guide.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "keyframes.h"

namespace limber {

namespace {

// The pose a fraction t (0..1, uneased: the path's shape, not its timing) along a breath half.
Pose along_half(const std::vector<const Pose*>& path, double t) {
    const double u = t * static_cast<double>(path.size() - 1);
    const size_t i = std::min(path.size() - 2, static_cast<size_t>(u));
    return lerp(*path[i], *path[i + 1], u - static_cast<double>(i));
}

// Just in front of the breastbone, square to the shoulder line: the chest's turn about the
// spine carries it round in a level arc, where the shoulders' midpoint, on the spine's axis,
// would stay put.
Vec3 sternum(const Body& b) {
    constexpr double kAhead = 0.14;  // from the spine, past the ribs' front (0.095 deep where drawn)
    const Vec3 up = unit(b.spine[2] - b.spine[1]);
    const Vec3 front = unit(cross(up, b.shoulder[kRight] - b.shoulder[kLeft]));
    return between(b.spine[1], b.spine[2], 0.6) + (front * kAhead);
}

// On the front of the belly under the middle of the back, where cat-cow's sag and rounding
// show without the guide's line standing over the back's outline.
Vec3 belly(const Body& b) {
    constexpr double kAhead = 0.1;  // from the spine to the belly's front (0.09 deep where drawn)
    const Vec3 up = unit(b.spine[1] - b.spine[0]);
    const Vec3 front = unit(cross(up, b.hip[kRight] - b.hip[kLeft]));
    return between(b.spine[0], b.spine[1]) + (front * kAhead);
}

}  // namespace

bool is_body_point(std::string_view name) {
    Vec3 ignored;
    return body_point(Body{}, name, ignored);
}

bool body_point(const Body& b, std::string_view name, Vec3& out) {
    if (name == "head") out = b.head;
    else if (name == "neck") out = b.neck;
    else if (name == "mid_back") out = b.spine[1];
    else if (name == "belly") out = belly(b);
    else if (name == "chest") out = between(b.shoulder[kLeft], b.shoulder[kRight]);
    else if (name == "sternum") out = sternum(b);
    else if (name == "pelvis") out = b.pelvis;
    else {
        const bool left = name.rfind("left_", 0) == 0;
        if (!left && name.rfind("right_", 0) != 0) return false;
        const int s = left ? kLeft : kRight;
        const std::string_view part = name.substr(left ? 5 : 6);
        if (part == "scapula") out = b.scapula[s];
        else if (part == "shoulder") out = b.shoulder[s];
        else if (part == "elbow") out = b.elbow[s];
        else if (part == "wrist") out = b.wrist[s];
        else if (part == "fingers") out = b.fingers[s];
        else if (part == "knee") out = b.knee[s];
        else if (part == "ankle") out = b.ankle[s];
        else if (part == "toe") out = b.toe[s];
        else return false;
    }
    return true;
}

std::string mirrored_point(const std::string& name) {
    if (name.rfind("left_", 0) == 0) return "right_" + name.substr(5);
    if (name.rfind("right_", 0) == 0) return "left_" + name.substr(6);
    return name;
}

std::vector<Vec3> sample_guide(const ExerciseKeys& keys) { return sample_guide(keys, keys.guide); }

std::vector<Vec3> sample_guide(const ExerciseKeys& keys, const std::string& point) {
    std::vector<Vec3> path;
    if (point.empty() || keys.in.empty() || keys.out.empty()) return path;
    auto at = [&](const std::vector<const Pose*>& half, double t) {
        Vec3 p;
        if (body_point(build_body(along_half(half, t), keys.support), point, p)) path.push_back(p);
    };
    if (keys.guide_from_start) {
        // The first rep's way in, from start through the in- and out-breath, then back along
        // it: one line, its far end half way round, its second half retracing the first.
        std::vector<const Pose*> way{&keys.start};
        for (const auto* half : {&keys.in, &keys.out})
            for (const Pose& p : *half) way.push_back(&p);
        for (int i = 0; i < 2 * kGuideSamplesPerHalf; ++i) {
            const double t = static_cast<double>(i < kGuideSamplesPerHalf ? i : 2 * kGuideSamplesPerHalf - i);
            at(way, t / kGuideSamplesPerHalf);
        }
        return path;
    }
    std::vector<const Pose*> in{&keys.out.back()}, out{&keys.in.back()};
    for (const Pose& p : keys.in) in.push_back(&p);
    for (const Pose& p : keys.out) out.push_back(&p);
    for (const auto* half : {&in, &out})
        for (int i = 0; i < kGuideSamplesPerHalf; ++i) at(*half, static_cast<double>(i) / kGuideSamplesPerHalf);
    return path;
}

std::vector<Vec3> mirrored_path(const std::vector<Vec3>& path) {
    std::vector<Vec3> m = path;
    for (Vec3& p : m) p.z = -p.z;
    return m;
}

BreathPhase returning_breath(const ExerciseKeys& keys) {
    const std::vector<Vec3>& path = keys.guide_path;
    const size_t n = path.size(), half = n / 2;
    Vec3 rest;
    if (n < 4 || !body_point(build_body(keys.start, keys.support), keys.guide, rest)) return BreathPhase::None;
    const bool work_in = telling_moment(keys) == Moment::In;
    const Vec3 work_end = path[work_in ? half : 0], other_end = path[work_in ? 0 : half];
    if (distance(other_end, rest) > 0.5 * distance(work_end, rest)) return BreathPhase::None;
    // Back along the way there: each point of the out-breath's half near the in-breath's.
    const double near = 0.25 * distance(path[0], path[half]);
    for (size_t i = half + 1; i < n; ++i) {
        double nearest = distance(path[i], path[0]);
        for (size_t j = 1; j <= half; ++j) nearest = std::min(nearest, distance(path[i], path[j]));
        if (nearest > near) return BreathPhase::None;
    }
    return work_in ? BreathPhase::Out : BreathPhase::In;
}

std::vector<GuideArrow> guide_arrows(const ExerciseKeys& keys, BreathPhase breath) {
    const size_t n = keys.guide_path.size(), half = n / 2;
    if (n < 4) return {};
    if (breath == BreathPhase::None) breath = telling_moment(keys) == Moment::In ? BreathPhase::In : BreathPhase::Out;
    if (breath == keys.guide_return) return {};
    // Pointing along the last few steps rather than the last one: where a path bends or
    // slows at its end (a wrist rounding the top of its slide) that one step can point askew.
    constexpr size_t kBack = 3;
    if (breath == BreathPhase::In) return {{half - kBack, half, half}};
    return {{n - kBack, 0, 0}};
}

std::vector<size_t> lead_steps(const std::vector<Vec3>& path, const GuideArrow& arrow) {
    const size_t n = path.size(), half = n / 2;
    std::vector<size_t> steps;
    if (n < 4 || arrow.at >= n) return steps;
    for (size_t k = half; k > 0; --k) steps.push_back((arrow.at + n - k) % n);
    return steps;
}

double distance_to_path(const std::vector<Vec3>& path, Vec3 p) {
    double nearest = path.empty() ? 0 : distance(p, path[0]);
    for (size_t i = 0; i < path.size(); ++i) {
        const Vec3 a = path[i], ab = path[(i + 1) % path.size()] - a;
        const double along = dot(ab, ab) > 0 ? std::clamp(dot(p - a, ab) / dot(ab, ab), 0.0, 1.0) : 0.0;
        nearest = std::min(nearest, distance(p, a + ab * along));
    }
    return nearest;
}

Vec3 path_middle(const std::vector<Vec3>& path) {
    Vec3 middle;
    for (Vec3 p : path) middle = middle + (p * (1.0 / static_cast<double>(path.size())));
    return middle;
}

bool guide_dot(const GuideTrack& track, double grown, Vec3 now, Vec3& at) {
    if (track.path.size() < 4) return false;
    const Vec3 middle = path_middle(track.path);
    // Where the point would be at its keys' own size, the size the path was sampled at.
    if (distance_to_path(track.path, middle + (now - middle) * (1 / grown)) > kOnGuidePath) return false;
    at = middle + (now - middle) * track.grow;
    return true;
}

double guide_enlargement(const std::vector<Vec3>& path) {
    if (path.empty()) return 1;
    const Vec3 middle = path_middle(path);
    double reach = 0;
    for (Vec3 p : path) reach = std::max(reach, distance(p, middle));
    if (reach < 1e-6 || reach >= kLeastGuideReach) return 1;
    return kLeastGuideReach / reach;
}

namespace {

// The least distance between two paths, each enlarged `grow` times about its own middle.
double apart_when_grown(const std::vector<Vec3>& a, const std::vector<Vec3>& b, double grow) {
    const Vec3 ma = path_middle(a), mb = path_middle(b);
    double least = 1e9;
    for (Vec3 p : a)
        for (Vec3 q : b) least = std::min(least, distance(ma + (p - ma) * grow, mb + (q - mb) * grow));
    return least;
}

}  // namespace

std::vector<GuideTrack> guide_tracks(const ExerciseKeys& keys) {
    std::vector<GuideTrack> tracks;
    for (const auto& [point, path] :
         {std::pair{&keys.guide, &keys.guide_path}, std::pair{&keys.guide_also, &keys.guide_also_path}}) {
        if (path->empty()) continue;
        GuideTrack own{*point, *path, guide_enlargement(*path)};
        const std::string twin_point = mirrored_point(*point);
        if (!keys.guide_both_sides || twin_point == *point) {
            tracks.push_back(std::move(own));
            continue;
        }
        // Sampled from the twin's own movement, not mirrored: a twin that moves unlike its mirror image keeps its own path.
        GuideTrack twin{twin_point, sample_guide(keys, twin_point), 1};
        double grow = std::min(own.grow, guide_enlargement(twin.path));
        const double floor = std::min(kTwinGuidesApart, apart_when_grown(own.path, twin.path, 1));
        while (grow > 1 && apart_when_grown(own.path, twin.path, grow) < floor) grow = std::max(1.0, grow - 0.05);
        own.grow = twin.grow = grow;
        tracks.push_back(std::move(own));
        tracks.push_back(std::move(twin));
    }
    return tracks;
}

}  // namespace limber
