// The motion guide: the path the guided point draws over a steady rep, sampled when the
// keyframes load, mirrored for the right side, and refused for a point the body lacks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_body.h"
#include "test_poses.h"
#include "test_view.h"

using namespace limber;

namespace {

// True when the path's out-breath half goes back along its in-breath half: a turn there
// and back rather than a loop.
bool retraces(const std::vector<Vec3>& path) {
    const size_t half = path.size() / 2;
    if (half < 2) return false;
    Vec3 middle;
    for (Vec3 p : path) middle = {middle.x + p.x, middle.y + p.y, middle.z + p.z};
    const double n = static_cast<double>(path.size());
    middle = {middle.x / n, middle.y / n, middle.z / n};
    double reach = 0;
    for (Vec3 p : path) reach = std::max(reach, distance(p, middle));
    // Going back the way it came, every point of the way back lies on the way there; a
    // loop's way back lies across it, about twice its reach away at the farthest.
    const double near = 0.2 * reach;
    for (size_t i = half; i < path.size(); ++i) {
        double closest = reach * 4;
        for (size_t j = 0; j <= half; ++j) closest = std::min(closest, distance(path[i], path[j]));
        if (closest > near) return false;
    }
    return true;
}

const ExerciseKeys& shipped_keys(const char* id) {
    const ExerciseKeys* keys = test::shipped_library().find(id);
    REQUIRE_MESSAGE(keys, id);
    return *keys;
}

// The loop's vector area (half the sum of p_i x p_i+1): its length is the area a flat
// loop encloses, whichever plane it lies in.
Vec3 vector_area(const std::vector<Vec3>& path) {
    Vec3 a;
    for (size_t i = 0; i < path.size(); ++i) {
        const Vec3 p = path[i], q = path[(i + 1) % path.size()];
        a.x += (p.y * q.z - p.z * q.y) / 2;
        a.y += (p.z * q.x - p.x * q.z) / 2;
        a.z += (p.x * q.y - p.y * q.x) / 2;
    }
    return a;
}

double largest_step(const std::vector<Vec3>& path) {
    double most = 0;
    for (size_t i = 0; i < path.size(); ++i) most = std::max(most, distance(path[i], path[(i + 1) % path.size()]));
    return most;
}

}  // namespace

TEST_CASE("the shoulder-rolls guide is a closed loop that goes backward at the top") {
    const ExerciseKeys& k = shipped_keys("shoulder-rolls");
    CHECK(k.guide == "left_shoulder");
    const std::vector<Vec3>& path = k.guide_path;
    REQUIRE(path.size() == 48);
    // Closed: the step from the last sample back to the first is no longer than the others.
    const double closing = distance(path.back(), path.front());
    CHECK(closing <= largest_step(path) + 1e-9);
    CHECK(closing < 0.02);
    // Round: the loop encloses some area, not a line traced back and forth.
    MESSAGE("area " << length(vector_area(path)));
    CHECK(length(vector_area(path)) > 0.002);
    // At its highest the shoulder travels toward the figure's back (-x: the figure faces +x).
    const auto top = std::max_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.y < b.y; });
    const size_t i = static_cast<size_t>(top - path.begin());
    const Vec3 before = path[(i + path.size() - 1) % path.size()], after = path[(i + 1) % path.size()];
    MESSAGE("top dx " << after.x - before.x << " top y " << top->y);
    CHECK(after.x - before.x < -0.005);
    // And at its lowest it comes forward again: a roll, not a rock.
    const auto bottom = std::min_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.y < b.y; });
    const size_t j = static_cast<size_t>(bottom - path.begin());
    MESSAGE("bottom dx " << path[(j + 1) % path.size()].x - path[(j + path.size() - 1) % path.size()].x);
    CHECK(path[(j + 1) % path.size()].x - path[(j + path.size() - 1) % path.size()].x > 0.005);
}

TEST_CASE("the arm-circles guide follows the fingertips round a loop that encloses an area") {
    const ExerciseKeys& k = shipped_keys("arm-circles");
    CHECK(k.guide == "left_fingers");
    REQUIRE(k.guide_path.size() == 48);
    MESSAGE("area " << length(vector_area(k.guide_path)) << " closing " << distance(k.guide_path.back(), k.guide_path.front()));
    CHECK(length(vector_area(k.guide_path)) > 0.02);
    CHECK(distance(k.guide_path.back(), k.guide_path.front()) <= largest_step(k.guide_path) + 1e-9);
}

TEST_CASE("the right side's guide is the left side's mirror image") {
    for (const char* id : {"shoulder-rolls", "arm-circles", "thoracic-rotation"}) {
        CAPTURE(id);
        const ExerciseKeys right = keys_for(shipped_keys(id), Side::Right);
        CHECK(right.guide == mirrored_point(shipped_keys(id).guide));
        // A point of one side becomes the other side's; the chest's middle stays itself.
        CHECK((right.guide != shipped_keys(id).guide) == (shipped_keys(id).guide.rfind("left_", 0) == 0));
        // Sampled afresh from the mirrored keyframes, the path lands where mirroring put it.
        const std::vector<Vec3> fresh = sample_guide(right);
        REQUIRE(fresh.size() == right.guide_path.size());
        for (size_t i = 0; i < fresh.size(); ++i) CHECK(distance(fresh[i], right.guide_path[i]) < 1e-9);
        CHECK(right.guide_path[0].z == doctest::Approx(-shipped_keys(id).guide_path[0].z));
    }
}

// Every shipped exercise has a guide now (cat-cow's and child's pose's came last, after
// round 13), so keys without one are written here.
TEST_CASE("an exercise without a guide has no path and no tracks") {
    const PoseLoad load =
        load_poses(R"({"neutral": {}, "exercises": {"bend": {"in": {"lumbar_flex": 20}, "out": {}}}})", "poses.json");
    REQUIRE(load.ok());
    const ExerciseKeys& k = *load.library.find("bend");
    CHECK(k.guide.empty());
    CHECK(k.guide_path.empty());
    CHECK(guide_tracks(k).empty());
}

TEST_CASE("a second guided point is sampled like the first, mirrored with it and drawn on both sides") {
    const ExerciseKeys& k = shipped_keys("superman");
    REQUIRE(k.guide_also == "left_ankle");
    REQUIRE(k.guide_also_path.size() == 48);
    ExerciseKeys ankle = k;
    ankle.guide = "left_ankle";
    const std::vector<Vec3> sampled = sample_guide(ankle);
    for (size_t i = 0; i < 48; ++i) CHECK(distance(sampled[i], k.guide_also_path[i]) < 1e-9);
    const std::vector<GuideTrack> tracks = guide_tracks(k);
    REQUIRE(tracks.size() == 4);
    CHECK(tracks[2].point == "left_ankle");
    CHECK(tracks[3].point == "right_ankle");
    CHECK(tracks[3].path[5].z == -tracks[2].path[5].z);
    const ExerciseKeys right = keys_for(k, Side::Right);
    CHECK(right.guide_also == "right_ankle");
    CHECK(right.guide_also_path[5].z == -k.guide_also_path[5].z);
    // Refused without a guide beside it, or naming no body point.
    const char* alone =
        R"({"neutral": {}, "exercises": {"lift": {"guide_also": "left_ankle", "in": {}, "out": {"hip_flex": -10}}}})";
    CHECK(load_poses(alone, "poses.json").error == "poses.json: lift: guide_also must name a body point, beside a guide");
    const char* unknown =
        R"({"neutral": {}, "exercises": {"lift": {"guide": "left_wrist", "guide_also": "left_heel", "in": {}, "out": {"hip_flex": -10}}}})";
    CHECK(load_poses(unknown, "poses.json").error == "poses.json: lift: guide_also must name a body point, beside a guide");
}

TEST_CASE("the loader refuses a guide that names no body point") {
    const char* text = R"({"neutral": {}, "exercises": {"rolls": {"guide": "left_tail", "in": {"scap_elevate": 1}, "out": {}}}})";
    const PoseLoad load = load_poses(text, "poses.json");
    CHECK(load.error == "poses.json: rolls: guide must name a body point such as left_shoulder or left_fingers");
    CHECK(load.library.exercises.empty());
    const PoseLoad not_text =
        load_poses(R"({"neutral": {}, "exercises": {"rolls": {"guide": 3, "in": {"elbow": 20}, "out": {}}}})", "p.json");
    CHECK(not_text.error == "p.json: rolls: guide must name a body point such as left_shoulder or left_fingers");
    const PoseLoad good = load_poses(
        R"({"neutral": {}, "exercises": {"rolls": {"guide": "right_elbow", "in": {"elbow": 20}, "out": {}}}})", "p.json");
    REQUIRE(good.ok());
    CHECK(good.library.find("rolls")->guide_path.size() == 48);
}

TEST_CASE("a turn there and back points only the way of the turn: the way back draws no arrowhead") {
    const ExerciseKeys& k = shipped_keys("thoracic-rotation");
    REQUIRE(k.guide_path.size() == 48);
    CHECK(retraces(k.guide_path));
    // Breathing in the chest only comes back to face forward: no arrowhead, so no frame of
    // the rep points the other way.
    CHECK(k.guide_return == BreathPhase::In);
    CHECK(guide_arrows(k, BreathPhase::In).empty());
    // Breathing out it turns: one arrowhead, at the out-breath's end (where the loop closes),
    // pointing along the last three steps (one step can point askew where a path bends).
    const std::vector<GuideArrow> out = guide_arrows(k, BreathPhase::Out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].at == 0);
    CHECK(out[0].from == 45);
    CHECK(out[0].to == 0);
    // Outside a breath it shows the same way, to the turn, the moment that tells the exercise.
    const std::vector<GuideArrow> none = guide_arrows(k, BreathPhase::None);
    REQUIRE(none.size() == 1);
    CHECK(none[0].at == 0);
    // The right side's mirrored path is there and back too, and returns on the same breath.
    const ExerciseKeys right = keys_for(k, Side::Right);
    CHECK(retraces(right.guide_path));
    CHECK(guide_arrows(right, BreathPhase::In).empty());
}

TEST_CASE("a return draws no arrowhead only when it goes back toward rest along the way it came") {
    // A reach from rest and back: the in-breath only returns.
    const PoseLoad reach = load_poses(
        R"({"neutral": {}, "exercises": {"x": {"guide": "left_wrist", "in": {}, "out": {"shoulder_abd": 90}}}})", "p.json");
    REQUIRE(reach.ok());
    const ExerciseKeys& r = *reach.library.find("x");
    CHECK(r.guide_return == BreathPhase::In);
    CHECK(guide_arrows(r, BreathPhase::In).empty());
    CHECK(guide_arrows(r, BreathPhase::Out).size() == 1);
    // Up past rest one way and down past it the other: both ways are work, both have arrows.
    const PoseLoad both = load_poses(
        R"({"neutral": {}, "exercises": {"x": {"guide": "left_wrist", "start": {"shoulder_abd": 60},
            "in": {"shoulder_abd": 100}, "out": {"shoulder_abd": 20}}}})",
        "p.json");
    REQUIRE(both.ok());
    const ExerciseKeys& b = *both.library.find("x");
    CHECK(b.guide_return == BreathPhase::None);
    CHECK(guide_arrows(b, BreathPhase::In).size() == 1);
    CHECK(guide_arrows(b, BreathPhase::Out).size() == 1);
    // Round a loop back to rest (the shipped circles): each breath goes on round, none returns.
    for (const char* id : {"arm-circles", "shoulder-rolls"}) {
        CAPTURE(id);
        CHECK(shipped_keys(id).guide_return == BreathPhase::None);
    }
    // A side bend comes back up on the in-breath: its wrist's arrow points only into the bend.
    CHECK(shipped_keys("side-stretch").guide_return == BreathPhase::In);
}

// Seen from 40 degrees above, on the raised elbow going back the arc ran up the screen and
// read as a lift (round 19); seen from the side the chest turns to, round the front of the
// chest it was a stub that did not say which way to turn (round 10, all four judges). From
// that side the raised elbow's way back is a long level arc about the spine, across the picture.
TEST_CASE("the seated rotation's guide is the raised elbow going back round the spine, level, across the picture") {
    const ExerciseKeys& k = shipped_keys("thoracic-rotation");
    CHECK(k.guide == "left_elbow");
    REQUIRE(k.guide_path.size() == 48);
    // Facing forward at the in-breath's end (24), turned at the out-breath's (0).
    const Vec3 front = k.guide_path[24], turned = k.guide_path[0];
    const double radius = std::hypot(front.x, front.z);
    MESSAGE("the elbow goes round " << radius << " from the spine's axis");
    CHECK(radius > 0.2);  // well outside the trunk, where the front of the chest went round 0.14
    for (Vec3 p : k.guide_path) {
        // As far from the spine's axis (x = z = 0 over the still hips) all the way: round it,
        // not across.
        CHECK(std::hypot(p.x, p.z) == doctest::Approx(radius).epsilon(0.05));
        CHECK(std::abs(p.y - front.y) < 0.01);  // level
    }
    // Out to the figure's left (-z) facing forward, then about 60 degrees on round toward its
    // back (-x) as the chest turns to its left.
    CHECK(-front.z > 0.8 * radius);
    CHECK(turned.x < front.x - 0.1);
    const double from = std::atan2(-front.z, front.x), to = std::atan2(-turned.z, turned.x);
    MESSAGE("sweeping " << (to - from) * 180 / M_PI << " degrees");
    CHECK((to - from) * 180 / M_PI > 55);
    CHECK((to - from) * 180 / M_PI < 75);
    // On the screen it runs across more than twice as far as it rises.
    const test::View view = test::view_of("thoracic-rotation");
    const Vec2 a = view(front), c = view(turned);
    CHECK(std::abs(c.x - a.x) > 2 * std::abs(c.y - a.y));
}

TEST_CASE("the sternum point sits in front of the chest and turns with the shoulders") {
    Body b;
    b.spine[1] = {0, 0.5, 0};
    b.spine[2] = {0, 0.6, 0};
    b.shoulder[kLeft] = {0, 0.57, -0.16};
    b.shoulder[kRight] = {0, 0.57, 0.16};
    Vec3 p;
    REQUIRE(body_point(b, "sternum", p));
    CHECK(p.x == doctest::Approx(0.14));
    CHECK(p.y == doctest::Approx(0.56));
    CHECK(p.z == doctest::Approx(0));
    // The shoulders turned a quarter to the figure's left: the point goes round to its left side.
    b.shoulder[kLeft] = {-0.16, 0.57, 0};
    b.shoulder[kRight] = {0.16, 0.57, 0};
    REQUIRE(body_point(b, "sternum", p));
    CHECK(p.x == doctest::Approx(0));
    CHECK(p.z == doctest::Approx(-0.14));
    CHECK(mirrored_point("sternum") == "sternum");
}

// A loop used to carry two arrowheads, one midway through each breath half; drawn on a
// small or oblique loop they read as pointing both ways. It now has one, like a turn.
TEST_CASE("a loop shows one arrowhead, at the end of the breath being taken") {
    for (const char* id : {"shoulder-rolls", "arm-circles"}) {
        CAPTURE(id);
        const ExerciseKeys& k = shipped_keys(id);
        CHECK_FALSE(retraces(k.guide_path));
        const std::vector<GuideArrow> in = guide_arrows(k, BreathPhase::In);
        REQUIRE(in.size() == 1);
        CHECK(in[0].from == 21);  // three steps back: the way it comes, not one step's wobble
        CHECK(in[0].to == 24);
        CHECK(in[0].at == 24);
        const std::vector<GuideArrow> out = guide_arrows(k, BreathPhase::Out);
        REQUIRE(out.size() == 1);
        CHECK(out[0].from == 45);
        CHECK(out[0].to == 0);
        CHECK(out[0].at == 0);
        CHECK(guide_arrows(k, BreathPhase::None).size() == 1);
    }
}

TEST_CASE("the bolder stretch is the half of the path that ends at the arrowhead") {
    const ExerciseKeys& k = shipped_keys("arm-circles");
    const std::vector<size_t> in = lead_steps(k.guide_path, {23, 24, 24});
    REQUIRE(in.size() == 24);
    CHECK(in.front() == 0);
    CHECK(in.back() == 23);  // the step from 23 to the head at 24
    const std::vector<size_t> out = lead_steps(k.guide_path, {47, 0, 0});
    REQUIRE(out.size() == 24);
    CHECK(out.front() == 24);
    CHECK(out.back() == 47);  // the step from 47 round to the head at 0
    CHECK(lead_steps({}, {0, 1, 1}).empty());
}

TEST_CASE("where both sides move alike the guide is drawn on both, mirrored across the midline") {
    // Not shoulder rolls: seen side-on, the far shoulder's loop lay over the near one's and
    // the two read as a tangle; one loop, drawn large, shows the roll (round 9). Nor arm
    // circles since session 15, seen from the side for the same reason.
    for (const char* id : {"scapular-squeeze", "wall-angels"}) {
        CAPTURE(id);
        const ExerciseKeys& k = shipped_keys(id);
        CHECK(k.guide_both_sides);
        const std::vector<GuideTrack> tracks = guide_tracks(k);
        REQUIRE(tracks.size() == 2);
        CHECK(tracks[0].point.rfind("left_", 0) == 0);
        CHECK(tracks[1].point == mirrored_point(tracks[0].point));
        CHECK(tracks[1].point.rfind("right_", 0) == 0);
        REQUIRE(tracks[1].path.size() == 48);
        for (size_t i = 0; i < 48; ++i) {
            CHECK(tracks[1].path[i].x == tracks[0].path[i].x);
            CHECK(tracks[1].path[i].y == tracks[0].path[i].y);
            CHECK(tracks[1].path[i].z == -tracks[0].path[i].z);
            CHECK(tracks[0].path[i].z < 0);  // the left's on the left, the right's on the right
        }
        // The keys move both sides alike: the right point, sampled itself, goes where the mirror put it.
        ExerciseKeys twin = k;
        twin.guide = tracks[1].point;
        const std::vector<Vec3> sampled = sample_guide(twin);
        REQUIRE(sampled.size() == 48);
        for (size_t i = 0; i < 48; ++i) CHECK(distance(sampled[i], tracks[1].path[i]) < 1e-9);
        // One arrowhead for the work, the same on both: the two sides go the same way at once.
        CHECK(guide_arrows(k, BreathPhase::None).size() == 1);
    }
}

TEST_CASE("the seated rotation's guide is drawn on the raised elbow alone, riding it all through the rep") {
    // One arc round the trunk shows the turn; a second on the chest would only crowd it.
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const ExerciseKeys k = keys_for(shipped_keys("thoracic-rotation"), side);
        CHECK_FALSE(k.guide_both_sides);
        const std::vector<GuideTrack> tracks = guide_tracks(k);
        REQUIRE(tracks.size() == 1);
        CHECK(tracks[0].point == (side == Side::Left ? "left_elbow" : "right_elbow"));
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (double t : {0.0, 0.5, 1.0}) {
                Vec3 p;
                REQUIRE(body_point(test::work_body("thoracic-rotation", half, t, side), tracks[0].point, p));
                CHECK(distance_to_path(tracks[0].path, p) <= kOnGuidePath);
            }
    }
}

TEST_CASE("wall angels: the wrists' arrowhead points up the wall breathing in, down it breathing out") {
    const ExerciseKeys& k = shipped_keys("wall-angels");
    CHECK(k.guide == "left_wrist");
    CHECK(retraces(k.guide_path));
    const GuideArrow in = guide_arrows(k, BreathPhase::In).at(0), out = guide_arrows(k, BreathPhase::Out).at(0);
    MESSAGE("up " << k.guide_path[in.to].y - k.guide_path[in.from].y << " down "
                  << k.guide_path[out.to].y - k.guide_path[out.from].y);
    CHECK(k.guide_path[in.to].y > k.guide_path[in.from].y + 0.02);
    CHECK(k.guide_path[out.to].y < k.guide_path[out.from].y - 0.02);
}

TEST_CASE("the loader refuses guide_both_sides that is not true or false, or has no guide") {
    const PoseLoad text = load_poses(
        R"({"neutral": {}, "exercises": {"rolls": {"guide": "left_shoulder", "guide_both_sides": "yes", "in": {"elbow": 20}, "out": {}}}})",
        "p.json");
    CHECK(text.error == "p.json: rolls: guide_both_sides must be true or false, beside a guide");
    const PoseLoad alone = load_poses(
        R"({"neutral": {}, "exercises": {"rolls": {"guide_both_sides": true, "in": {"elbow": 20}, "out": {}}}})", "p.json");
    CHECK(alone.error == "p.json: rolls: guide_both_sides must be true or false, beside a guide");
    const PoseLoad good = load_poses(
        R"({"neutral": {}, "exercises": {"rolls": {"guide": "left_shoulder", "guide_both_sides": true, "in": {"elbow": 20}, "out": {}}}})",
        "p.json");
    REQUIRE(good.ok());
    CHECK(good.library.find("rolls")->guide_both_sides);
    CHECK(guide_tracks(*good.library.find("rolls")).size() == 2);
}

TEST_CASE("no arrowheads without a path, and a straight line back and forth retraces") {
    ExerciseKeys k;
    CHECK(guide_arrows(k, BreathPhase::In).empty());
    // Out along x in the first half, back in the second: there and back.
    for (int i = 0; i < 8; ++i) k.guide_path.push_back({0.1 * (i < 4 ? i : 8 - i), 1, 0});
    CHECK(retraces(k.guide_path));
    // A square loop is not.
    k.guide_path = {{0, 0, 0}, {0.1, 0, 0}, {0.2, 0, 0}, {0.2, 0.1, 0}, {0.2, 0.2, 0}, {0.1, 0.2, 0}, {0, 0.2, 0}, {0, 0.1, 0}};
    CHECK_FALSE(retraces(k.guide_path));
}
