// Forward kinematics: joint angles to the points of a 3D stick figure with fixed
// bone lengths, set down on the floor, and the direction a camera sees them from.
// Units are body units (standing height about 1); y is up and the floor is y = 0.
#pragma once

#include "exercise.h"
#include "pose.h"
#include "vec3.h"

namespace limber {

struct Vec2 {
    float x = 0;
    float y = 0;
};

struct Bones {
    static constexpr double spine[3] = {0.10, 0.10, 0.095};
    static constexpr double neck = 0.07;
    static constexpr double upper_arm = 0.17, forearm = 0.155, hand = 0.07;
    static constexpr double thigh = 0.245, shin = 0.245, foot = 0.12;
    static constexpr double hip_half_width = 0.085;
    static constexpr double head_radius = 0.066;
};

struct Body {
    Vec3 pelvis;      // between the hip joints: the root
    Vec3 spine[3];    // tops of the lumbar, thoracic and upper thoracic segments
    Vec3 neck, head;  // top of the neck, centre of the skull
    Vec3 face;        // a point on the front of the head: which way it looks
    Vec3 scapula[2];  // middle of each shoulder blade
    Vec3 shoulder[2], elbow[2], wrist[2], fingers[2];
    Vec3 elbow_bend[2];  // the way the point of the elbow goes as it bends: off the line from shoulder to wrist
    Vec3 hip[2], knee[2], ankle[2], heel[2], toe[2];
    // Behind and a little below the hip joints, turning with the pelvis alone (not the
    // spine): shows which way the pelvis tilts, the tailbone lifting or tucking.
    Vec3 tailbone;
};

// A flat surface an arm can rest on: the points p with dot(normal, p) == offset. The
// normal is a unit vector pointing to the side the body is on.
struct Plane {
    Vec3 normal;
    double offset = 0;
};

// Where the keyframes want hands pressed into the floor (0: free, 1: planted), and
// which point stays put on the floor when the body leans. A planted arm with a wall
// rests its forearm flat on that wall instead (a corner's side, a door jamb).
struct Support {
    double plant[2] = {0, 0};
    bool anchor_feet = false;
    bool on_wall[2] = {false, false};
    Plane wall[2];
    // Where a forearm on a wall rests, fixed once from the start pose (place_walls): the
    // elbow's and the wrist's points. The body leans past them; they do not slide.
    bool rests[2] = {false, false};
    Vec3 rest_elbow[2], rest_wrist[2];
};

// The same support for the mirrored pose: sides swap, walls reflect across the midline.
Support mirrored(const Support& s);

// Joints to points; then the body is lowered onto the floor (its lowest surface
// touches y = 0) and planted hands are brought down to it, bending the elbows.
Body build_body(const Pose& pose, const Support& support = {});

double distance(Vec3 a, Vec3 b);
// Signed: positive on the side the plane's normal points to.
double height_above(const Plane& plane, Vec3 p);
Vec3 between(Vec3 a, Vec3 b, double t = 0.5);
// The body's thickness around each point, for resting it on the floor.
double lowest_surface(const Body& b);

// The unit vector from the figure toward a camera at `angle` (the figure stands at the
// origin facing +x, so yaw 0 is straight in front of it and yaw 90 at its left, -z).
Vec3 toward_camera(const CameraAngle& angle);
// The screen's rightward direction for that camera: level, across the line of sight.
Vec3 screen_right(const CameraAngle& angle);

}  // namespace limber
