// What an outsider still only partly followed in the floor exercises after round 1: thread
// the needle's head hanging to the floor in the opening and its guide drawn as two crossing
// loops, a cobra so low its forearms lay flat (a sphinx), the roller extension's only arrow
// on the face pointing down (teaching to drop the head), and superman's legs lifting more
// than a sore back wants. Measured on the body's points and the guides' paths.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::climb_deg;
using test::elbow_bend;
using test::work_body;

namespace {

const ExerciseKeys& keys(const std::string& id) { return *test::shipped_library().find(id); }

}  // namespace

TEST_CASE("thread the needle: the wrist goes back down the line it rose along, one arc, not two loops") {
    const ExerciseKeys& k = keys("thread-the-needle");
    REQUIRE(k.guide_path.size() == 2 * kGuideSamplesPerHalf);
    const std::vector<Vec3> in(k.guide_path.begin(), k.guide_path.begin() + kGuideSamplesPerHalf);
    const std::vector<Vec3> out(k.guide_path.begin() + kGuideSamplesPerHalf, k.guide_path.end());
    double widest = 0;
    for (Vec3 p : out) widest = std::max(widest, distance_to_path(in, p));
    CHECK(widest < 0.05);  // the two halves drawn as one line (they were up to 0.2 apart)
}

TEST_CASE("thread the needle: opening, the face turns up after the rising hand instead of hanging to the floor") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight;
        for (double progress : {0.5, 1.0}) {
            CAPTURE(progress);
            const Body b = work_body("thread-the-needle", BreathPhase::In, progress, side);
            const Vec3 look = unit(b.face - b.head);
            // Not hanging: the eyes look level or up, never down at the floor.
            CHECK(look.y > -0.3);
            // And toward the reaching arm's side, where the hand goes.
            const double out = side == Side::Left ? -1 : 1;
            CHECK(out * look.z > 0.5);
            CHECK(b.wrist[arm].y > b.head.y);
        }
    }
}

TEST_CASE("cobra: the hands push the chest up, the forearms clear of the mat, the elbows bent and close") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("cobra", half, 1);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(b.wrist[s].y < 0.03);                                        // the hands stay planted
            CHECK(std::abs(b.wrist[s].x - b.shoulder[s].x) < 0.04);            // under the shoulders
            CHECK(b.elbow[s].y > 0.055);                                       // the forearm off the mat (the elbow was at 0.03)
            CHECK(climb_deg(b.wrist[s], b.elbow[s]) > 13);                     // not lying flat (was 4)
            CHECK(elbow_bend(b, s) > 90);                                      // bent, not a press-up
            CHECK(std::abs(b.elbow[s].z) - std::abs(b.shoulder[s].z) < 0.03);  // close to the ribs
        }
        // The chest clearly up, yet below round 7's press-up (0.24); at the top above the sphinx
        // (0.17), and breathing out it settles a little with the shoulders, the forearms still up.
        CHECK(b.spine[2].y > (half == BreathPhase::In ? 0.19 : 0.16));
        CHECK(b.spine[2].y < 0.225);
        CHECK(b.pelvis.y < 0.075);
        CHECK(climb_deg(b.pelvis, b.spine[0]) < 10);  // the hips and lower ribs stay down
    }
}

// The breastbone's arc, close to the roller, was short and round 13's judges found the
// extension tiny; the near elbow, cradling the head at the far end of the arching back,
// drops much further, and lies out at the side rather than on the face.
TEST_CASE("thoracic extension: the guide follows the near elbow dropping toward the mat as the upper back arches, not the head") {
    const ExerciseKeys& k = keys("thoracic-extension");
    CHECK(k.guide == "left_elbow");
    REQUIRE(k.guide_path.size() == 2 * kGuideSamplesPerHalf);
    const Body curled = work_body("thoracic-extension", BreathPhase::In, 1),
               arched = work_body("thoracic-extension", BreathPhase::Out, 1);
    Vec3 from, to;
    REQUIRE(body_point(curled, k.guide, from));
    REQUIRE(body_point(arched, k.guide, to));
    CHECK(distance(from, to) > 0.12);
    CHECK(to.y < from.y - 0.1);  // down toward the mat
    // Seen from the exercise's camera, above the near side, the elbow lies clear of the face.
    const CameraAngle camera = test::shipped_exercise("thoracic-extension").camera;
    for (const Body* b : {&curled, &arched}) {
        Vec3 elbow;
        REQUIRE(body_point(*b, k.guide, elbow));
        CHECK(distance(elbow, b->head) > 0.2);
        CHECK(test::screen_apart(camera, elbow, b->head) > 0.1);
    }
}

// Session 14: from 28 degrees above the side the roller showed only as its end, hidden under
// the body; round 16 from 30 degrees toward the head the arch was hard to judge. Low and
// nearly side-on the roller's round shows below the back (roller_wall_side_views_test.cpp).
TEST_CASE("thoracic extension: seen from the side toward the head and a little above, the roller under the upper back") {
    const CameraAngle camera = test::shipped_exercise("thoracic-extension").camera;
    CHECK(std::abs(std::abs(camera.yaw) - 90) <= 35);
    CHECK(camera.pitch >= 10);
    CHECK(camera.pitch <= 30);
    const std::vector<Solid> props = props_for(test::shipped_exercise("thoracic-extension"), keys("thoracic-extension"));
    REQUIRE(props.size() == 2);
    const Body b = work_body("thoracic-extension", BreathPhase::Out, 1);
    // Along the spine, the roller lies between the top of the low back and the shoulders.
    const double along = props[1].centre.x;
    CHECK(along < std::max(b.spine[0].x, b.spine[2].x));
    CHECK(along > std::min(b.spine[0].x, b.spine[2].x));
}

// Round 13's outsiders found the whole lift too small to see: the legs lift clearly (about
// 20 cm at the toes), the thighs still low.
TEST_CASE("superman: the legs lift clear of the mat from the hips, the thighs low") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(up.toe[s].y - down.toe[s].y > 0.03);  // still lifting
        CHECK(up.toe[s].y - down.toe[s].y < 0.14);  // no higher than the chest's line allows
    }
}
