// The motion guide: the path one body point draws over a steady rep (the in-breath from
// where the last out-breath ended, then the out-breath), so that a still picture shows
// which way a circle or a reach goes. Which point is guided is data (assets/poses.json's
// "guide"); the path is sampled once, when the keyframes load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "breath.h"
#include "skeleton.h"

namespace limber {

struct ExerciseKeys;

// A point of the body a guide can follow: "head", "neck", "mid_back", "belly" (its front,
// under the mid back), "chest" (the top of
// the breastbone, between the shoulders, where a lean forward shows), "sternum" (in front
// of the breastbone, where a turn of the chest shows), "pelvis", or left_/right_ with
// "scapula", "shoulder", "elbow", "wrist", "fingers", "knee", "ankle", "toe".
bool is_body_point(std::string_view name);
// False (and `out` untouched) for a name is_body_point refuses.
bool body_point(const Body& body, std::string_view name, Vec3& out);
// The same point on the other side: left_shoulder <-> right_shoulder; others unchanged.
std::string mirrored_point(const std::string& name);

// Samples per breath half; the whole loop has twice as many points.
constexpr int kGuideSamplesPerHalf = 24;

// Where keys.guide goes over a steady rep, in body units as build_body places it, starting
// at the out-breath's last pose; a loop when the rep ends where it began. With
// keys.guide_from_start, the first rep's way from the start pose to the out-breath's end,
// then back the same way. Empty without a guide.
std::vector<Vec3> sample_guide(const ExerciseKeys& keys);
// The same for another body point (keys.guide_also), sampled at the same moments.
std::vector<Vec3> sample_guide(const ExerciseKeys& keys, const std::string& point);

// An arrowhead on the guide's path: at path[at], pointing from path[from] toward path[to].
struct GuideArrow {
    size_t from, to, at;
};

// The breath that only brings the guided point back toward where it rests at the start
// pose (a side bend's or a turn's return): the path's other half goes back along the way
// the work came (within a quarter of the work's reach), and ends nearer rest than half
// the way from rest to the work's end (the exercise's telling moment). None for a loop (a
// circle), where both ways move the point somewhere (a slide up the wall and on down past
// the start), or without a path.
BreathPhase returning_breath(const ExerciseKeys& keys);

// The one arrowhead showing which way keys.guide_path goes: the way of `breath`, at the
// end of its half the point is heading for (the in-breath's end while breathing in, the
// out-breath's end while breathing out), so a circle says forward or backward. The
// returning breath (keys.guide_return) has none, so the frames of one rep never point
// opposite ways; outside a breath (getting ready, a hold, a still) the way to the
// exercise's telling moment. None without a path.
std::vector<GuideArrow> guide_arrows(const ExerciseKeys& keys, BreathPhase breath);

// The points of the path the breath of `arrow` goes along: the half that ends at its head.
// Each is the index of a step from path[i] to path[(i + 1) % size].
std::vector<size_t> lead_steps(const std::vector<Vec3>& path, const GuideArrow& arrow);

// How far p lies from the drawn path (a closed polyline through its points), in body units.
// The guided point is on its path all through the work; getting ready or resting it may be
// elsewhere (cobra's chest lying flat, under a path that runs between lifted poses).
double distance_to_path(const std::vector<Vec3>& path, Vec3 p);
// Within this of its path the guided point is on it, and the player marks it with a dot.
constexpr double kOnGuidePath = 0.02;

// How much the player enlarges a path about its middle (at least 1), so a small movement's
// shape and way read at a glance: a path reaching under kLeastGuideReach from its middle is
// drawn reaching that far. A loop is not drawn larger than that: the shoulder rolls' loop,
// drawn twice the shoulder's own, read as a big ring round a shoulder that barely moved.
constexpr double kLeastGuideReach = 0.07;
double guide_enlargement(const std::vector<Vec3>& path);
// The middle a path is enlarged about: the mean of its points.
Vec3 path_middle(const std::vector<Vec3>& path);

// One guided point's path as the player draws it: enlarged `grow` times about its middle,
// and as many times again as the movement has grown (Posed::grown: arm circles getting bigger).
struct GuideTrack {
    std::string point;
    std::vector<Vec3> path;
    double grow = 1;
};

// Where the player marks the guided point, now at `now` with its movement `grown` times its
// keys' size, on the track drawn that much larger: false when the point is off its path.
bool guide_dot(const GuideTrack& track, double grown, Vec3 now, Vec3& at);

// Twin paths, enlarged, keep at least this far apart, so that two arrowheads pointing at
// each other (the shoulder blade squeeze's, meeting at the spine) never lie over one another
// and read as one arrow going across.
constexpr double kTwinGuidesApart = 0.06;

// The paths to draw: the guided point's, and where both sides move (keys.guide_both_sides)
// its twin's on the other side, sampled the same way: the mirror image across the midline
// where both move alike, the same turn on the far side of the spine where the chest turns;
// then keys.guide_also's the same way. Each is enlarged by guide_enlargement, a twin pair
// no further than keeps them kTwinGuidesApart (or as far apart as they are).
std::vector<GuideTrack> guide_tracks(const ExerciseKeys& keys);

// The path of the mirrored body: the figure's right and left swap across its middle (z).
std::vector<Vec3> mirrored_path(const std::vector<Vec3>& path);

}  // namespace limber
