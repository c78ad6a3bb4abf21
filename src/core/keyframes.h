// Keyframes per exercise (assets/poses.json) and the pose the engine's state
// calls for: a pure function of the phase, breath, side and segment progress.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "breath.h"
#include "pose.h"
#include "skeleton.h"
#include "timeline.h"

namespace limber {

struct State;  // session.h, which carries the pose this computes

struct ExerciseKeys {
    Pose start;            // where the get-ready ends and each set begins
    std::vector<Pose> in;  // the in-breath passes through these, ending on the last
    std::vector<Pose> out;
    Ease ease = Ease::Sine;
    Support support;  // plant is 0 or 1 per hand here
    // What planted forearms rest on: "corner" (two walls meeting ahead of the figure)
    // or "door_frame" (the jambs' faces); empty when hands go to the floor.
    std::string surface;
    // The body point the motion guide follows ("left_shoulder"; empty: no guide) and its
    // path over a steady rep (motion_guide.h), sampled when the keys load.
    std::string guide;
    std::vector<Vec3> guide_path;
    // A hold entered once (child's pose: the first in-breath goes from start into the fold,
    // the later ones only breathe there): the guide shows the way in from start through the
    // first rep rather than a steady rep, whose path would be a dash.
    bool guide_from_start = false;
    // Both sides move (a squeeze, a fly's two arms): the guide is drawn on both.
    bool guide_both_sides = false;
    // A second point guided the same way where two ends of the body move (superman's
    // ankle rising with the wrist): empty for none, its path sampled like the guide's.
    std::string guide_also;
    std::vector<Vec3> guide_also_path;
    // The breath that only brings the guided point back to rest (returning_breath in
    // motion_guide.h), found when the keys load; None when both ways are work.
    BreathPhase guide_return = BreathPhase::None;
    // Movement that grows as the work goes on (arm circles: small circles, gradually
    // bigger): every joint's way from `middle`, the mean of the in and out keys, is enlarged
    // from 1 times at the work's start to `grows_to` times at its end. 1: it does not grow.
    double grows_to = 1;
    Pose middle;
};

struct PoseLibrary {
    Pose neutral;  // standing at ease: home, the finished screen, the start of each get-ready
    std::map<std::string, ExerciseKeys> exercises;
    const ExerciseKeys* find(const std::string& id) const;
};

struct PoseLoad {
    PoseLibrary library;
    std::string error;  // empty on success; names the file, the exercise and the joint
    bool ok() const { return error.empty(); }
};

// Each keyframe lists only what differs: start builds on neutral, in and out on
// start. A joint name without left_/right_ sets both sides.
PoseLoad load_poses(std::string_view json_text, std::string_view file_name);

// Keys are written for the left side (the arm that threads, the side that
// stretches, the way the chest turns); the right side is their mirror image.
ExerciseKeys keys_for(const ExerciseKeys& keys, Side side);

struct PoseOptions {
    // Reduced motion: no continuous movement; the figure shows the key pose of
    // the current breath half (or the start pose outside work) at once.
    bool still = false;
};

struct Posed {
    Pose pose;
    Support support;
    double grown = 1;  // how many times the keys' movement is enlarged now (ExerciseKeys::grows_to)
};

// The pose the work ends on, which the rest, the switch of sides or the next get-ready
// starts from: the last out-breath key, enlarged as far as the movement grows.
Pose end_of_work(const ExerciseKeys& keys);

Posed pose_at(const PoseLibrary& lib, const State& s, const PoseOptions& options = {});

// Where a still catches an exercise: its start pose, or the end of the in- or out-breath.
enum class Moment { Start, In, Out };
const char* moment_name(Moment);  // "start", "in", "out"

// The moment that shows what the exercise does: of the ends of the in- and out-breath,
// the one farther from the start pose (the in-breath's when they are as far).
Moment telling_moment(const ExerciseKeys& keys);
const Pose& pose_at_moment(const ExerciseKeys& keys, Moment moment);

// The shoulders themselves do the work (a roll: the guide follows a shoulder). They move
// inside the trunk's outline, in the shirt's colour, so the figure marks them as working.
bool works_the_shoulders(const ExerciseKeys& keys);

// The pose library shipped in assets/poses.json, loaded once.
const PoseLoad& shipped_poses();

}  // namespace limber
