// Draws the figure from its body points through a perspective camera: each segment of
// the limbs, the pelvis, torso and head ordered far to near, each in a lit and a shadow
// tone, in the player's palette.
#pragma once

#include "camera.h"
#include "core/motion_guide.h"
#include "core/reflection.h"
#include "core/skeleton.h"
#include "draw.h"

namespace limber {

// The working arm (`shown.working_arm`) wears the highlight colour, so that the side to use
// is seen at a glance; so do the shoulders' caps when they do the work.
void draw_figure(Painter& paint, const Camera& cam, const Body& body, const Shown& shown = {});
// One forearm and its hand alone, in the near tones: an arm resting on the face of a prop
// that is drawn over the rest of the figure lies in front of that face.
void draw_resting_forearm(Painter& paint, const Camera& cam, const Body& body, int side, int working_arm = -1);

// Which part of a guide to draw: what lies farther from the eye than the depth `behind`
// goes under the figure, so that the body hides a path where it passes behind the trunk
// (thread the needle's under the chest); the rest over it.
struct GuideLayer {
    float behind;
    bool under_figure;
};

// The motion guide: the track's path (a loop, as motion_guide.h samples it), enlarged its
// `grow` times and `grown_now` times again (Posed::grown) about its middle, as a thin line,
// `arrows` (guide_arrows) pointing the way it goes, the half each one ends bolder (the way of
// the breath being taken), and a dot where the guided point is `now`; of all that, the part
// in `layer`.
void draw_motion_guide(Painter& paint, const Camera& cam, const GuideTrack& track, double grown_now,
                       const std::vector<GuideArrow>& arrows, Vec3 now, GuideLayer layer);

// Every point the figure's outline can reach in `body`, for fitting a camera to it.
void add_outline_points(const Body& body, std::vector<Vec3>& out);

}  // namespace limber
