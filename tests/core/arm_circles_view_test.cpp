// Arm circles as three stills show them: the outsider saw flat loops that turned the same
// way on screen and could not tell forward from backward; then, from the front
// three-quarter, open ellipses on arms whose line climbed the screen, which see-sawed and
// still did not tell the way round; then, nearly from the side, a head in profile over a chest
// facing front (round 13). The circles must be seen open from the front three-quarter, side by
// side, and the stills must find the hands at clearly different points of the circle.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/keyframes.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::on_screen;
using test::OnScreen;

namespace {

Vec3 fingers(BreathPhase half, double progress, int s = kLeft) {
    const Posed p = pose_at(test::shipped_library(), test::work_state("arm-circles", Side::None, half, progress, 2));
    return build_body(p.pose, p.support).fingers[s];
}

}  // namespace

TEST_CASE("arm circles: each circle is seen open, the two side by side") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // The circle's plane from its four quarters: over the top, back, under, front.
        const Vec3 top = fingers(BreathPhase::In, 0.5, s), back = fingers(BreathPhase::In, 1, s);
        const Vec3 bottom = fingers(BreathPhase::Out, 0.5, s), front = fingers(BreathPhase::Out, 1, s);
        const Vec3 normal = unit(cross(top - bottom, front - back));
        // 1 is a round loop facing the viewer, 0 a line: open, the arrow over the top shows
        // which way round it goes (the face beside it says which way is forward). Round 13's
        // 0.9, nearly from the side, showed a head in profile over a chest facing front; from
        // the front three-quarter the loop is an ellipse three quarters as wide as it is tall.
        const double open = std::abs(dot(normal, toward_camera(camera)));
        CAPTURE(open);
        CHECK(open > 0.7);
        // Forward and back along the circle show across the screen too.
        CHECK(std::abs(dot(unit(front - back), screen_right(camera))) > 0.5);
    }
    // The far circle shows beside the near one, not hidden behind it: their middles lie
    // further apart on the screen than a circle is wide (0.16).
    const Vec3 spread = fingers(BreathPhase::None, 0, kLeft) - fingers(BreathPhase::None, 0, kRight);
    CHECK(std::abs(dot(spread, screen_right(camera))) > 0.25);
}

TEST_CASE("arm circles: the hand is at clearly different points of the circle at the moments the stills show") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 moments[] = {fingers(BreathPhase::In, 0), fingers(BreathPhase::In, 0.5), fingers(BreathPhase::In, 1),
                            fingers(BreathPhase::Out, 0.5)};
    for (int i = 0; i < 4; ++i) {
        for (int k = i + 1; k < 4; ++k) {
            CAPTURE(i);
            CAPTURE(k);
            // A third of the small circle's 0.16 across, on the screen, at the least.
            CHECK(test::screen_apart(camera, moments[i], moments[k]) > 0.055);
        }
    }
}
