// What an exercise is done on or with, as solids in the figure's world (body units, y up,
// the floor at y = 0): the corner's two walls, a door frame, a chair, the mat, the foam
// roller, the wall behind the back, dumbbells. Everything but the dumbbells is placed once
// from the exercise's key poses, so it stays put while the figure moves.
#pragma once

#include <vector>

#include "exercise.h"
#include "keyframes.h"
#include "skeleton.h"

namespace limber {

enum class Material { Wall, Wood, Mat, Roller, Iron };

// A box with half-extent vectors u, v, w from its centre (any orientation), or a cylinder
// whose axis runs from centre - u to centre + u with the cross-section's radius vectors v, w.
struct Solid {
    enum class Shape { Box, Cylinder } shape = Shape::Box;
    Material material = Material::Wood;
    Vec3 centre, u, v, w;
    // Drawn over the figure when nearer the camera than the part of it beside the solid (a
    // door jamb beside the arm resting on it, a dumbbell in front of the chest);
    // the rest lies under or behind it (floor, mat, roller, seat, walls it faces).
    bool may_cover = false;
    // The body leans or rests on it (walls, door jambs, the roller), so its touches are shown.
    bool leaned_on = false;
    // When it covers the figure it is drawn as its edges over a faint fill, so the body
    // behind it still shows (the door jamb on the camera's side).
    bool see_through = false;
};

// The walls planted forearms rest on, from the start pose: the corner's walls meet ahead of
// the figure at right angles, each turned 45 degrees from its front; a door frame's jambs
// face it. Either touches the start pose's forearms. Needs keys.surface and the start pose.
void place_walls(ExerciseKeys& keys);

// The exercise's fixed props for these keys (as drawn: on the side shown), seen from
// `camera` (as drawn: the keys' mirror image is seen with the yaw turned the other way).
// A door frame stands on a threshold, set in a wall: the front foot's toes are over the
// threshold, the back foot before it. Like an architect's cutaway, a wall or frame part
// that comes between the eye and the body in any key pose is drawn see-through over it,
// so a view from the front of a corner or a doorway still shows the lean behind them.
std::vector<Solid> props_for(const Exercise& e, const ExerciseKeys& keys, const CameraAngle& camera);
// Seen from the exercise's own camera (the keys as written).
std::vector<Solid> props_for(const Exercise& e, const ExerciseKeys& keys);
// What the hands hold, where they are now.
std::vector<Solid> held_props(const Exercise& e, const Body& b);

// The eight corners of a box; a cylinder's rims, `n` points each (first the -u end).
std::vector<Vec3> solid_points(const Solid& s, int n = 16);

}  // namespace limber
