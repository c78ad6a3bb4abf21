#include "keyframes.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "json_text.h"
#include "motion_guide.h"
#include "props.h"
#include "session.h"

namespace limber {

namespace {

using Json = nlohmann::json;

// Ready and switch segments reach the start pose a little early and stay there,
// so the count-down ends on a still figure; rest eases back within its first part.
constexpr double kLeadInMove = 0.8;
constexpr double kRestMove = 0.3;

// Past three times its keys' size, a movement would leave the joints' ranges.
constexpr double kMostGrowth = 3;

// The mean of the in and out keys: the middle a circle's keys go round.
Pose middle_of(const ExerciseKeys& k) {
    Pose sum;
    for (const std::vector<Pose>* keys : {&k.in, &k.out})
        for (const Pose& p : *keys)
            for (size_t i = 0; i < sum.v.size(); ++i) sum.v[i] += p.v[i];
    const double n = static_cast<double>(k.in.size() + k.out.size());
    for (double& v : sum.v) v /= n;
    return sum;
}

// `p` with every joint's way from `middle` made `times` as long.
Pose enlarged(const Pose& middle, const Pose& p, double times) {
    Pose out;
    for (size_t i = 0; i < out.v.size(); ++i) out.v[i] = middle.v[i] + (p.v[i] - middle.v[i]) * times;
    return out;
}

double growth_at(const ExerciseKeys& k, double work_progress) {
    return 1 + (k.grows_to - 1) * std::clamp(work_progress, 0.0, 1.0);
}

struct Reader {
    std::string_view file;
    std::string error;

    bool fail(const std::string& where, const std::string& what) {
        if (error.empty()) error = std::string(file) + ": " + where + ": " + what;
        return false;
    }

    bool set(Pose& pose, const std::string& key, double deg, const std::string& where) {
        const int j = find_joint(key);
        const int left = find_joint("left_" + key), right = find_joint("right_" + key);
        if (j < 0 && (left < 0 || right < 0)) return fail(where, "unknown joint '" + key + "'");
        for (int k : {j, left, right}) {
            if (k < 0) continue;
            const JointInfo& info = joint_info(k);
            if (deg < info.min || deg > info.max)
                return fail(where, "'" + key + "' is " + std::to_string(deg) + ", outside its range");
            pose[k] = deg;
        }
        return true;
    }

    bool keyframe(const Json& obj, const Pose& base, Pose& out, const std::string& where) {
        if (!obj.is_object()) return fail(where, "must be an object of joint angles");
        out = base;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!it.value().is_number()) return fail(where, "'" + it.key() + "' must be a number");
            if (!set(out, it.key(), it.value().get<double>(), where)) return false;
        }
        return true;
    }

    bool half(const Json& ex, const char* key, const Pose& start, std::vector<Pose>& out, const std::string& where) {
        auto it = ex.find(key);
        if (it == ex.end()) return fail(where, std::string("'") + key + "' is missing");
        const Json list = it->is_array() ? *it : Json::array({*it});
        if (list.empty()) return fail(where, std::string("'") + key + "' lists no keyframe");
        for (size_t i = 0; i < list.size(); ++i) {
            out.emplace_back();
            if (!keyframe(list[i], start, out.back(), where + "." + key + "[" + std::to_string(i) + "]")) return false;
        }
        return true;
    }

    bool exercise(const Json& ex, const Pose& neutral, ExerciseKeys& k, const std::string& where) {
        if (!ex.is_object()) return fail(where, "must be an object");
        if (!keyframe(ex.value("start", Json::object()), neutral, k.start, where + ".start")) return false;
        if (!half(ex, "in", k.start, k.in, where) || !half(ex, "out", k.start, k.out, where)) return false;
        if (k.in.back() == k.out.back()) return fail(where, "the in- and out-breath end on the same pose");
        auto ease_it = ex.find("ease");
        if (ease_it != ex.end() && !ease_it->is_string()) return fail(where, "ease must be text");
        const std::string ease = ease_it == ex.end() ? "sine" : ease_it->get<std::string>();
        if (ease == "sine") k.ease = Ease::Sine;
        else if (ease == "smooth") k.ease = Ease::Smooth;
        else if (ease == "linear") k.ease = Ease::Linear;
        else return fail(where, "ease '" + ease + "' is not sine, smooth or linear");
        bool forearms = false;
        for (const Json& hand : ex.value("plant", Json::array())) {
            if (hand == "left_hand") k.support.plant[kLeft] = 1;
            else if (hand == "right_hand") k.support.plant[kRight] = 1;
            else if (hand == "left_forearm") k.support.plant[kLeft] = 1, forearms = true;
            else if (hand == "right_forearm") k.support.plant[kRight] = 1, forearms = true;
            else return fail(where, "plant lists something other than left_/right_hand or left_/right_forearm");
        }
        auto surface_it = ex.find("surface");
        if (surface_it != ex.end() && !surface_it->is_string()) return fail(where, "surface must be corner or door_frame");
        k.surface = surface_it == ex.end() ? "" : surface_it->get<std::string>();
        if (!k.surface.empty() && k.surface != "corner" && k.surface != "door_frame")
            return fail(where, "surface '" + k.surface + "' is not corner or door_frame");
        if (forearms != !k.surface.empty()) return fail(where, "planted forearms need a surface, and a surface planted forearms");
        auto anchor_it = ex.find("anchor");
        if (anchor_it != ex.end() && !anchor_it->is_string()) return fail(where, "anchor must be pelvis or feet");
        const std::string anchor = anchor_it == ex.end() ? "pelvis" : anchor_it->get<std::string>();
        if (anchor != "pelvis" && anchor != "feet") return fail(where, "anchor must be pelvis or feet");
        k.support.anchor_feet = anchor == "feet";
        if (forearms) place_walls(k);
        auto from_start_it = ex.find("guide_from_start");
        if (from_start_it != ex.end()) {
            if (!from_start_it->is_boolean() || ex.find("guide") == ex.end())
                return fail(where, "guide_from_start must be true or false, beside a guide");
            k.guide_from_start = from_start_it->get<bool>();
        }
        auto guide_it = ex.find("guide");
        if (guide_it != ex.end()) {
            if (!guide_it->is_string() || !is_body_point(guide_it->get<std::string>()))
                return fail(where, "guide must name a body point such as left_shoulder or left_fingers");
            k.guide = guide_it->get<std::string>();
            k.guide_path = sample_guide(k);
            k.guide_return = returning_breath(k);
        }
        auto both_it = ex.find("guide_both_sides");
        if (both_it != ex.end()) {
            if (!both_it->is_boolean() || k.guide.empty())
                return fail(where, "guide_both_sides must be true or false, beside a guide");
            k.guide_both_sides = both_it->get<bool>();
        }
        auto grows_it = ex.find("grows_to");
        if (grows_it != ex.end()) {
            if (!grows_it->is_number() || !(grows_it->get<double>() >= 1 && grows_it->get<double>() <= kMostGrowth))
                return fail(where, "grows_to must be a number from 1 to " + std::to_string(static_cast<int>(kMostGrowth)));
            k.grows_to = grows_it->get<double>();
        }
        k.middle = middle_of(k);
        auto also_it = ex.find("guide_also");
        if (also_it != ex.end()) {
            if (!also_it->is_string() || !is_body_point(also_it->get<std::string>()) || k.guide.empty())
                return fail(where, "guide_also must name a body point, beside a guide");
            k.guide_also = also_it->get<std::string>();
            k.guide_also_path = sample_guide(k, k.guide_also);
        }
        return true;
    }
};

// Eased progress along a path of keyframes: one ease over the whole breath half,
// so the figure flows through the middle keyframes without stopping at them.
Pose along(const std::vector<const Pose*>& path, double t) {
    const double u = t * static_cast<double>(path.size() - 1);
    const size_t i = std::min(path.size() - 2, static_cast<size_t>(u));
    return lerp(*path[i], *path[i + 1], u - static_cast<double>(i));
}

Support blend(const Support& a, const Support& b, double t) {
    Support s = b;
    for (int side : {kLeft, kRight}) {
        s.plant[side] = a.plant[side] + (b.plant[side] - a.plant[side]) * t;
        // An arm leaving a wall keeps it until it is free, rather than reaching for the floor.
        if (!b.on_wall[side] && b.plant[side] == 0 && a.on_wall[side]) {
            s.on_wall[side] = true;
            s.wall[side] = a.wall[side];
            s.rests[side] = a.rests[side];
            s.rest_elbow[side] = a.rest_elbow[side];
            s.rest_wrist[side] = a.rest_wrist[side];
        }
    }
    return s;
}

Support free_standing(bool anchor_feet) {
    Support s;
    s.anchor_feet = anchor_feet;
    return s;
}

}  // namespace

const ExerciseKeys* PoseLibrary::find(const std::string& id) const {
    auto it = exercises.find(id);
    return it == exercises.end() ? nullptr : &it->second;
}

PoseLoad load_poses(std::string_view json_text, std::string_view file_name) {
    PoseLoad load;
    Reader r{file_name, {}};
    Json doc;
    if (!parse_limited(json_text, doc).empty() || !doc.is_object()) {
        load.error = std::string(file_name) + ": not a JSON object";
        return load;
    }
    if (!r.keyframe(doc.value("neutral", Json()), Pose{}, load.library.neutral, "neutral")) {
        load.error = r.error;
        return load;
    }
    const Json exercises = doc.value("exercises", Json());
    if (!exercises.is_object()) {
        load.error = std::string(file_name) + ": 'exercises' must be an object";
        return load;
    }
    for (auto it = exercises.begin(); it != exercises.end(); ++it) {
        ExerciseKeys k;
        if (!r.exercise(it.value(), load.library.neutral, k, it.key())) break;
        load.library.exercises.emplace(it.key(), std::move(k));
    }
    load.error = r.error;
    if (!load.ok()) load.library.exercises.clear();
    return load;
}

Pose end_of_work(const ExerciseKeys& keys) {
    return keys.grows_to == 1 ? keys.out.back() : enlarged(keys.middle, keys.out.back(), keys.grows_to);
}

ExerciseKeys keys_for(const ExerciseKeys& keys, Side side) {
    if (side != Side::Right) return keys;
    ExerciseKeys m = keys;
    m.start = mirrored(keys.start);
    for (Pose& p : m.in) p = mirrored(p);
    for (Pose& p : m.out) p = mirrored(p);
    m.support = mirrored(keys.support);
    m.middle = mirrored(keys.middle);
    m.guide = mirrored_point(keys.guide);
    m.guide_path = mirrored_path(keys.guide_path);
    m.guide_also = mirrored_point(keys.guide_also);
    m.guide_also_path = mirrored_path(keys.guide_also_path);
    return m;
}

Posed pose_at(const PoseLibrary& lib, const State& s, const PoseOptions& options) {
    const ExerciseKeys* found = s.in_routine && s.phase != Phase::Done ? lib.find(s.exercise_id) : nullptr;
    if (!found) return {lib.neutral, {}};
    const ExerciseKeys k = keys_for(*found, s.side);
    auto eased = [&](double t) { return options.still ? 1.0 : ease(k.ease, t); };
    switch (s.phase) {
        case Phase::Ready: {
            const double a = eased(s.segment_progress / kLeadInMove);
            const Support standing = free_standing(k.support.anchor_feet);
            const ExerciseKeys* prev = s.previous_exercise_id.empty() ? nullptr : lib.find(s.previous_exercise_id);
            if (!prev || options.still) return {lerp(lib.neutral, k.start, a), blend(standing, k.support, a)};
            // From where the previous exercise ended: straight into this start when it
            // was done in the same place, else up through standing at ease.
            const ExerciseKeys from = keys_for(*prev, s.previous_side);
            if (s.previous_same_place) return {lerp(end_of_work(from), k.start, a), blend(from.support, k.support, a)};
            const double u = std::min(1.0, s.segment_progress / kLeadInMove);
            if (u < 0.5) {
                const double b = ease(Ease::Smooth, u * 2);
                return {lerp(end_of_work(from), lib.neutral, b), blend(from.support, free_standing(from.support.anchor_feet), b)};
            }
            const double b = ease(Ease::Smooth, u * 2 - 1);
            return {lerp(lib.neutral, k.start, b), blend(standing, k.support, b)};
        }
        case Phase::Switch:
        case Phase::Rest: {
            // From the last pose of the set before (the other side's, when the sides
            // change) into this set's start.
            const Side other = s.side == Side::Right ? Side::Left : Side::Right;
            const Side from_side = s.previous_side != Side::None ? s.previous_side : s.phase == Phase::Switch ? other : s.side;
            const ExerciseKeys from = keys_for(*found, from_side);
            const double span = s.phase == Phase::Switch || from_side != s.side ? kLeadInMove : kRestMove;
            const double a = eased(s.segment_progress / span);
            return {lerp(end_of_work(from), k.start, a), blend(from.support, k.support, a)};
        }
        case Phase::Work: {
            // Not growing, the keys themselves: they are reached exactly, not approached.
            const double grown = growth_at(k, s.segment_progress);
            auto grow = [&](const Pose& p) { return Posed{grown == 1 ? p : enlarged(k.middle, p, grown), k.support, grown}; };
            if (s.breath == BreathPhase::None) return grow(k.start);
            if (s.held_peak != BreathPhase::None) return grow(s.held_peak == BreathPhase::In ? k.in.back() : k.out.back());
            std::vector<const Pose*> path;
            if (s.breath == BreathPhase::In) {
                path.push_back(s.breath_index <= 1 ? &k.start : &k.out.back());
                for (const Pose& p : k.in) path.push_back(&p);
            } else {
                path.push_back(&k.in.back());
                for (const Pose& p : k.out) path.push_back(&p);
            }
            return grow(along(path, eased(s.breath_progress)));
        }
        case Phase::Done: break;
    }
    return {lib.neutral, {}};
}

const char* moment_name(Moment m) {
    switch (m) {
        case Moment::Start: return "start";
        case Moment::In: return "in";
        case Moment::Out: return "out";
    }
    return "start";
}

Moment telling_moment(const ExerciseKeys& keys) {
    if (keys.in.empty()) return keys.out.empty() ? Moment::Start : Moment::Out;
    if (keys.out.empty()) return Moment::In;
    auto farthest_joint = [](const Pose& a, const Pose& b) {
        double most = 0;
        for (int j = 0; j < kJointCount; ++j) most = std::max(most, std::abs(a[j] - b[j]));
        return most;
    };
    return farthest_joint(keys.out.back(), keys.start) > farthest_joint(keys.in.back(), keys.start) ? Moment::Out : Moment::In;
}

const Pose& pose_at_moment(const ExerciseKeys& keys, Moment moment) {
    if (moment == Moment::In && !keys.in.empty()) return keys.in.back();
    if (moment == Moment::Out && !keys.out.empty()) return keys.out.back();
    return keys.start;
}

bool works_the_shoulders(const ExerciseKeys& keys) { return keys.guide == "left_shoulder" || keys.guide == "right_shoulder"; }

}  // namespace limber
