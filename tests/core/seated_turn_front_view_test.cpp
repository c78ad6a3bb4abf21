// Where the seated rotation is seen from, after four verdicts. From the front and 60 degrees
// above with one elbow's arc as the guide (round 9), the elbows seemed to go up and down and
// the turn read as a side bend; from the front three-quarter on the side the chest turns to,
// 20 degrees above (round 13), the shoulders' line turned 12 degrees on the screen and no one
// saw a turn. A turn about an upright spine is a turn in the floor's plane, so it shows best
// from high above the front: the shoulders' and elbows' line swings round in the picture like
// a clock's hand over hips and thighs that stay square, and the guide goes round on both
// elbows, one arc behind the head and one in front, the same way like a wheel.
// Measured on the body's points, projected along the camera's line of sight; the player's
// perspective is in fly_and_turn_seen_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::deg;
using test::on_screen;
using test::OnScreen;
using test::work_body;

namespace {

const char* const kId = "thoracic-rotation";

// The camera as drawn for a side: the right side's body is the left's mirror image, and so
// is its camera (reflection.h).
CameraAngle camera_for(Side side) {
    CameraAngle camera = test::shipped_exercise(kId).camera;
    if (side == Side::Right) camera.yaw = -camera.yaw;
    return camera;
}

// The line from a to b on the screen, as an angle in degrees (0 to 180: a line, not a way).
double screen_line(const CameraAngle& camera, Vec3 a, Vec3 b) {
    const OnScreen pa = on_screen(camera, a), pb = on_screen(camera, b);
    const double d = deg(std::atan2(pb.y - pa.y, pb.x - pa.x));
    return d < 0 ? d + 180 : d;
}

double turned_between(double a, double b) {
    const double d = std::abs(a - b);
    return std::min(d, 180 - d);
}

}  // namespace

TEST_CASE("seated rotation: seen from high above the front") {
    const CameraAngle camera = test::shipped_exercise(kId).camera;
    // Square to the chair, so the hips' and thighs' lines stay square on the screen and
    // both sides see the same view; high, so the turn lies nearly in the picture.
    CHECK(std::abs(camera.yaw) <= 15);
    CHECK(camera.pitch >= 60);
    CHECK(camera.pitch <= 75);
}

TEST_CASE("seated rotation: the shoulders' and elbows' lines swing round on the screen over hips that do not turn") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const CameraAngle camera = camera_for(side);
        const Body front = work_body(kId, BreathPhase::In, 1, side);
        const Body turned = work_body(kId, BreathPhase::Out, 1, side);
        // No side bend in the body: both shoulders, both elbows and both hips at one height
        // all through the rep, so whatever slope the shoulders' line takes on the screen is
        // the turn seen from above.
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
                const Body b = work_body(kId, half, t, side);
                CHECK(std::abs(b.shoulder[kLeft].y - b.shoulder[kRight].y) < 0.005);
                CHECK(std::abs(b.elbow[kLeft].y - b.elbow[kRight].y) < 0.01);
                CHECK(std::abs(b.hip[kLeft].y - b.hip[kRight].y) < 0.005);
            }
        }
        const double shoulders = turned_between(screen_line(camera, front.shoulder[kLeft], front.shoulder[kRight]),
                                                screen_line(camera, turned.shoulder[kLeft], turned.shoulder[kRight]));
        const double elbows = turned_between(screen_line(camera, front.elbow[kLeft], front.elbow[kRight]),
                                             screen_line(camera, turned.elbow[kLeft], turned.elbow[kRight]));
        MESSAGE("the shoulders' line swings " << shoulders << " degrees on the screen, the elbows' " << elbows);
        // Nearly the whole 45-degree turn shows (from the front three-quarter, 12 degrees did).
        CHECK(shoulders > 38);
        CHECK(elbows > 38);
        // The hips' and the knees' lines stay where they were, level on the screen.
        CHECK(turned_between(screen_line(camera, front.hip[kLeft], front.hip[kRight]),
                             screen_line(camera, turned.hip[kLeft], turned.hip[kRight])) < 0.5);
        CHECK(turned_between(screen_line(camera, turned.knee[kLeft], turned.knee[kRight]), 0) < 15);
        // Facing forward, the face looks at the viewer; turned, it has come round with the
        // chest to look off to the side across the screen.
        const Vec3 eye = toward_camera(camera), right = screen_right(camera);
        CHECK(std::abs(dot(unit(front.face - front.head), right)) < 0.05);
        CHECK(dot(unit(front.face - front.head), eye) > 0.3);
        CHECK(std::abs(dot(unit(turned.face - turned.head), right)) > 0.6);
    }
}

TEST_CASE("seated rotation: one elbow goes round behind the head, up the screen, as the other comes round in front, down it") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const CameraAngle camera = camera_for(side);
        const Body front = work_body(kId, BreathPhase::In, 1, side);
        const Body turned = work_body(kId, BreathPhase::Out, 1, side);
        // The side turned toward is the keys' left, or its mirror image.
        const int toward = side == Side::Right ? kRight : kLeft, away = 1 - toward;
        const double back = on_screen(camera, turned.elbow[toward]).y - on_screen(camera, front.elbow[toward]).y;
        const double forth = on_screen(camera, turned.elbow[away]).y - on_screen(camera, front.elbow[away]).y;
        MESSAGE("elbows: " << back << " and " << forth << " along the screen's height");
        // on_screen's y grows down the screen: the elbow going back rises, the other falls.
        CHECK(back < -0.1);
        CHECK(forth > 0.1);
        // Neither crosses over the head: each stays out on its own side.
        for (const Body* b : {&front, &turned}) {
            const double head = on_screen(camera, b->head).x;
            CHECK((on_screen(camera, b->elbow[kLeft]).x - head) * (on_screen(camera, b->elbow[kRight]).x - head) < 0);
        }
    }
}

TEST_CASE("seated rotation: each elbow's guide is a curve going round the head, the two the same way") {
    const CameraAngle camera = test::shipped_exercise(kId).camera;
    const ExerciseKeys* keys = test::shipped_library().find(kId);
    REQUIRE(keys != nullptr);
    // The keys turn toward the left, so the right elbow is the one that comes round in front.
    CHECK(keys->guide == "right_elbow");
    const std::vector<GuideTrack> tracks = guide_tracks(*keys);
    REQUIRE(tracks.size() == 2);
    const Body front = work_body(kId, BreathPhase::In, 1);
    const OnScreen head = on_screen(camera, front.head);
    double swept[2];
    for (size_t k = 0; k < 2; ++k) {
        CAPTURE(tracks[k].point);
        REQUIRE(tracks[k].path.size() == 48);
        // The out-breath's half: facing forward (24, the in-breath's end) round to the turn (0).
        std::vector<Vec3> turn(tracks[k].path.begin() + 24, tracks[k].path.end());
        turn.push_back(tracks[k].path.front());
        const OnScreen a = on_screen(camera, turn.front()), b = on_screen(camera, turn.back());
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        double bow = 0;  // the farthest the path strays from its chord, on the screen
        for (Vec3 p : turn) {
            const OnScreen q = on_screen(camera, p);
            bow = std::max(bow, std::abs((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) / length);
        }
        MESSAGE(tracks[k].point << "'s guide runs " << length << " on the screen, bowing " << bow / length << " of that");
        CHECK(length > 0.18);
        CHECK(bow / length > 0.08);
        // How far round the head it sweeps on the screen, signed: the two arcs sweep alike.
        swept[k] = std::remainder(deg(std::atan2(b.y - head.y, b.x - head.x) - std::atan2(a.y - head.y, a.x - head.x)), 360.0);
        MESSAGE("sweeping " << swept[k] << " degrees round the head");
        CHECK(std::abs(swept[k]) > 30);
        // Level: the elbow goes round, neither up nor down.
        for (Vec3 p : turn) CHECK(std::abs(p.y - turn.front().y) < 0.01);
    }
    CHECK(swept[0] * swept[1] > 0);
}
