// Round 19's outsiders followed three small movements only in part. The seated rotation:
// "the torso barely turns; the elbow's arrow reads as lifting", seen 40 degrees above, where
// the elbow's sweep back ran up the picture. The shoulder blade squeeze: "one hand juts
// forward", the near forearm, turned out, pointing past the elbow beside the body. So the
// rotation is seen where the shoulders' line swings round on the screen against the still
// hips (from the side it turns to, fly_and_turn_views_test.cpp), and its guide is the front
// of the chest sweeping round, level; the squeeze's forearms stay in front of the belly,
// hidden by the trunk from behind. Measured in the player's perspective (test_view.h), the
// left side.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "test_body.h"
#include "test_view.h"

using namespace limber;
using test::deg;
using test::View;
using test::view_of;
using test::work_body;

TEST_CASE("seated rotation: on the screen the shoulders' line swings round while the hips' line stays") {
    const View view = view_of("thoracic-rotation");
    const Body front = work_body("thoracic-rotation", BreathPhase::In, 1);
    const Body turned = work_body("thoracic-rotation", BreathPhase::Out, 1);
    const double shoulders = test::line_turn(test::screen_heading(view, front.shoulder[kLeft], front.shoulder[kRight]),
                                             test::screen_heading(view, turned.shoulder[kLeft], turned.shoulder[kRight]));
    const double hips = test::line_turn(test::screen_heading(view, front.hip[kLeft], front.hip[kRight]),
                                        test::screen_heading(view, turned.hip[kLeft], turned.hip[kRight]));
    MESSAGE("the shoulders' line turns " << shoulders << " degrees on the screen, the hips' " << hips);
    // From 40 degrees above it turned 40 degrees on the screen, the rest of the turn running
    // along the line of sight, and read as barely one.
    CHECK(shoulders > 45);
    CHECK(hips < 1);
}

TEST_CASE("seated rotation: the guide is the front of the chest sweeping round the trunk, level, across the picture") {
    const ExerciseKeys& k = *test::shipped_library().find("thoracic-rotation");
    const View view = view_of("thoracic-rotation");
    const Body front = work_body("thoracic-rotation", BreathPhase::In, 1);
    const Vec3 axis = front.pelvis;
    REQUIRE(k.guide_path.size() > 2);
    double low = 1e9, high = -1e9, least = 1e9, most = -1e9;
    float left = 1e9f, right = -1e9f, bottom = 1e9f, top = -1e9f;
    for (Vec3 p : k.guide_path) {
        low = std::min(low, p.y);
        high = std::max(high, p.y);
        const double round = deg(std::atan2(p.z - axis.z, p.x - axis.x));
        least = std::min(least, round);
        most = std::max(most, round);
        const Vec2 s = view(p);
        left = std::min(left, s.x);
        right = std::max(right, s.x);
        bottom = std::min(bottom, s.y);
        top = std::max(top, s.y);
    }
    MESSAGE("the guide goes " << most - least << " degrees round the hips, rises " << high - low << ", spans "
                              << (right - left) / (top - bottom) << " times as wide as tall on the screen");
    // Round the trunk by most of the turn, at one height (a hand's width at most).
    CHECK(most - least > 50);
    CHECK(high - low < 0.03);
    // On the screen a sweep across, not up: the elbow's sweep back, from 40 degrees above,
    // spanned a quarter as wide as tall and read as a lift.
    CHECK(right - left > 1.3f * (top - bottom));
}

TEST_CASE("shoulder blade squeeze: the forearms point forward and in, no hand out past its elbow") {
    double worst = -1e9;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 24; ++i) {
            const Body b = work_body("scapular-squeeze", half, i / 24.0);
            for (int s : {kLeft, kRight}) {
                // How much farther from the body's middle (z = 0) the hand is than its elbow.
                worst = std::max(worst, std::abs(b.fingers[s].z) - std::abs(b.elbow[s].z));
            }
        }
    MESSAGE("the farthest a hand reaches out past its elbow: " << worst);
    // Turned out as the blades squeezed, the forearms swung the hands out to the sides, and
    // from behind the near one jutted out past the body; held forward and a little in, the
    // hands stay in front of the belly, which hides them from behind.
    CHECK(worst < 0.005);
}
