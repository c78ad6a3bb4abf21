// The seated rotation after round 9: seen from above, the elbows went up and down the screen
// and the turn read as a side bend. Seen from the front three-quarter on the side the chest
// turns toward, a little above the chest, the turn shows as a turn: the chest comes round
// to face the viewer over knees that still point off to the side, the shoulders' line
// widens on the screen without tipping, one elbow comes toward the viewer and the other goes
// away. Measured on the body's points, projected along the camera's line of sight.
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

// The slope of the line from a to b on the screen, in degrees from level (0 to 90).
double screen_slope(const CameraAngle& camera, Vec3 a, Vec3 b) {
    const OnScreen pa = on_screen(camera, a), pb = on_screen(camera, b);
    return deg(std::atan2(std::abs(pb.y - pa.y), std::abs(pb.x - pa.x)));
}

double screen_width(const CameraAngle& camera, Vec3 a, Vec3 b) {
    return std::abs(on_screen(camera, a).x - on_screen(camera, b).x);
}

}  // namespace

TEST_CASE("seated rotation: seen from the front three-quarter a little above, on the side the chest turns to") {
    const CameraAngle camera = test::shipped_exercise(kId).camera;
    // Keys turn the chest to the figure's left (yaw toward it is positive): the chest turns
    // toward the viewer, so the shoulders' line ends across the screen rather than along the
    // line of sight, where any pitch would tip it into a slope that reads as a side bend.
    CHECK(camera.yaw >= 35);
    CHECK(camera.yaw <= 60);
    CHECK(camera.pitch >= 8);
    CHECK(camera.pitch <= 25);
}

TEST_CASE("seated rotation: the shoulders' line widens on the screen and stays level, over hips that do not turn") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const CameraAngle camera = camera_for(side);
        const Body front = work_body(kId, BreathPhase::In, 1, side);
        const Body turned = work_body(kId, BreathPhase::Out, 1, side);
        // No side bend in the body: both shoulders and both elbows at one height all through the rep.
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
                const Body b = work_body(kId, half, t, side);
                CHECK(std::abs(b.shoulder[kLeft].y - b.shoulder[kRight].y) < 0.005);
                CHECK(std::abs(b.elbow[kLeft].y - b.elbow[kRight].y) < 0.01);
                CHECK(std::abs(b.hip[kLeft].y - b.hip[kRight].y) < 0.005);
                // Nor on the screen: the shoulders' line slopes no more than the square hips' line
                // below it (from above, the turned shoulders sloped 30 degrees over level hips).
                CHECK(screen_slope(camera, b.shoulder[kLeft], b.shoulder[kRight]) <
                      screen_slope(camera, b.hip[kLeft], b.hip[kRight]) + 1);
            }
        }
        const double before = screen_width(camera, front.shoulder[kLeft], front.shoulder[kRight]);
        const double after = screen_width(camera, turned.shoulder[kLeft], turned.shoulder[kRight]);
        MESSAGE("the shoulders' line spans " << before << " then " << after << " across the screen");
        CHECK(after > before * 1.3);
        // The hips stay as they were: the width change is the chest's turn alone.
        CHECK(screen_width(camera, front.hip[kLeft], front.hip[kRight]) ==
              doctest::Approx(screen_width(camera, turned.hip[kLeft], turned.hip[kRight])).epsilon(0.02));
        // The face comes round with the chest, to face the viewer.
        const Vec3 eye = toward_camera(camera);
        CHECK(dot(unit(front.face - front.head), eye) > 0.3);
        CHECK(dot(unit(turned.face - turned.head), eye) > 0.9);
    }
}

TEST_CASE("seated rotation: one elbow comes toward the viewer, the other goes away") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const Vec3 eye = toward_camera(camera_for(side));
        const Body front = work_body(kId, BreathPhase::In, 1, side);
        const Body turned = work_body(kId, BreathPhase::Out, 1, side);
        // The side turned toward is the keys' left, or its mirror image.
        const int toward = side == Side::Right ? kRight : kLeft, away = 1 - toward;
        const double coming = dot(turned.elbow[away] - front.elbow[away], eye);
        const double going = dot(turned.elbow[toward] - front.elbow[toward], eye);
        MESSAGE("elbows: " << coming << " nearer, " << going << " further");
        CHECK(coming > 0.1);
        CHECK(going < -0.1);
    }
}

TEST_CASE("seated rotation: the guide follows the elbow coming round toward the viewer, a curve across the screen") {
    const CameraAngle camera = test::shipped_exercise(kId).camera;
    const ExerciseKeys* keys = test::shipped_library().find(kId);
    REQUIRE(keys != nullptr);
    // The keys turn toward the left, so the right elbow is the one that comes round in front.
    CHECK(keys->guide == "right_elbow");
    REQUIRE(keys->guide_path.size() == 48);
    // The out-breath's half: facing forward (24, the in-breath's end) round to the turn (0).
    std::vector<Vec3> turn(keys->guide_path.begin() + 24, keys->guide_path.end());
    turn.push_back(keys->guide_path.front());
    const OnScreen a = on_screen(camera, turn.front()), b = on_screen(camera, turn.back());
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    double bow = 0;  // the farthest the path strays from its chord, on the screen
    for (Vec3 p : turn) {
        const OnScreen q = on_screen(camera, p);
        bow = std::max(bow, std::abs((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) / length);
    }
    MESSAGE("the guide runs " << length << " across the screen, bowing " << bow / length << " of that");
    CHECK(length > 0.12);
    CHECK(bow / length > 0.05);
    // It runs mostly across the screen, and the elbow on it comes toward the viewer.
    CHECK(std::abs(b.x - a.x) > 2 * std::abs(b.y - a.y));
    CHECK(dot(turn.back() - turn.front(), toward_camera(camera)) > 0.1);
    // Level: the elbow goes round, neither up nor down.
    for (Vec3 p : turn) CHECK(std::abs(p.y - turn.front().y) < 0.01);
}
