// Round 17's verdict on two exercises, both followed by no one. Arm circles, from the front
// three-quarter and 20 degrees above: "the angled view turns the circles into ellipses so
// forward versus backward is unclear; the two hands are at different points of their circles;
// the arms are at different heights". So the circles are seen from the front three-quarter
// but nearly level, where the two loops show alike and the hands go round them together at
// one height. (The seated rotation's view is measured in fly_and_turn_views_test.cpp.)
// Measured in the player's perspective (test_view.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "test_body.h"
#include "test_view.h"

using namespace limber;
using test::rep_of;
using test::View;
using test::view_of;

namespace {

// Twice the area a closed screen path encloses, signed: positive going anticlockwise.
double screen_area(const std::vector<Vec2>& path) {
    double twice = 0;
    for (size_t i = 0; i < path.size(); ++i) {
        const Vec2 a = path[i], b = path[(i + 1) % path.size()];
        twice += double{a.x} * b.y - double{b.x} * a.y;
    }
    return twice / 2;
}

}  // namespace

TEST_CASE("arm circles: the two hands go round alike on the screen, in step and at one height") {
    const View view = view_of("arm-circles");
    const std::vector<Body> rep = rep_of("arm-circles");
    std::vector<Vec2> loop[2];
    double most_apart = 0;
    for (const Body& b : rep) {
        for (int s : {kLeft, kRight}) loop[s].push_back(view(b.fingers[s]));
        // One height on the screen at every moment: round 17's 20 degrees above stood the near
        // hand 0.1 body units below the far one, and the arms read as at different heights.
        most_apart = std::max(most_apart, std::abs(view(b.fingers[kLeft]).y - view(b.fingers[kRight]).y) * view.distance);
    }
    MESSAGE("the hands stand at most " << most_apart << " apart up the screen");
    CHECK(most_apart < 0.04);
    // Both loops go the same way round on the screen and look alike in size (round 17's tilted
    // ellipses leant opposite ways, so the hands seemed to be at different points of them).
    const double near = screen_area(loop[kLeft]), far = screen_area(loop[kRight]);
    CAPTURE(near);
    CAPTURE(far);
    CHECK(near * far > 0);
    CHECK(std::min(std::abs(near), std::abs(far)) > 0.75 * std::max(std::abs(near), std::abs(far)));
    // From the front three-quarter, nearly level.
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    CHECK(std::abs(camera.yaw) >= 40);
    CHECK(std::abs(camera.yaw) <= 50);
    CHECK(camera.pitch <= 10);
}
