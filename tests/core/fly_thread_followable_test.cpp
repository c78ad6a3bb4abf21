// What an outsider shown three stills could only partly follow in the reverse fly and
// thread the needle: arms that open as a scissor or pass through a thigh, a head that
// hangs, a threading arm hidden under the body. Measured on the body's points and on
// lines of sight from the exercise's camera (far enough away to take as parallel).
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
using test::sight_clearance;
using test::work_body;

namespace {

// The thigh as the figure draws it: 0.055 thick at the hip, 0.039 at the knee.
double into_thigh(const Body& b, int s, Vec3 p) {
    const Vec3 ab = b.knee[s] - b.hip[s];
    const double t = std::clamp(dot(p - b.hip[s], ab) / dot(ab, ab), 0.0, 1.0);
    return 0.055 + (0.039 - 0.055) * t - distance(p, b.hip[s] + ab * t);
}

}  // namespace

TEST_CASE("reverse fly: both arms rise together out to the sides, level with each other and the shoulders") {
    const Body top = work_body("reverse-fly", BreathPhase::Out, 1);
    CAPTURE(top.wrist[kLeft].y);
    CAPTURE(top.wrist[kRight].y);
    CHECK(std::abs(top.wrist[kLeft].y - top.wrist[kRight].y) < 0.018);  // about 3 cm apart at most
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // Out to the side: well lateral of the shoulder, not forward or back of it.
        CHECK(std::abs(top.wrist[s].z) > std::abs(top.shoulder[s].z) + 0.25);
        CHECK(std::abs(top.wrist[s].x - top.shoulder[s].x) < 0.05);
        CHECK(std::abs(top.wrist[s].y - top.shoulder[s].y) < 0.09);  // about shoulder height
    }
    const Body hang = work_body("reverse-fly", BreathPhase::In, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(hang.wrist[s].y < hang.shoulder[s].y - 0.25);  // hanging under the chest
        CHECK(std::abs(hang.wrist[s].z - hang.shoulder[s].z) < 0.05);
    }
}

TEST_CASE("reverse fly: no hand passes through a thigh at any moment of the rep") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        for (double progress : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            const Body b = work_body("reverse-fly", half, progress);
            for (int hand : {kLeft, kRight}) {
                for (int thigh : {kLeft, kRight}) {
                    CAPTURE(progress);
                    CAPTURE(hand);
                    CAPTURE(thigh);
                    // 0.028: the forearm's own thickness at the wrist.
                    CHECK(into_thigh(b, thigh, b.wrist[hand]) < -0.028);
                }
            }
        }
    }
}

TEST_CASE("reverse fly: the camera sees both hanging hands, clear of the hips and thighs") {
    const CameraAngle camera = test::shipped_exercise("reverse-fly").camera;
    const Body hang = work_body("reverse-fly", BreathPhase::In, 1);
    for (int hand : {kLeft, kRight}) {
        for (double t : {0.5, 1.0}) {  // the forearm's middle and the wrist
            const Vec3 p = between(hang.elbow[hand], hang.wrist[hand], t);
            CAPTURE(hand);
            CAPTURE(t);
            for (int thigh : {kLeft, kRight}) {
                CAPTURE(thigh);
                CHECK(sight_clearance(camera, p, hang.hip[thigh], hang.knee[thigh], 0.055) > 0);
                CHECK(sight_clearance(camera, p, hang.hip[thigh], hang.hip[thigh], 0.062) > 0);  // the seat
            }
            CHECK(sight_clearance(camera, p, hang.pelvis, hang.pelvis, 0.07) > 0);
        }
    }
}

TEST_CASE("thread the needle: on all fours the neck continues the line of the back") {
    for (Side side : {Side::Left, Side::Right}) {
        const Body b = work_body("thread-the-needle", BreathPhase::In, 0, side, 0);  // the set's first breath starts here
        // The head's centre on the line from the pelvis through the top of the back, not
        // hanging below it nor craned above it.
        const double dx = b.spine[2].x - b.pelvis.x, dy = b.spine[2].y - b.pelvis.y;
        const double line_y = b.pelvis.y + dy * (b.head.x - b.pelvis.x) / dx;
        CAPTURE(b.head.y - line_y);
        CHECK(std::abs(b.head.y - line_y) < 0.015);
    }
}

TEST_CASE("thread the needle: the hand reaches for the ceiling, then lies along the floor past the support hand") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side == Side::Left);
        const int arm = side == Side::Left ? kLeft : kRight, support = 1 - arm;
        const double across = side == Side::Left ? 1 : -1;  // toward the support side, in z
        const Body up = work_body("thread-the-needle", BreathPhase::In, 1, side);
        CHECK(up.fingers[arm].y > up.shoulder[support].y + 0.45);
        CHECK(std::abs(up.fingers[arm].x - up.shoulder[arm].x) < 0.06);  // straight up, not forward
        const Body under = work_body("thread-the-needle", BreathPhase::Out, 1, side);
        CHECK(under.fingers[arm].y < 0.04);
        CHECK(under.wrist[arm].y < 0.04);
        CHECK(across * (under.fingers[arm].z - under.wrist[support].z) > 0.2);
        CHECK(under.shoulder[arm].y < 0.06);              // the shoulder down to the mat
        CHECK(under.head.y < Bones::head_radius + 0.01);  // the side of the head resting on it
        CHECK(under.wrist[support].y < 0.03);             // the other hand still on the floor
    }
}

TEST_CASE("thread the needle: the camera sees the threaded forearm and hand past the chest and head") {
    const CameraAngle camera = test::shipped_exercise("thread-the-needle").camera;
    const Body b = work_body("thread-the-needle", BreathPhase::Out, 1, Side::Left);
    for (double t : {0.5, 1.0}) {
        const Vec3 p = between(b.elbow[kLeft], b.wrist[kLeft], t);
        CAPTURE(t);
        CHECK(sight_clearance(camera, p, b.head, b.head, Bones::head_radius) > 0);
        // The chest: the trunk's upper segment, about 0.1 thick around its line.
        CHECK(sight_clearance(camera, p, b.spine[1], b.spine[2], 0.1) > 0);
    }
    CHECK(sight_clearance(camera, b.fingers[kLeft], b.spine[1], b.spine[2], 0.1) > 0);
}
