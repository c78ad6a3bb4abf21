// The figure's pose: joint positions of a person seen from the front, in body
// units (1 = standing height), feet on the ground at y = 0, y pointing up.
#pragma once

#include "session.h"

namespace limber {

struct Vec2 {
    float x = 0;
    float y = 0;
};

enum Limb { kLeft = 0, kRight = 1 };

struct Figure {
    Vec2 head;
    float head_radius = 0;
    Vec2 neck, chest, pelvis;
    Vec2 shoulder[2], elbow[2], hand[2];
    Vec2 hip[2], knee[2], foot[2];
};

// Bone lengths are fixed; poses only turn joints.
struct Proportions {
    float upper_arm = 0.17f;
    float forearm = 0.155f;
    float thigh = 0.245f;
    float shin = 0.245f;
};

// Where one slow shoulder roll is at `roll` (0..1): forward and up on the
// in-breath, back and down on the out-breath.
Figure shoulder_roll_figure(double roll, const Proportions& p = {});

// The pose the state calls for: rolling in Work, standing tall otherwise.
Figure pose_for(const State& s);

}  // namespace limber
