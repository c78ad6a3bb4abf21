// Whose left: how the figure is shown so that copying it is right, which of its arms
// does the work, and what the page calls the side ("Your left side").
//
// People copy a figure on a screen the way they copy a mirror: what is on the left of the
// screen goes on their left. So when the camera sees the figure from its front half
// (|yaw| < 90) it is drawn as the user's reflection: for "your left side" its working arm
// is on the screen's left, which a figure with the user's own anatomy facing them would
// hold on the right. Seen side-on (|yaw| = 90) it is a reflection too: the figure's near
// side copies the user's side that faces the screen, as in a mirror beside which one
// kneels. Seen from behind (|yaw| > 90) it is copied by following, as one follows a
// teacher standing in front: the figure's left is already on the screen's left, and
// mirroring it would put the work on the wrong side, so it is drawn as it is.
//
// The catalog's camera is written for the keys' side; whenever the drawn body is the
// keys' mirror image, so is the camera (yaw turns the other way), so it keeps seeing
// the working arm's side.
#pragma once

#include <string>

#include "keyframes.h"
#include "skeleton.h"
#include "timeline.h"

namespace limber {

// True from the front half and side-on; false from behind. `yaw` in degrees, as in CameraAngle.
bool shown_as_reflection(double yaw);

struct Shown {
    CameraAngle camera;              // as drawn: yaw turned the other way when the drawn body is the keys' mirror image
    bool reflected = false;          // the pose is drawn mirrored: the figure is the user's reflection
    int working_arm = -1;            // the drawn body's arm that does the work (kLeft, kRight); -1 when not sided
    bool working_shoulders = false;  // both shoulders marked as working (works_the_shoulders)
};

// Keys are written for the left side, whose arm does the work (threads, reaches, opens);
// the drawn body's working arm is that one, or its mirror image when reflected.
Shown shown_for(const CameraAngle& camera, Side side);

// The pose and the keyframes as drawn: mirrored when shown as a reflection.
Posed shown_pose(const Posed& posed, const Shown& shown);
ExerciseKeys shown_keys(const ExerciseKeys& keys, Side side, const Shown& shown);

// "Your left side"; while switching, where to: "Switch to your right side"; empty without a side.
std::string side_words(Phase phase, Side side);

}  // namespace limber
