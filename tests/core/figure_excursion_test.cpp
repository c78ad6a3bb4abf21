// Every rep moves enough to be seen at a glance: for each catalog exercise, the joints
// it works turn at least so far over one rep, and the body point it moves travels at
// least so far, sampled through pose_at over a steady rep (the in-breath from where the
// last out-breath ended, then the out-breath).
//
// What the minimums are based on: the figure stands about 1 body unit tall and a head is
// 0.13 across. A viewer shown the end of an in- and an out-breath could not see joints
// that turned 9 to 19 degrees, so a joint a rep works turns at least 25 degrees (a limb
// turning that far swings its end by more than a third of its length); a point a rep
// moves travels at least 0.1 (three quarters of a head), a hand or elbow usually more.
// A hold does not travel: it eases on the in-breath and sinks deeper on the out-breath,
// so its rows ask for the smallest change still seen between two frames: 15 degrees
// and half a head (0.06). The shoulder blades move in fractions of their everyday travel
// (-1 to 1, a little past it at the ends of a shoulder roll); a rep that works them uses
// at least half of it (1.0). Paths that must be circles also
// give a breadth: how far the path bulges from the line between its two farthest points
// (a circle's is half its diameter, a straight back-and-forth's is 0).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

struct JointMin {
    const char* joint;  // as in poses.json
    double excursion;   // degrees, or a fraction of the travel for the shoulder blades
};

struct PointMin {
    const char* point;  // a body point, as motion_guide.h names them
    double travel;      // body units between the two farthest places along the rep
    double breadth;     // body units the path bulges out of a straight line; 0: any path
};

struct Row {
    const char* id;
    std::vector<JointMin> joints;
    std::vector<PointMin> points;
};

// Rows are written for the left side (per-side exercises are keyed for it; the right is
// the mirror image, checked in figure_test.cpp).
const std::vector<Row>& rows() {
    static const std::vector<Row> table = {
        // The back itself rounds and sags: its middle rises and falls, not only the head.
        {"cat-cow", {{"lumbar_flex", 25}, {"thoracic_flex", 25}}, {{"mid_back", 0.04, 0}}},
        // A hold entered once: the first in-breath sits back from the table top into the fold
        // (childs_pose_hold_test.cpp), and a steady rep only breathes there, the back widening
        // on the in-breath and the hips sinking about 0.02 onto the heels on the out-breath.
        // More would rock the figure back toward the table top through the whole hold.
        {"childs-pose", {{"left_hip_flex", 4}, {"left_knee", 5}}, {{"mid_back", 0.015, 0}, {"pelvis", 0.02, 0}}},
        // The arm opens to the ceiling with the chest, then threads under to the floor.
        {"thread-the-needle",
         {{"thoracic_rot", 25}, {"upper_rot", 20}, {"left_shoulder_across", 25}},
         {{"left_wrist", 0.3, 0}, {"left_shoulder", 0.1, 0}}},
        // A hold: the chest sinks into the corner on the out-breath.
        {"corner-stretch", {{"pitch", 15}, {"left_scap_retract", 0.5}}, {{"head", 0.06, 0}}},
        {"wall-angels", {{"left_shoulder_abd", 60}, {"left_elbow", 40}}, {{"left_wrist", 0.2, 0}}},
        // The blades pinch together and down over their whole travel, and the elbows, bent,
        // draw far back with them (round 13: with the arms only riding along, the body barely
        // changed between frames).
        {"scapular-squeeze",
         {{"left_scap_retract", 1.9}, {"left_shoulder_flex", 30}},
         {{"left_scapula", 0.07, 0}, {"left_elbow", 0.14, 0}}},
        // Chest, arms and legs lift clear of the floor (round 13 found a smaller lift too small
        // to see, round 16 session 14's larger one a banana, round 17 the one after it a V: a
        // small lift, about 0.11 at the wrists). The back's extension is spread
        // over its three segments, the low back least (about 5 degrees), and the hips lift the
        // legs: no joint turns the 25 degrees of a rep. The lift is seen at the ends of the
        // body, which travel far.
        {"superman",
         {{"lumbar_flex", 2.5}, {"thoracic_flex", 5}, {"upper_flex", 5}, {"left_hip_flex", 7}},
         {{"left_fingers", 0.11, 0}, {"left_toe", 0.06, 0}, {"head", 0.06, 0}}},
        {"bent-over-row", {{"left_shoulder_flex", 45}, {"left_elbow", 60}}, {{"left_elbow", 0.15, 0}}},
        // The arms sweep out to the sides and back down. The rise to the T is shared between
        // the shoulder's flexion and abduction so the hand stays in the upright plane through
        // the shoulders (fly_front_wings_test.cpp measures the arm's whole 80-degree rise).
        {"reverse-fly", {{"left_shoulder_flex", 45}, {"left_scap_retract", 1.0}}, {{"left_wrist", 0.3, 0}}},
        // A hold: the chest lifts on the in-breath, the shoulders settle on the out-breath.
        // The lift is gentle, the lower ribs staying on the mat, so the low back barely turns:
        // the middle of the back and the elbows carry it. More would make each breath of the
        // hold a press-up.
        {"cobra", {{"thoracic_flex", 6}, {"left_elbow", 15}}, {{"head", 0.06, 0}}},
        // A hold: the upper back arches back over the roller on the out-breath, from curled up
        // with the head in the hands to draped back. The thoracic segment rests on the roller
        // and stays still; the arch is the segment above it, and the head and elbows at its
        // far end drop toward the mat (round 13 found 30 degrees of arch tiny).
        {"thoracic-extension", {{"upper_flex", 40}}, {{"head", 0.15, 0}, {"left_elbow", 0.14, 0}}},
        // A hold: the chest leans further through the frame on the out-breath.
        {"doorway-chest-stretch", {{"pitch", 15}, {"left_shoulder_across", 15}}, {{"head", 0.06, 0}}},
        // The shoulder circles up, back, down and forward: a loop, not a shrug, life-size and
        // drawn large by the upper-body framing (on the whole figure, round 13 found "the
        // shoulder barely moves"): toward the ears and well forward and back, the blades over
        // most of their travel, a loop at least 0.1 across and 0.05 wide, about the head's width.
        {"shoulder-rolls",
         {{"left_scap_retract", 2.0}, {"left_scap_elevate", 1.6}},
         {{"left_shoulder", 0.1, 0.05}, {"left_fingers", 0.1, 0}}},
        // The straight arms trace small circles, as the articles begin them: the fingertips'
        // path is round and about 28 cm (0.16) across, the shoulder's flexion and abduction
        // each ranging over 24 degrees.
        {"arm-circles",
         {{"left_shoulder_flex", 20}, {"left_shoulder_abd", 20}},
         {{"left_fingers", 0.15, 0.08}, {"right_fingers", 0.15, 0.08}}},
        // A hold: the trunk leans further away from the raised arm on the out-breath.
        {"side-stretch", {{"thoracic_lat", 10}, {"lumbar_lat", 10}}, {{"neck", 0.06, 0}, {"left_fingers", 0.1, 0}}},
        // The chest and shoulders turn from the mid-back, over still hips, about 60 degrees:
        // the shoulders, 0.17 from the spine, travel 0.13; the raised elbow, out wide, further.
        // The other hand rests on the opposite knee, so its elbow only follows the shoulder.
        {"thoracic-rotation",
         {{"thoracic_rot", 30}, {"upper_rot", 25}},
         {{"left_shoulder", 0.12, 0}, {"right_shoulder", 0.12, 0}, {"left_elbow", 0.2, 0}}},
    };
    return table;
}

// One steady rep: the in-breath, then the out-breath, each at 41 moments.
std::vector<Posed> one_rep(const std::string& id) {
    std::vector<Posed> rep;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 40; ++i)
            rep.push_back(pose_at(test::shipped_library(), test::work_state(id, Side::Left, half, i / 40.0, 2)));
    return rep;
}

double excursion(const std::vector<Posed>& rep, int joint) {
    double lo = rep.front().pose[joint], hi = lo;
    for (const Posed& p : rep) {
        lo = std::min(lo, p.pose[joint]);
        hi = std::max(hi, p.pose[joint]);
    }
    return hi - lo;
}

struct Path {
    double travel = 0, breadth = 0;
};

Path path_of(const std::vector<Vec3>& at) {
    Path path;
    size_t a = 0, b = 0;
    for (size_t i = 0; i < at.size(); ++i)
        for (size_t j = i + 1; j < at.size(); ++j)
            if (distance(at[i], at[j]) > path.travel) {
                path.travel = distance(at[i], at[j]);
                a = i;
                b = j;
            }
    if (path.travel == 0) return path;
    const Vec3 d{(at[b].x - at[a].x) / path.travel, (at[b].y - at[a].y) / path.travel, (at[b].z - at[a].z) / path.travel};
    for (const Vec3& p : at) {
        const Vec3 r{p.x - at[a].x, p.y - at[a].y, p.z - at[a].z};
        const double along = r.x * d.x + r.y * d.y + r.z * d.z;
        const double off = std::sqrt(std::max(0.0, r.x * r.x + r.y * r.y + r.z * r.z - along * along));
        path.breadth = std::max(path.breadth, off);
    }
    return path;
}

const Row* row_for(const std::string& id) {
    for (const Row& r : rows())
        if (id == r.id) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("the excursion table has a row for every catalog exercise and names only real exercises, joints and points") {
    const Catalog catalog = test::shipped_catalog();
    for (const Exercise& e : catalog.exercises) {
        CAPTURE(e.id);
        REQUIRE(row_for(e.id) != nullptr);
        CHECK_FALSE(row_for(e.id)->joints.empty());
        CHECK_FALSE(row_for(e.id)->points.empty());
    }
    const Body b = build_body(test::shipped_library().neutral);
    for (const Row& r : rows()) {
        CAPTURE(r.id);
        CHECK(catalog.find_exercise(r.id) >= 0);
        for (const JointMin& j : r.joints) {
            CAPTURE(j.joint);
            CHECK(find_joint(j.joint) >= 0);
        }
        for (const PointMin& p : r.points) {
            CAPTURE(p.point);
            Vec3 v;
            CHECK(body_point(b, p.point, v));
        }
    }
}

TEST_CASE("every rep of every exercise moves the joints it works, and the point it moves, far enough to see") {
    const Catalog catalog = test::shipped_catalog();
    for (const Exercise& e : catalog.exercises) {
        const Row* row = row_for(e.id);
        if (!row) continue;  // the test above fails for it
        const std::vector<Posed> rep = one_rep(e.id);
        for (const JointMin& j : row->joints) {
            const int joint = find_joint(j.joint);
            if (joint < 0) continue;
            INFO(e.id << ": " << std::string(j.joint) << " moves " << excursion(rep, joint) << ", at least " << j.excursion);
            CHECK(excursion(rep, joint) >= j.excursion);
        }
        for (const PointMin& p : row->points) {
            std::vector<Vec3> at;
            for (const Posed& posed : rep) {
                Vec3 v;
                if (body_point(build_body(posed.pose, posed.support), p.point, v)) at.push_back(v);
            }
            if (at.empty()) continue;
            const Path path = path_of(at);
            INFO(e.id << ": " << std::string(p.point) << " travels " << path.travel << " (at least " << p.travel << "), bulges "
                      << path.breadth << " (at least " << p.breadth << ")");
            CHECK(path.travel >= p.travel);
            CHECK(path.breadth >= p.breadth);
        }
    }
}

TEST_CASE("the path measure: a circle bulges half its diameter, a straight line not at all") {
    std::vector<Vec3> circle, line;
    for (int i = 0; i < 36; ++i) {
        const double a = i * 10 * M_PI / 180;
        circle.push_back({0.1 * std::cos(a), 1 + 0.1 * std::sin(a), 0});
        line.push_back({0.01 * i, 1, 0});
    }
    CHECK(path_of(circle).travel == doctest::Approx(0.2));
    CHECK(path_of(circle).breadth == doctest::Approx(0.1).epsilon(0.01));
    CHECK(path_of(line).travel == doctest::Approx(0.35));
    CHECK(path_of(line).breadth == doctest::Approx(0).epsilon(1e-9));
}
