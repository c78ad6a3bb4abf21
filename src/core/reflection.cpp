#include "reflection.h"

#include <cmath>
#include <utility>

namespace limber {

bool shown_as_reflection(double yaw) {
    // A hair past side-on still counts as side-on, so a rounded yaw of 90 stays a mirror.
    return std::abs(yaw) <= 90.5;
}

Shown shown_for(const CameraAngle& camera, Side side) {
    Shown s;
    s.camera = camera;
    s.reflected = shown_as_reflection(camera.yaw);
    if (side != Side::None) {
        const int own = side == Side::Left ? kLeft : kRight;
        s.working_arm = s.reflected ? 1 - own : own;
    }
    // The drawn body is the keys' mirror image when exactly one of reflecting and the
    // right side mirrors it.
    if (s.reflected != (side == Side::Right)) s.camera.yaw = -camera.yaw;
    return s;
}

Posed shown_pose(const Posed& posed, const Shown& shown) {
    if (!shown.reflected) return posed;
    return {mirrored(posed.pose), mirrored(posed.support), posed.grown};
}

ExerciseKeys shown_keys(const ExerciseKeys& keys, Side side, const Shown& shown) {
    if (!shown.reflected) return keys_for(keys, side);
    // The keys are the left side's; the right side's are their mirror image.
    return keys_for(keys, side == Side::Right ? Side::Left : Side::Right);
}

std::string side_words(Phase phase, Side side) {
    if (side == Side::None) return {};
    const std::string name = side == Side::Left ? "left" : "right";
    if (phase == Phase::Switch) return "Switch to your " + name + " side";
    return "Your " + name + " side";
}

}  // namespace limber
