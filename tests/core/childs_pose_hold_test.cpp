// Child's pose is a hold (the articles: kneel, sit back onto the heels, arms long, forehead
// down, stay and breathe): the first in-breath of a set takes the figure from the table top
// into the fold, and after it the figure only breathes there, the back widening on the
// in-breath and the hips sinking to the heels on the out-breath. Round 13 rocked the hips
// back up toward the table top on every in-breath of the 30 s hold.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_body.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::work_body;

namespace {

constexpr const char* kId = "childs-pose";

Body table_top() { return work_body(kId, BreathPhase::None, 0); }
Body first(BreathPhase half, double progress) { return work_body(kId, half, progress, Side::None, 1); }

}  // namespace

TEST_CASE("child's pose: the first in-breath sits back from the table top into the fold") {
    const Body begin = table_top(), folded = first(BreathPhase::In, 1);
    MESSAGE("hips from " << begin.pelvis.x << ", " << begin.pelvis.y << " to " << folded.pelvis.x << ", " << folded.pelvis.y);
    CHECK(folded.pelvis.y < begin.pelvis.y - 0.1);  // down toward the heels
    CHECK(folded.pelvis.x < begin.pelvis.x - 0.2);  // and back over them
    CHECK(folded.pelvis.y < 0.18);
    CHECK(folded.fingers[kLeft].x > begin.fingers[kLeft].x + 0.1);  // the hands went forward
    CHECK(folded.head.y < Bones::head_radius + 0.03);               // the forehead down
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(test::elbow_bend(folded, s) < 15);  // the arms long
        CHECK(std::abs(folded.knee[s].x - begin.knee[s].x) < 0.01);
    }
    // Half way the hips are on their way back, well clear of both ends: the movement of the
    // three frames.
    const Body half = first(BreathPhase::In, 0.5);
    CHECK(half.pelvis.x < begin.pelvis.x - 0.06);
    CHECK(half.pelvis.x > folded.pelvis.x + 0.06);
}

TEST_CASE("child's pose: after the first in-breath the hips stay near the heels, breathing, with no rocking") {
    const Body folded = first(BreathPhase::In, 1), sunk = work_body(kId, BreathPhase::Out, 1);
    double highest = sunk.pelvis.y, lowest = sunk.pelvis.y, most_forward = sunk.pelvis.x;
    // The first out-breath and the breaths after it, all through each half.
    for (int breath : {1, 2, 3})
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
            if (breath == 1 && half == BreathPhase::In) continue;
            for (int i = 0; i <= 20; ++i) {
                const Body b = work_body(kId, half, i / 20.0, Side::None, breath);
                highest = std::max(highest, b.pelvis.y);
                lowest = std::min(lowest, b.pelvis.y);
                most_forward = std::max(most_forward, b.pelvis.x);
                CHECK(b.head.y < Bones::head_radius + 0.04);  // the forehead stays down
            }
        }
    MESSAGE("the hips breathe between " << lowest << " and " << highest << " high, at most " << most_forward << " forward");
    CHECK(highest - lowest < 0.03);              // a breath, not a way back up
    CHECK(most_forward - sunk.pelvis.x < 0.03);  // nor forward toward the knees
    CHECK(highest <= folded.pelvis.y + 1e-9);    // no higher than the fold the entry reached
    CHECK(sunk.pelvis.y < 0.15);                 // on the heels
    // The in-breath widens and lifts the back a little; the out-breath lets the hips sink.
    const Body widened = work_body(kId, BreathPhase::In, 1);
    CHECK(widened.spine[1].y > sunk.spine[1].y + 0.005);
    CHECK(sunk.pelvis.y < widened.pelvis.y - 0.005);
}

TEST_CASE("child's pose: the pelvis guide shows the way in, from over the knees back to the heels") {
    const ExerciseKeys& k = *test::shipped_library().find(kId);
    REQUIRE(k.guide == "pelvis");
    REQUIRE(k.guide_path.size() == 2 * kGuideSamplesPerHalf);
    const Body begin = table_top(), sunk = work_body(kId, BreathPhase::Out, 1);
    const std::vector<Vec3>& path = k.guide_path;
    // From the table top's hips to the heels half way round, then back the same way.
    CHECK(distance(path.front(), begin.pelvis) < 1e-6);
    CHECK(distance(path[kGuideSamplesPerHalf], sunk.pelvis) < 1e-6);
    for (int i = 1; i < kGuideSamplesPerHalf; ++i) CHECK(distance(path[i], path[2 * kGuideSamplesPerHalf - i]) < 1e-6);
    // One arrowhead, at the heels, for the way in; the retracing half is never pointed.
    CHECK(k.guide_return == BreathPhase::Out);
    for (BreathPhase breath : {BreathPhase::None, BreathPhase::In}) {
        const std::vector<GuideArrow> arrows = guide_arrows(k, breath);
        REQUIRE(arrows.size() == 1);
        CHECK(arrows[0].at == static_cast<size_t>(kGuideSamplesPerHalf));
    }
    CHECK(guide_arrows(k, BreathPhase::Out).empty());
    // The hips are on the path at every moment of the work, so the dot shows where they are.
    for (int breath : {1, 2})
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (int i = 0; i <= 10; ++i) {
                const Body b = work_body(kId, half, i / 10.0, Side::None, breath);
                CHECK(distance_to_path(path, b.pelvis) <= kOnGuidePath);
            }
}

TEST_CASE("guide_from_start needs a guide and is true or false") {
    const char* alone =
        R"({"neutral": {}, "exercises": {"fold": {"guide_from_start": true, "in": {}, "out": {"hip_flex": 90}}}})";
    CHECK(load_poses(alone, "poses.json").error == "poses.json: fold: guide_from_start must be true or false, beside a guide");
    const char* text =
        R"({"neutral": {}, "exercises": {"fold": {"guide": "pelvis", "guide_from_start": 1, "in": {}, "out": {"hip_flex": 90}}}})";
    CHECK(load_poses(text, "poses.json").error == "poses.json: fold: guide_from_start must be true or false, beside a guide");
    // Without it the same keys guide a steady rep, which starts at the out-breath's end.
    const char* steady =
        R"({"neutral": {}, "exercises": {"fold": {"guide": "head", "in": {"hip_flex": 30}, "out": {"hip_flex": 90}}}})";
    const char* entered =
        R"({"neutral": {}, "exercises": {"fold": {"guide": "head", "guide_from_start": true, "in": {"hip_flex": 30}, "out": {"hip_flex": 90}}}})";
    const ExerciseKeys a = *load_poses(steady, "poses.json").library.find("fold");
    const ExerciseKeys b = *load_poses(entered, "poses.json").library.find("fold");
    Vec3 start_head, end_head;
    REQUIRE(body_point(build_body(b.start), "head", start_head));
    REQUIRE(body_point(build_body(b.out.back()), "head", end_head));
    CHECK(distance(a.guide_path.front(), end_head) < 1e-9);
    CHECK(distance(b.guide_path.front(), start_head) < 1e-9);
    CHECK(distance(b.guide_path[kGuideSamplesPerHalf], end_head) < 1e-9);
}
