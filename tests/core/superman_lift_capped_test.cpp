// Round 16's outsiders on superman, after session 14 enlarged a lift round 13 found too small:
// "now too big: a 'banana' arch of the low back"; round 17's still saw "a big arch ... the
// body forms a V" in a lift of 0.17 at the wrists. The lift is bounded here from both sides:
// big enough that hands and feet are off the mat, small enough to read as a small, safe lift
// (the steps: "just clear of the floor"; the cautions: "height is not the goal").
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"

using namespace limber;
using test::climb_deg;
using test::work_body;

TEST_CASE("superman: hands and feet clearly off the mat, but no higher than a modest lift") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        const double wrist = up.wrist[s].y - down.wrist[s].y, ankle = up.ankle[s].y - down.ankle[s].y;
        MESSAGE("the wrist lifts " << wrist << ", the ankle " << ankle);
        // About 19 cm at the wrists and 9 at the ankles on a figure about 1.7 m tall: off the
        // mat, with the wrists' guide saying which way (round 13's 0.067 at the chest alone was
        // too small to see), not round 17's 0.17 and 0.085, which read as a V.
        CHECK(wrist > 0.09);
        CHECK(wrist < 0.13);
        CHECK(ankle > 0.035);
        CHECK(ankle < 0.065);
    }
    CHECK(up.pelvis.y < 0.08);  // on the belly and hips throughout
}

TEST_CASE("superman: the upper back makes the lift, the low back extends only a little, the head in line") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    // Each segment's tilt above the mat at the top; resting, all lie flat.
    const double lumbar = climb_deg(up.pelvis, up.spine[0]), thoracic = climb_deg(up.spine[0], up.spine[1]);
    const double upper = climb_deg(up.spine[1], up.spine[2]), thigh = climb_deg(up.knee[kLeft], up.hip[kLeft]);
    MESSAGE("the segments climb " << lumbar << ", " << thoracic << ", " << upper << " degrees; the thighs " << -thigh);
    CHECK(std::abs(climb_deg(down.pelvis, down.spine[0])) < 1);
    // The low back extends about 3 degrees more than at rest, no more: session 14's 9 degrees
    // under 35 at the top of the back read as a banana, round 17's 5 under 23 as a V.
    CHECK(lumbar > 2);
    CHECK(lumbar < 7);
    // The ribs rise mostly through the thoracic spine: of the top of the chest's lift, the low
    // back's tilt carries at most a third.
    const double chest = up.spine[2].y - down.spine[2].y, from_low_back = up.spine[0].y - down.spine[0].y;
    CHECK(chest > 0.03);  // just off the mat
    CHECK(from_low_back < chest / 3);
    // Trunk and legs together open a shallow curve, not a deep one (session 14's 35 + 15,
    // round 17's 23 + 12 read as a V).
    CHECK(upper - thigh < 30);
    CHECK(upper - thigh > 20);
    // The neck goes on along the upper back, the eyes on the floor just ahead.
    CHECK(std::abs(climb_deg(up.spine[2], up.neck) - upper) < 4);
    const Vec3 gaze = unit(up.face - up.head);
    CHECK(gaze.y < -0.7);
    CHECK(dot(gaze, unit(up.spine[2] - up.spine[1])) < 0);  // not toward where the body points: no chin poke
}
