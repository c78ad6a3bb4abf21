#include "reflection.h"

namespace limber {

bool shown_as_reflection(View view) { return view != View::Back; }

Shown shown_for(View view, Side side) {
    Shown s;
    s.view = view;
    s.reflected = shown_as_reflection(view);
    if (side != Side::None) {
        const int own = side == Side::Left ? kLeft : kRight;
        s.working_arm = s.reflected ? 1 - own : own;
    }
    s.flipped = view == View::Side && s.working_arm == kRight;
    return s;
}

Posed shown_pose(const Posed& posed, const Shown& shown) {
    if (!shown.reflected) return posed;
    return {mirrored(posed.pose), mirrored(posed.support)};
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
