// Where the body presses on a prop it leans on (the corner's walls, a door jamb, the wall
// behind the back, the foam roller), so the picture can show the touch: which part, which
// solid, and the stretch of the solid's surface it rests on. Found from the posed body and
// the placed props alone.
#pragma once

#include <string>
#include <vector>

#include "props.h"

namespace limber {

// How far a part's surface may stand off a prop's (or sink into it) and still touch, in
// body units: the keys hold a planted forearm to within a few thousandths, a back on the
// roller to about a hundredth.
constexpr double kContactTolerance = 0.02;

struct Contact {
    std::string part;  // "head", "upper_back", "mid_back", "pelvis", left_/right_ "upper_arm", "forearm", "hand"
    size_t solid = 0;  // index into the props it was found among
    // The touching stretch on the solid's surface, from one end to the other (equal for a
    // point touch), and the surface's outward normal there.
    Vec3 from, to, normal;
    double radius = 0;  // the part's thickness there: how wide the touch is
};

// Every part touching a solid marked leaned_on, within `tolerance`; at most one contact
// per part and solid. Ordered by part, then solid.
std::vector<Contact> find_contacts(const Body& body, const std::vector<Solid>& props, double tolerance = kContactTolerance);

}  // namespace limber
