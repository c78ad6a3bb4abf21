// Arm circles as three stills show them: the outsider saw flat loops that turned the same
// way on screen and could not tell forward from backward; then, from the front
// three-quarter, open ellipses on arms whose line climbed the screen, which see-sawed and
// still did not tell the way round; then, nearly from the side, a head in profile over a chest
// facing front (round 13); then, from the front three-quarter again, circles seen edge-on
// (session 14); then, from the side, the near circle round but the arm a stub pointing at the
// viewer, read as shoulder rolls (round 16). From the front three-quarter, a little above, both
// arms stay long and both circles show as open ellipses; the stills must find the hand at
// clearly different points of them.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("arm circles: both arms long on the screen, each circle an open ellipse, both guided") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Body start = test::work_body("arm-circles", BreathPhase::In, 0);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // The circle's plane from its four quarters: over the top, back, under, front.
        const Vec3 top = fingers(BreathPhase::In, 0.5, s), back = fingers(BreathPhase::In, 1, s);
        const Vec3 bottom = fingers(BreathPhase::Out, 0.5, s), front = fingers(BreathPhase::Out, 1, s);
        const Vec3 normal = unit(cross(top - bottom, front - back));
        // 1 is a round loop facing the viewer, 0 a line. Seen along the arm (round 16, 0.99)
        // the loop was round and the arm a stub; edge-on it is a line.
        const double open = std::abs(dot(normal, toward_camera(camera)));
        // The straight arm, shoulder to fingertips, as long on the screen as it is: 1 across
        // the line of sight, 0 along it (round 16's near arm, from the side, 0.21).
        const Vec3 arm = start.fingers[s] - start.shoulder[s];
        const double seen = std::sqrt(std::max(0.0, 1 - std::pow(dot(unit(arm), toward_camera(camera)), 2)));
        CAPTURE(open);
        CAPTURE(seen);
        CHECK(open > 0.55);
        CHECK(seen > 0.5);
    }
    // Apart on the screen, the two loops never come near each other (from the side the far one
    // lay over the near one): both are drawn, so both arms are seen to circle at once.
    double nearest = 1e9;
    for (BreathPhase a : {BreathPhase::In, BreathPhase::Out})
        for (BreathPhase b : {BreathPhase::In, BreathPhase::Out})
            for (int i = 0; i < 12; ++i)
                for (int k = 0; k < 12; ++k)
                    nearest =
                        std::min(nearest, test::screen_apart(camera, fingers(a, i / 12.0, kLeft), fingers(b, k / 12.0, kRight)));
    CAPTURE(nearest);
    CHECK(nearest > 0.5);
    CHECK(test::shipped_library().find("arm-circles")->guide_both_sides);
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
