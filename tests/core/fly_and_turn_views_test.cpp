// Where the reverse fly and the seated rotation are seen from, and what each view must show.
// The reverse fly from the front three-quarter and a little above: the back tipped forward
// slants across the picture over soft knees while the arms open across it (straight from the
// front, the hinge, the flat back and the knees could not be seen). The seated rotation from
// the side the chest turns to, a little above: the knees point across the picture and the
// chest comes round to the eye (from in front and above, the raised elbow's way back ran up
// the picture and outsiders read a side bend). The checks of the body itself, which no view
// changes, are here too.
// Measured in the player's perspective (test_view.h); only the left side is measured, the
// right side's body and camera being its mirror image.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "test_body.h"
#include "test_view.h"

using namespace limber;
using test::deg;
using test::View;
using test::view_of;
using test::work_body;

namespace {

// The work's steady rep, in- then out-breath, at 25 moments each.
template <typename F>
void each_moment(const char* id, F&& f) {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 24; ++i) f(work_body(id, half, i / 24.0));
}

double angle_deg(Vec3 a, Vec3 b) { return deg(std::acos(std::clamp(dot(unit(a), unit(b)), -1.0, 1.0))); }

// Degrees the face looks below the horizontal.
double gaze_down_deg(const Body& b) {
    const Vec3 f = b.face - b.head;
    return deg(std::atan2(-f.y, std::hypot(f.x, f.z)));
}

}  // namespace

TEST_CASE("reverse fly: seen from the front three-quarter, a little above") {
    const CameraAngle camera = test::shipped_exercise("reverse-fly").camera;
    // Straight from the front (round 16) the back lay end-on to the eye; from 30 round and
    // 35 above (round 18) it was seen from over the head and the hinge read poorly; from 45
    // round and 25 above (session 23) the opened arms' bar slanted across the picture, so one
    // hand seemed to hang while the other rose, the arms taking turns. A little round from
    // the front and just above, the back still lies across the view and the arms' bar lies
    // nearly level.
    CHECK(camera.yaw >= 30);
    CHECK(camera.yaw <= 40);
    CHECK(camera.pitch >= 5);
    CHECK(camera.pitch <= 15);
}

TEST_CASE("reverse fly: the flat back shows slanting across the picture, seen nearly its whole length") {
    const View view = view_of("reverse-fly");
    double steepest = 90, shortest = 1;
    each_moment("reverse-fly", [&](const Body& b) {
        const Vec2 hips = view(b.pelvis), neck = view(b.neck);
        // Degrees from upright on the screen, and the share of its length the picture keeps.
        const double from_upright = std::abs(deg(std::atan2(neck.x - hips.x, std::abs(neck.y - hips.y))));
        steepest = std::min(steepest, from_upright);
        shortest = std::min(shortest, view.seen(hips, neck) / distance(b.pelvis, b.neck));
    });
    MESSAGE("the back runs at least " << steepest << " degrees off upright on the screen, seen at least " << shortest
                                      << " of its length");
    // Straight from the front the back pointed at the eye: 0 degrees off upright, a third of
    // its length seen.
    CHECK(steepest > 30);
    CHECK(shortest > 0.5);
    // The hinge: the back and the thighs meet at the hips at a clear angle on the screen.
    each_moment("reverse-fly", [&](const Body& b) {
        const Vec2 hips = view(b.pelvis), neck = view(b.neck), knees = view(between(b.knee[kLeft], b.knee[kRight]));
        const double a = std::atan2(neck.y - hips.y, neck.x - hips.x), k = std::atan2(knees.y - hips.y, knees.x - hips.x);
        double d = std::abs(deg(a - k));
        if (d > 180) d = 360 - d;
        CHECK(d < 135);
    });
}

TEST_CASE("reverse fly: both hands sweep out across the picture to opposite sides and up") {
    const View view = view_of("reverse-fly");
    const Body hang = work_body("reverse-fly", BreathPhase::In, 1), open = work_body("reverse-fly", BreathPhase::Out, 1);
    double out[2], up[2];
    for (int s : {kLeft, kRight}) {
        const Vec2 from = view(hang.wrist[s]), to = view(open.wrist[s]);
        out[s] = (to.x - from.x) * view.distance;
        up[s] = (to.y - from.y) * view.distance;
        MESSAGE(std::string(s == kLeft ? "left" : "right") << " hand: " << out[s] << " across, " << up[s] << " up");
    }
    // Opposite ways across the screen, each a long way: the spread runs across the picture,
    // not toward the eye (a scissor, session 14).
    CHECK(out[kLeft] * out[kRight] < 0);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(std::abs(out[s]) > 0.2);
        CHECK(up[s] > 0.1);
    }
    CHECK(std::min(std::abs(out[kLeft]), std::abs(out[kRight])) > 0.6 * std::max(std::abs(out[kLeft]), std::abs(out[kRight])));
    // The opened arms' bar lies within 12 degrees of level on the screen: a T, not one arm
    // high and one low (23 degrees, session 23, read as the arms taking turns).
    const double bar = test::screen_heading(view, open.wrist[kRight], open.wrist[kLeft]);
    CAPTURE(bar);
    CHECK(test::line_turn(bar, 0) < 12);
    // Half way up, the near hand has risen at least half as far on the screen as the far one
    // (from 45 round and 25 above it had not risen at all): neither seems to hang while the
    // other lifts.
    const Body half = work_body("reverse-fly", BreathPhase::Out, 0.5);
    double risen[2];
    for (int s : {kLeft, kRight}) risen[s] = view(half.wrist[s]).y - view(hang.wrist[s]).y;
    CAPTURE(risen[kLeft]);
    CAPTURE(risen[kRight]);
    CHECK(std::min(risen[kLeft], risen[kRight]) > 0.5 * std::max(risen[kLeft], risen[kRight]));
}

TEST_CASE("reverse fly: the arm rises from hanging to level, and the head stays on the line of the back") {
    const Body hang = work_body("reverse-fly", BreathPhase::In, 1), open = work_body("reverse-fly", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // A whole quarter turn at the shoulder: hanging straight down, then out level.
        CHECK(angle_deg(hang.elbow[s] - hang.shoulder[s], {0, -1, 0}) < 10);
        CHECK(angle_deg(hang.elbow[s] - hang.shoulder[s], open.elbow[s] - open.shoulder[s]) > 80);
    }
    // The neck long all through the rep: it carries on the back's line within 5 degrees and
    // the eyes look at the floor, 70 or more degrees down (session 14: "the head is raised").
    each_moment("reverse-fly", [](const Body& b) {
        const Vec3 back = b.spine[2] - b.pelvis, neck = b.neck - b.spine[2];
        CHECK(angle_deg(back, neck) < 5);
        CHECK(gaze_down_deg(b) > 70);
    });
}

TEST_CASE("reverse fly: the head shows bowed, its face turned down the picture") {
    const View view = view_of("reverse-fly");
    // The face below the middle of the head on the screen: looking at the floor, not raised
    // (seen from below, session 14, the face seemed to look up).
    each_moment("reverse-fly", [&](const Body& b) { CHECK(view(b.face).y < view(b.head).y); });
}

// The horizontal way a body part points, from a to b.
Vec3 level_way(Vec3 a, Vec3 b) { return unit(Vec3{b.x - a.x, 0, b.z - a.z}); }

TEST_CASE("seated rotation: from the side it turns to, the chest comes round to the eye, the knees across") {
    const CameraAngle camera = test::shipped_exercise("thoracic-rotation").camera;
    // Seen from the side the chest turns toward, 20 to 35 degrees above: the knees point
    // across the picture the whole time, a still reference, and the chest turns from side-on
    // to nearly facing the eye, so the twist shows as the trunk and the thighs pointing
    // different ways. From in front and above (0 round, 68 above; 0 of 6 outside answers
    // said followable) the raised elbow's way back ran up the picture and read as a side
    // bend; from the far side the turn shows only the back coming round.
    CHECK(camera.pitch >= 20);
    CHECK(camera.pitch <= 35);
    const Vec3 eye = level_way({0, 0, 0}, toward_camera(camera));
    auto chest_way = [](const Body& b) { return level_way(test::chest(b), test::sternum(b)); };
    auto knees_way = [](const Body& b) {
        return level_way(between(b.hip[kLeft], b.hip[kRight]), between(b.knee[kLeft], b.knee[kRight]));
    };
    const Body front = work_body("thoracic-rotation", BreathPhase::In, 1);
    const Body turned = work_body("thoracic-rotation", BreathPhase::Out, 1);
    const double before = angle_deg(chest_way(front), eye), after = angle_deg(chest_way(turned), eye);
    MESSAGE("the chest faces " << before << " then " << after << " degrees from the eye; the knees "
                               << angle_deg(knees_way(turned), eye));
    // Facing forward the chest points the knees' way, both across the picture.
    CHECK(angle_deg(chest_way(front), knees_way(front)) < 10);
    CHECK(std::abs(before - 90) < 15);
    CHECK(std::abs(angle_deg(knees_way(turned), eye) - 90) < 15);
    // Turned, the chest faces the eye far more than it did, and points well off the knees.
    CHECK(after < before - 45);
    CHECK(angle_deg(chest_way(turned), knees_way(turned)) > 45);
}

TEST_CASE("seated rotation: the trunk stays upright over hips, knees and feet that stay still") {
    const View view = view_of("thoracic-rotation");
    const Body front = work_body("thoracic-rotation", BreathPhase::In, 1);
    const Vec2 hips = view(front.pelvis);
    each_moment("thoracic-rotation", [&](const Body& b) {
        // No lean back or aside: the neck stays over the pelvis (round 16 read a lean back).
        CHECK(angle_deg(b.neck - b.pelvis, {0, 1, 0}) < 8);
        CHECK(std::hypot(b.neck.x - front.neck.x, b.neck.z - front.neck.z) < 0.03);
        for (int s : {kLeft, kRight}) {
            CHECK(distance(b.hip[s], front.hip[s]) < 1e-6);
            CHECK(distance(b.knee[s], front.knee[s]) < 1e-6);
            CHECK(distance(b.ankle[s], front.ankle[s]) < 1e-6);
        }
        CHECK(view.seen(view(b.pelvis), hips) < 1e-6);
    });
}
