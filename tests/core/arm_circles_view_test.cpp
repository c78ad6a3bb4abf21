// Arm circles as three stills show them: the outsider saw flat loops that turned the same
// way on screen and could not tell forward from backward; then, from the front
// three-quarter, open ellipses on arms whose line climbed the screen, which see-sawed and
// still did not tell the way round; then, nearly from the side, a head in profile over a chest
// facing front (round 13); then, from the front three-quarter again, circles seen edge-on
// (session 14). From the side the near circle is seen round, the stills must find the hand at
// clearly different points of it.
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

TEST_CASE("arm circles: each circle is seen round from the side, only the near one guided") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // The circle's plane from its four quarters: over the top, back, under, front.
        const Vec3 top = fingers(BreathPhase::In, 0.5, s), back = fingers(BreathPhase::In, 1, s);
        const Vec3 bottom = fingers(BreathPhase::Out, 0.5, s), front = fingers(BreathPhase::Out, 1, s);
        const Vec3 normal = unit(cross(top - bottom, front - back));
        // 1 is a round loop facing the viewer, 0 a line. From the front three-quarter (0.74,
        // session 14) the outsiders saw the circles edge-on; from the side they face the viewer.
        const double open = std::abs(dot(normal, toward_camera(camera)));
        CAPTURE(open);
        CHECK(open > 0.95);
        // Forward and back along the circle show across the screen too.
        CHECK(std::abs(dot(unit(front - back), screen_right(camera))) > 0.9);
    }
    // Seen from the side the far circle lies behind the body, round the same line of sight
    // as the near one: drawn, its loop would lie over the near one in a tangle (as shoulder
    // rolls' did), so only the near hand's is guided.
    CHECK_FALSE(test::shipped_library().find("arm-circles")->guide_both_sides);
}

TEST_CASE("arm circles: the hand is at clearly different points of the circle at the moments the stills show") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 moments[] = {fingers(BreathPhase::In, 0), fingers(BreathPhase::In, 0.5), fingers(BreathPhase::In, 1),
                            fingers(BreathPhase::Out, 0.5)};
    for (int i = 0; i < 4; ++i) {
        for (int k = i + 1; k < 4; ++k) {
            CAPTURE(i);
            CAPTURE(k);
            // A quarter of the circle's 0.22 across, on the screen, at the least.
            CHECK(test::screen_apart(camera, moments[i], moments[k]) > 0.055);
        }
    }
}
