// Round 17's outsiders on the two face-down exercises. Superman: "a big arch of the low back
// with the legs high and the head tipped up", "the head and neck hidden between the arms".
// Cobra: "the hands start in front of the head rather than under the shoulders; the end looks
// like a forearm-supported sphinx; the chin lifts". Article 001: superman lifts arms, chest
// and legs off the ground; cobra has the hands under the shoulders and presses up, the pelvis
// on the floor.
#include <doctest/doctest.h>

#include <cmath>

#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"

using namespace limber;
using test::climb_deg;
using test::elbow_bend;
using test::work_body;

namespace {

Body cobra_start() {
    const ExerciseKeys& k = *test::shipped_library().find("cobra");
    return build_body(k.start, k.support);
}

}  // namespace

TEST_CASE("superman: a small lift, the wrists about 0.11 and the ankles about 0.05 off the mat, the chest just off it") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(up.wrist[s].y - down.wrist[s].y > 0.09);
        CHECK(up.wrist[s].y - down.wrist[s].y < 0.13);
        CHECK(up.ankle[s].y - down.ankle[s].y > 0.035);
        CHECK(up.ankle[s].y - down.ankle[s].y < 0.065);
    }
    const double chest = up.spine[2].y - down.spine[2].y;
    CHECK(chest > 0.02);
    CHECK(chest < 0.06);
}

TEST_CASE("superman: the neck long and the face to the mat, the head seen beside the arms, not between them") {
    const CameraAngle camera = test::shipped_exercise("superman").camera;
    // Low beside the body, so the lift off the mat reads in profile (from 19 degrees above, round
    // 18, the head seemed to hang below the lifted arms); high enough that the back of the
    // head shows over the near arm (floor_followable_test.cpp).
    CHECK(camera.pitch >= 8);
    CHECK(camera.pitch <= 20);
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("superman", half, 1);
        CHECK(std::abs(climb_deg(b.spine[2], b.neck) - climb_deg(b.spine[1], b.spine[2])) < 3);
        CHECK(unit(b.face - b.head).y < -0.95);  // looking at the floor, not ahead
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            // The arms reach a little wider than the shoulders, leaving the head room between them.
            CHECK(std::abs(b.wrist[s].z) > std::abs(b.shoulder[s].z) + 0.05);
        }
        // The near upper arm does not cover the skull's top on its way to the camera; the
        // forearm, reaching past the head, crosses it low down as in life.
        const Vec3 crown = b.head + unit(b.head - b.neck) * Bones::head_radius * 0.5;
        CHECK(test::sight_clearance(camera, crown, b.shoulder[kLeft], b.elbow[kLeft], 0.03) > 0);
    }
}

TEST_CASE("cobra: the hands start flat beside the chest, under the shoulders, the fingers short of the head") {
    const Body b = cobra_start();
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(b.wrist[s].y < 0.03);
        // The heel of the hand a little toward the feet from the shoulder, the palm under it.
        CHECK(b.shoulder[s].x - b.wrist[s].x > 0.03);
        CHECK(b.shoulder[s].x - b.wrist[s].x < 0.07);
        CHECK(b.fingers[s].x < b.shoulder[s].x + 0.03);
        // Elbows bent and tucked by the ribs, pointing up and back rather than lying on the mat.
        CHECK(elbow_bend(b, s) > 135);
        CHECK(b.elbow[s].y > b.shoulder[s].y);
        CHECK(std::abs(b.elbow[s].z) - std::abs(b.shoulder[s].z) < 0.03);
    }
}

TEST_CASE("cobra: the hands stay put while the chest rises, and the elbows straighten by a clear amount") {
    const Body start = cobra_start();
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 10; ++i) {
            const Body b = work_body("cobra", half, i / 10.0);
            for (int s : {kLeft, kRight}) CHECK(distance(b.wrist[s], start.wrist[s]) < 0.02);
        }
    const Body top = work_body("cobra", BreathPhase::In, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(elbow_bend(start, s) - elbow_bend(top, s) > 25);
        CHECK(elbow_bend(top, s) > 90);  // still soft: a gentle lift, not a press-up on locked arms
    }
    CHECK(top.spine[2].y - start.spine[2].y > 0.1);
}

TEST_CASE("cobra: the neck stays long below the line of the upper back, the chin not lifted") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("cobra", half, 1);
        CHECK(climb_deg(b.spine[2], b.neck) < climb_deg(b.spine[1], b.spine[2]) - 6);
        CHECK(unit(b.face - b.head).y < -0.85);  // the gaze forward and down at the mat
    }
}
