// What an outsider shown three stills still only partly followed after round 9 in four floor
// exercises: superman's lift hidden by a camera near the head end and its chin poking, cobra's
// hands and lift unclear from the front of its side and the chin leading, thread the needle's
// head dropping instead of following the hand, and a faint cow. Measured on the body's points
// and on where they land on the screen of each exercise's camera.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::climb_deg;
using test::deg;
using test::work_body;

namespace {

double angle_deg(Vec3 a, Vec3 b) { return deg(std::acos(std::clamp(dot(unit(a), unit(b)), -1.0, 1.0))); }

// Which way the eyes look.
Vec3 gaze(const Body& b) { return unit(b.face - b.head); }

// How far the gaze falls below the horizontal, in degrees.
double gaze_drop_deg(const Body& b) { return -deg(std::asin(gaze(b).y)); }

// How far up the screen p moves from `from` to `to`, for a camera far enough away to take
// its lines of sight as parallel (the screen's up is the one the floor lies under).
double screen_rise(const CameraAngle& camera, Vec3 from, Vec3 to) {
    const test::OnScreen a = test::on_screen(camera, from), b = test::on_screen(camera, to);
    const test::OnScreen floor = test::on_screen(camera, {0, 0, 0}), sky = test::on_screen(camera, {0, 1, 0});
    return (sky.y > floor.y ? 1 : -1) * (b.y - a.y);
}

bool side_on(const CameraAngle& camera, double within) { return std::abs(std::abs(camera.yaw) - 90) <= within; }

}  // namespace

TEST_CASE("superman: seen side-on, the arms, chest and legs rise up the screen off the mat") {
    const CameraAngle camera = test::shipped_exercise("superman").camera;
    CHECK(side_on(camera, 2));  // in profile: round 9's, 5 degrees behind the side, read as from the head end
    // Low enough that the gap under the lifted parts is seen, high enough (round 13) that the
    // far arm and leg show beside the near ones.
    CHECK(camera.pitch <= 20);
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    CHECK(screen_rise(camera, down.wrist[kLeft], up.wrist[kLeft]) > 0.09);
    CHECK(screen_rise(camera, down.spine[2], up.spine[2]) > 0.03);
    CHECK(screen_rise(camera, down.toe[kLeft], up.toe[kLeft]) > 0.05);
}

TEST_CASE("superman: a guide on both wrists says which way the arms go: up off the mat, breathing out") {
    // Round 10's outsiders missed a guide here: without one, three stills of a small lift
    // did not say which frame was the top.
    const ExerciseKeys& k = *test::shipped_library().find("superman");
    CHECK(k.guide == "left_wrist");
    CHECK(k.guide_both_sides);
    REQUIRE(k.guide_path.size() == 2 * kGuideSamplesPerHalf);
    const CameraAngle camera = test::shipped_exercise("superman").camera;
    // The path's first half is the in-breath (lowering), its second the out-breath (lifting).
    CHECK(screen_rise(camera, k.guide_path[kGuideSamplesPerHalf], k.guide_path.back()) > 0.08);  // a small lift (round 17)
    CHECK(screen_rise(camera, k.guide_path.front(), k.guide_path[kGuideSamplesPerHalf - 1]) < -0.08);
}

TEST_CASE("superman: at the top the neck stays long, the eyes on the mat, the chin not poking forward") {
    const Body up = work_body("superman", BreathPhase::Out, 1);
    const Vec3 upper_back = up.spine[2] - up.spine[1];
    // Square to the upper back or a touch tucked (more than 90 degrees from it): a gaze
    // turned toward the way the body points is the chin leading.
    CHECK(angle_deg(gaze(up), upper_back) > 95);
    CHECK(std::abs(climb_deg(up.spine[2], up.neck) - climb_deg(up.spine[1], up.spine[2])) < 4);
}

TEST_CASE("cobra: seen side-on and low, the hands by the chest and the arch in profile") {
    const CameraAngle camera = test::shipped_exercise("cobra").camera;
    CHECK(side_on(camera, 2));  // round 9's, 15 degrees toward the front, hid the near hand under the chest
    CHECK(camera.pitch <= 8);
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("cobra", half, 1);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            // Planted under the shoulder or just ahead of it, never behind it.
            CHECK(b.wrist[s].x - b.shoulder[s].x > -0.005);
            CHECK(b.wrist[s].x - b.shoulder[s].x < 0.04);
        }
        // The near hand shows in front of the chest, not hidden behind the body.
        CHECK(test::sight_clearance(camera, b.fingers[kLeft], b.spine[1], b.spine[2], 0.06) > 0);
    }
}

TEST_CASE("cobra: the chest leads the lift, the neck long and the eyes on the mat ahead, not the chin") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("cobra", half, 1);
        CHECK(gaze_drop_deg(b) > 55);  // looking down ahead at the mat (the top of round 9 looked 48 below level)
        CHECK(climb_deg(b.spine[2], b.neck) < climb_deg(b.spine[1], b.spine[2]));  // the neck no steeper than the chest
        CHECK(angle_deg(gaze(b), b.spine[2] - b.spine[1]) > 100);
    }
}

TEST_CASE("thread the needle: the eyes follow the hand, up to the ceiling and down under the chest") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight;
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (double progress : {0.5, 1.0}) {
                CAPTURE(static_cast<int>(half));
                CAPTURE(progress);
                const Body b = work_body("thread-the-needle", half, progress, side);
                CHECK(dot(gaze(b), unit(b.fingers[arm] - b.head)) > 0.75);  // within about 40 degrees of the hand
            }
        // Reaching up, the head rises with the turning chest rather than hanging to the mat.
        const Body up = work_body("thread-the-needle", BreathPhase::In, 1, side);
        CHECK(gaze(up).y > 0.5);
        CHECK(up.head.y > up.pelvis.y + 0.04);
    }
}

TEST_CASE("cat-cow: the cow's dip as plain as the cat's rounding") {
    const Body table = work_body("cat-cow", BreathPhase::None, 0);
    const Body cow = work_body("cat-cow", BreathPhase::In, 1), cat = work_body("cat-cow", BreathPhase::Out, 1);
    // How far the middle of the back lies below the line from the hips to the shoulders' top.
    auto sag = [](const Body& b) {
        const double t = (b.spine[1].x - b.pelvis.x) / (b.spine[2].x - b.pelvis.x);
        return b.pelvis.y + t * (b.spine[2].y - b.pelvis.y) - b.spine[1].y;
    };
    CHECK(sag(cow) >= -sag(cat));
    // The belly sinks from the table-top half as far again as the back rises in the cat (round 9: 1.4 times).
    CHECK(table.spine[1].y - cow.spine[1].y > 1.5 * (cat.spine[1].y - table.spine[1].y));
    // Gaze slightly forward, not up at the ceiling nor down at the mat.
    CHECK(gaze_drop_deg(cow) < 35);
    CHECK(gaze_drop_deg(cow) > 10);
}
