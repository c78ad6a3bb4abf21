// What a viewer could not yet read from three frames of the roller extension, the seated
// rotation, child's pose and cat-cow, measured on the body's points, the props and the
// camera so that it stays fixed.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/props.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

constexpr double kDegPerRad = 180 / M_PI;

double angle_deg(Vec3 a, Vec3 b) { return std::acos(std::clamp(dot(unit(a), unit(b)), -1.0, 1.0)) * kDegPerRad; }

// How far the tailbone points up from straight back along the floor, seen from the side
// (degrees; 90 is straight up, past 90 it leans toward the head).
double tailbone_lift_deg(const Body& b) { return std::atan2(b.tailbone.y - b.pelvis.y, b.pelvis.x - b.tailbone.x) * kDegPerRad; }

// Every tenth of both breath halves of a steady rep on one side.
template <typename F>
void each_side_moment(const std::string& id, Side side, F&& f) {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 10; ++i) {
            const Posed p = pose_at(test::shipped_library(), test::work_state(id, side, half, i / 10.0));
            f(build_body(p.pose, p.support));
        }
}

}  // namespace

TEST_CASE("cat-cow: the pelvis tilts with the spine, the tailbone lifting in the cow and tucking in the cat") {
    const Body table = test::work_body("cat-cow", BreathPhase::None, 0);
    const Body cow = test::work_body("cat-cow", BreathPhase::In), cat = test::work_body("cat-cow", BreathPhase::Out);
    CHECK(tailbone_lift_deg(table) == doctest::Approx(50).epsilon(0.05));
    // Session 15: the cow sags with the whole spine and the cat rounds it all, so the pelvis
    // tips further each way (101 and 11 degrees before).
    CHECK(tailbone_lift_deg(cow) == doctest::Approx(111).epsilon(0.03));  // points at the ceiling, past it toward the head
    CHECK(tailbone_lift_deg(cat) == doctest::Approx(-7).epsilon(0.15));   // tucked right under the hips
    CHECK(cow.tailbone.y > cat.tailbone.y + 0.045);
    double lowest = 180, highest = -180;
    test::each_work_moment("cat-cow", [&](const Body& b, const Support&) {
        lowest = std::min(lowest, tailbone_lift_deg(b));
        highest = std::max(highest, tailbone_lift_deg(b));
    });
    CHECK(highest - lowest > 80);
}

TEST_CASE("the tailbone turns with the pelvis alone: behind the hips standing, the same whatever the spine does") {
    Pose p;
    Body b = build_body(p);
    CHECK(b.tailbone.x - b.pelvis.x == doctest::Approx(-0.055));
    CHECK(b.tailbone.y - b.pelvis.y == doctest::Approx(-0.03));
    p[kLumbarFlex] = 30;
    p[kThoracicRot] = 40;
    b = build_body(p);
    CHECK(b.tailbone.x - b.pelvis.x == doctest::Approx(-0.055));
    p[kPitch] = 90;  // face down: the tailbone points at the ceiling, a little toward the feet
    b = build_body(p);
    CHECK(b.tailbone.x - b.pelvis.x == doctest::Approx(-0.03));
    CHECK(b.tailbone.y - b.pelvis.y == doctest::Approx(0.055));
}

TEST_CASE("child's pose: the head stays in line with the upper back and turned the same way to the camera in every moment") {
    const CameraAngle camera = test::shipped_exercise("childs-pose").camera;
    const Vec3 eye = toward_camera(camera);
    double least = 180, most = 0, nearest_face = -1;
    test::each_work_moment("childs-pose", [&](const Body& b, const Support&) {
        const double bend = angle_deg(b.head - b.neck, b.spine[2] - b.spine[1]);
        least = std::min(least, bend);
        most = std::max(most, bend);
        // The face's front toward the camera, in head radii: well to one side of the
        // drawing's switch from face to the back of the head (-0.3), so it never flips.
        nearest_face = std::max(nearest_face, dot(b.face - b.head, eye) / Bones::head_radius);
    });
    // The skull sits a little forward of the neck's line: 9.5 degrees is the head in line.
    CHECK(least == doctest::Approx(9.5).epsilon(0.02));
    CHECK(most == doctest::Approx(9.5).epsilon(0.02));
    CAPTURE(nearest_face);
    CHECK(nearest_face < -0.45);
}

TEST_CASE("seated rotation: the raised hand stays behind the head and the other on the knee in every moment") {
    // Where it is seen from, and why: fly_and_turn_views_test.cpp. One hand, not both
    // (article 004; both hands on the head invited pulling on the neck).
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Right ? kRight : kLeft;
        each_side_moment("thoracic-rotation", side, [arm](const Body& b) {
            const Vec3 front = unit(b.face - b.head);
            CHECK(distance(b.wrist[arm], b.head) < 0.13);
            CHECK(distance(b.fingers[arm], b.head) < 0.095);
            CHECK(dot(b.fingers[arm] - b.head, front) < -0.06);  // at the back of the skull, not beside it
            // Cupping the skull, the fingertips below its middle: pointing up past it, the open
            // hand stood out above the head and outsiders read a wave.
            CHECK(b.fingers[arm].y < b.head.y);
            CHECK(distance(b.fingers[1 - arm], b.knee[arm]) < 0.08);
        });
    }
}

TEST_CASE("thoracic extension: a 15 cm roller under the shoulder blades, the upper back arching over it with the head in line") {
    const ExerciseKeys& keys = *test::shipped_library().find("thoracic-extension");
    const std::vector<Solid> props = props_for(test::shipped_exercise("thoracic-extension"), keys);
    REQUIRE(props.size() == 2);
    const Solid& roller = props[1];
    // The figure is about 1.7 m tall in 1 body unit: 15 cm across, and as long as a real one.
    CHECK(2 * std::hypot(roller.v.x, roller.v.y) == doctest::Approx(0.09).epsilon(0.05));
    CHECK(2 * std::abs(roller.u.z) > 0.5);
    double least = 180, most = 0;
    test::each_work_moment("thoracic-extension", [&](const Body& b, const Support&) {
        // Within a quarter of the blades' height (about 0.09) of their middle all through the
        // arch (a sixth while it was 30 degrees: a wider arch rolls the blades further over it).
        CHECK(std::abs(roller.centre.x - between(b.scapula[kLeft], b.scapula[kRight]).x) < 0.0225);
        const double bend = angle_deg(b.head - b.neck, b.spine[2] - b.spine[1]);
        least = std::min(least, bend);
        most = std::max(most, bend);
    });
    // The head rides on the upper back: it turns with it, never on its own.
    CHECK(most - least < 1);
    CHECK(most < 12);
    const Body i = test::work_body("thoracic-extension", BreathPhase::In),
               o = test::work_body("thoracic-extension", BreathPhase::Out);
    // From curled 12 degrees forward over the roller, the head held up in the hands, to draped
    // 30 degrees back over it (the upper back's whole extension): 42 degrees of arch. Round
    // 13's judges found 30 degrees (from 3 forward to 27 back) tiny; the head still stays
    // off the mat in the hands (floor_followable_test.cpp).
    CHECK(angle_deg(i.spine[2] - i.spine[1], o.spine[2] - o.spine[1]) == doctest::Approx(42).epsilon(0.01));
    CHECK(angle_deg(o.spine[1] - o.pelvis, o.spine[2] - o.spine[1]) == doctest::Approx(30).epsilon(0.01));
}
