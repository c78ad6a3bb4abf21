// What an outsider shown three stills could not, or only partly, follow in the floor
// exercises: thread the needle's arm folded under the face with its reach hidden, superman's
// hidden head and tiny lift, cobra's press-up range and a guide dot belonging to nothing, the
// roller extension's head sinking to the mat with no guide. Measured on the body's points, on
// the guides' paths and on lines of sight from each exercise's camera (far enough away to
// take as parallel).
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
using test::sight_clearance;
using test::work_body;

namespace {

const ExerciseKeys& keys(const std::string& id) { return *test::shipped_library().find(id); }

// Where p lands on the screen of a camera far away at `angle`: across and up.
struct OnScreen {
    double across, up;
};
OnScreen on_screen(const CameraAngle& angle, Vec3 p) {
    const Vec3 toward = toward_camera(angle), right = screen_right(angle);
    Vec3 up = cross(toward, right);
    if (up.y < 0) up = up * -1.0;
    return {dot(p, right), dot(p, up)};
}

}  // namespace

TEST_CASE("thread the needle: the threading arm slides long and straight, never folded under the face") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight;
        // Through both breaths, and in the middle of each, where a still is taken.
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (double progress : {0.0, 0.25, 0.5, 0.75, 1.0}) {
                CAPTURE(progress);
                CHECK(elbow_bend(work_body("thread-the-needle", half, progress, side), arm) < 30);
            }
        // Threaded, the arm lies under the chest along the floor, well past the other hand.
        const Body under = work_body("thread-the-needle", BreathPhase::Out, 1, side);
        const double across = side == Side::Left ? 1 : -1;  // toward the supporting side, in z
        CHECK(elbow_bend(under, arm) < 15);
        CHECK(across * (under.fingers[arm].z - under.shoulder[arm].z) > 0.35);  // a long reach under
    }
}

TEST_CASE("thread the needle: the wrist goes from under the chest to straight above the shoulder") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight, support = 1 - arm;
        const double across = side == Side::Left ? 1 : -1;
        const Body under = work_body("thread-the-needle", BreathPhase::Out, 1, side);
        // Under the chest: on the floor, between the hips and the supporting hand, across the midline.
        CHECK(under.wrist[arm].y < 0.04);
        CHECK(under.wrist[arm].x > under.pelvis.x + 0.1);
        CHECK(under.wrist[arm].x < under.wrist[support].x);
        CHECK(across * (under.wrist[arm].z - under.pelvis.z) > 0.15);
        // Reaching up: high above its own shoulder, not out in front of it or across the body.
        const Body up = work_body("thread-the-needle", BreathPhase::In, 1, side);
        CHECK(up.wrist[arm].y > up.shoulder[arm].y + 0.28);
        CHECK(std::abs(up.wrist[arm].x - up.shoulder[arm].x) < 0.06);
        CHECK(std::abs(up.wrist[arm].z - up.shoulder[arm].z) < 0.06);
        // Half way up the arm opens out to its own side, rising, with the chest turning after it.
        const Body opening = work_body("thread-the-needle", BreathPhase::In, 0.5, side);
        CHECK(-across * (opening.wrist[arm].z - opening.shoulder[arm].z) > 0.15);
        CHECK(opening.wrist[arm].y > 0.2);
        CHECK(opening.shoulder[arm].y > opening.shoulder[support].y + 0.1);
    }
}

TEST_CASE("thread the needle: a guide on the moving wrist, up to the ceiling breathing in, under the chest breathing out") {
    const ExerciseKeys& k = keys("thread-the-needle");
    CHECK(k.guide == "left_wrist");
    REQUIRE(k.guide_path.size() >= 4);
    const GuideArrow up = guide_arrows(k, BreathPhase::In).at(0), under = guide_arrows(k, BreathPhase::Out).at(0);
    CHECK(k.guide_path[up.to].y > k.guide_path[up.from].y + 0.01);
    CHECK(k.guide_path[under.to].z > k.guide_path[under.from].z + 0.01);  // sliding across toward the right hand
    double lowest = 1, highest = 0;
    for (Vec3 p : k.guide_path) lowest = std::min(lowest, p.y), highest = std::max(highest, p.y);
    CHECK(highest - lowest > 0.6);
}

// Session 15: from the low front three-quarter (yaw -40, 14 above) the chest and head hid the
// threading arm and its path read as an S; from behind the supporting side and above, the arm
// is seen sliding under the chest and its path is one arc (floor_three_read_test.cpp).
TEST_CASE(
    "thread the needle: a camera behind the supporting side and above, both the thread and the reach across the "
    "screen") {
    const CameraAngle camera = test::shipped_exercise("thread-the-needle").camera;
    CHECK(camera.yaw < -100);  // on the side the arm threads to, behind its shoulder
    CHECK(camera.yaw > -150);
    CHECK(camera.pitch >= 30);  // above: the floor under the chest shows
    CHECK(camera.pitch <= 50);  // not so high that the reach to the ceiling runs toward the eye
    const Body table = build_body(keys("thread-the-needle").start, keys("thread-the-needle").support);
    const Body under = work_body("thread-the-needle", BreathPhase::Out, 1),
               up = work_body("thread-the-needle", BreathPhase::In, 1);
    const OnScreen start = on_screen(camera, table.wrist[kLeft]), threaded = on_screen(camera, under.wrist[kLeft]),
                   reached = on_screen(camera, up.wrist[kLeft]);
    CHECK(std::abs(threaded.across - start.across) > 0.15);  // the thread crosses the screen
    CHECK(reached.up - threaded.up > 0.5);                   // and the reach rises up it
    // The threaded hand shows past the resting head.
    CHECK(sight_clearance(camera, under.fingers[kLeft], under.head, under.head, Bones::head_radius) > 0);
}

TEST_CASE("superman: arms, chest and legs lift clear of the mat, a gap seen at a glance") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    // Small (round 17 read 0.06 at the chest as a V), yet off the mat.
    CHECK(up.spine[2].y - down.spine[2].y > 0.03);  // the top of the chest
    CHECK(up.head.y - down.head.y > 0.05);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(up.wrist[s].y - down.wrist[s].y > 0.1);
        CHECK(up.knee[s].y - down.knee[s].y > 0.02);  // a gentle leg lift, for a sore back
        CHECK(up.toe[s].y - down.toe[s].y > 0.05);
    }
    CHECK(up.pelvis.y < 0.08);  // on the belly and hips
}

TEST_CASE("superman: the head in line with the spine, looking at the floor, the back of it seen over the near arm") {
    const CameraAngle camera = test::shipped_exercise("superman").camera;
    CHECK(camera.pitch >= 8);  // a little above, so the back of the head and the gap under the arms show
    CHECK(camera.pitch <= 30);
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("superman", half, 1);
        CHECK(std::abs(climb_deg(b.spine[2], b.neck) - climb_deg(b.spine[1], b.spine[2])) < 8);
        CHECK(b.face.y < b.head.y - 0.04);
        // The arms reach long by the ears, shoulder-width apart (session 14's wide Y, seen from
        // above, put one arm high on the screen and one low): seen from the side the near arm
        // crosses the face, as in life, and the back of the head, turned up, shows over it.
        const Vec3 back_of_head = b.head + unit(b.head - b.face) * (0.7 * Bones::head_radius);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(sight_clearance(camera, back_of_head, b.shoulder[s], b.elbow[s], 0.03) > 0);
            CHECK(sight_clearance(camera, back_of_head, b.elbow[s], b.wrist[s], 0.03) > 0);
        }
    }
}

TEST_CASE("cobra: a gentle lift on bent elbows close to the ribs, hips and lower ribs on the mat") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        CAPTURE(static_cast<int>(half));
        const Body b = work_body("cobra", half, 1);
        CHECK(b.pelvis.y < 0.075);
        CHECK(climb_deg(b.pelvis, b.spine[0]) < 8);     // the low back stays nearly flat
        CHECK(climb_deg(b.spine[1], b.spine[2]) < 56);  // the chest lifts gently, not a press-up (66)
        CHECK(climb_deg(b.spine[1], b.spine[2]) > 25);  // yet clearly lifted
        CHECK(b.spine[2].y < 0.225);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(elbow_bend(b, s) > 60);                                      // elbows bent
            CHECK(std::abs(b.elbow[s].z) - std::abs(b.shoulder[s].z) < 0.03);  // and close to the body
        }
    }
}

TEST_CASE("cobra: the guide's dot shows only on its path, never astray while the chest lies flat") {
    const ExerciseKeys& k = keys("cobra");
    const Body flat = build_body(k.start, k.support);  // where the get-ready ends
    Vec3 chest;
    REQUIRE(body_point(flat, k.guide, chest));
    CHECK(distance_to_path(k.guide_path, chest) > kOnGuidePath);
}

TEST_CASE("every guided point is on its drawn path all through the work, where its dot shows") {
    for (const auto& entry : test::shipped_library().exercises) {
        // Named, not bound: clang 14 cannot capture a structured binding in CAPTURE's lambda.
        const std::string& id = entry.first;
        const ExerciseKeys& k = entry.second;
        if (k.guide.empty()) continue;
        CAPTURE(id);
        const bool sided = test::shipped_exercise(id).dose.per_side;
        for (Side side : sided ? std::vector<Side>{Side::Left, Side::Right} : std::vector<Side>{Side::None}) {
            const ExerciseKeys sided_keys = keys_for(k, side);
            for (const GuideTrack& track : guide_tracks(sided_keys))
                for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
                    for (int i = 0; i <= 20; ++i) {
                        Vec3 p;
                        REQUIRE(body_point(work_body(id, half, i / 20.0, side), track.point, p));
                        CAPTURE(track.point);
                        CAPTURE(i);
                        CHECK(distance_to_path(track.path, p) <= kOnGuidePath);
                    }
        }
    }
}

// The head drops toward the mat with the arching upper back (round 13's judges found the
// arch tiny while the head stayed above the roller's top), but the hands hold it well off
// the mat: it never rests or hangs there.
TEST_CASE("thoracic extension: the head rides in the hands, dropping toward the mat but never sinking to it") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (double progress : {0.0, 0.5, 1.0}) {
            CAPTURE(progress);
            const Body b = work_body("thoracic-extension", half, progress);
            CHECK(b.head.y - Bones::head_radius > 0.06);  // about 10 cm clear of the mat
            CHECK(b.pelvis.y < 0.075);
        }
}

TEST_CASE("thoracic extension: a guide arrow on the near elbow shows the upper back arching over the roller") {
    const ExerciseKeys& k = keys("thoracic-extension");
    // Not the head: an arrow on the face taught dropping the head back. Nor the breastbone
    // (round 13): near the roller, its arc was short and the arch read as tiny. The elbow
    // rides at the far end of the arching back, out at the side.
    CHECK(k.guide == "left_elbow");
    REQUIRE(k.guide_path.size() >= 4);
    const GuideArrow back = guide_arrows(k, BreathPhase::Out).at(0);
    CHECK(k.guide_path[back.to].y < k.guide_path[back.from].y - 0.005);  // down toward the mat, breathing out
    // The extension itself: the segment above the roller tips back past level.
    const Body arched = work_body("thoracic-extension", BreathPhase::Out, 1);
    CHECK(climb_deg(arched.spine[1], arched.spine[2]) < 0);
}
