// What an outsider shown three stills could only partly follow in arm circles, the side
// stretch, the seated thoracic rotation and wall angels, measured on the body's points:
// circles too big and the head turned; a side bend that folded forward; a chest turned
// about 90 degrees with the head turning past it; a face half-turned away.
// The figure is about 1.7 m tall in 1 body unit.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

constexpr double kCmPerUnit = 170;

double deg(double rad) { return rad * 180 / M_PI; }

Body at(const std::string& id, BreathPhase half, double progress, Side side = Side::None) {
    const Posed p = pose_at(test::shipped_library(), test::work_state(id, side, half, progress, 2));
    return build_body(p.pose, p.support);
}

// Every moment of a steady rep (or a hold's breath): the in-breath, then the out-breath.
std::vector<Body> rep_of(const std::string& id, Side side = Side::None) {
    std::vector<Body> rep;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i < 32; ++i) rep.push_back(at(id, half, i / 32.0, side));
    return rep;
}

// Which way a left-right pair of points faces, turned about the vertical from the figure's
// front (+x) toward its left (-z), in degrees.
double facing(Vec3 left, Vec3 right) { return deg(std::atan2(right.x - left.x, right.z - left.z)); }

// Which way the face looks, turned about the vertical the same way.
double face_yaw(const Body& b) { return deg(std::atan2(-(b.face.z - b.head.z), b.face.x - b.head.x)); }

// The chest's front: the shoulder line's facing.
double chest_yaw(const Body& b) { return facing(b.shoulder[kLeft], b.shoulder[kRight]); }

// How far the face looks away from the camera, seen from above, in degrees: 0 is the face
// turned straight to the viewer.
double face_from_camera(const Body& b, const CameraAngle& camera) {
    const Vec3 eye = toward_camera(camera);
    const double toward = deg(std::atan2(-eye.z, eye.x));
    double d = face_yaw(b) - toward;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    return std::abs(d);
}

}  // namespace

// Round 1's 42 cm circles read as too big; session 14's 28 cm, seen from the front
// three-quarter, as flat slivers. Seen face-on from the side, about 37 cm across still starts
// small-to-medium, as the articles do, and reads at contact-sheet size.
TEST_CASE("arm circles: the fingertips trace small-to-medium circles, 30 to 40 cm across, level with the shoulders") {
    const std::vector<Body> rep = rep_of("arm-circles");
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        double across = 0;
        for (const Body& a : rep)
            for (const Body& b : rep) across = std::max(across, distance(a.fingers[s], b.fingers[s]));
        MESSAGE("circle across " << across * kCmPerUnit << " cm");
        CHECK(across * kCmPerUnit > 30);
        CHECK(across * kCmPerUnit < 40);
        // A circle, not a line: as tall as it is wide, seen from the side.
        double lo_x = 1, hi_x = -1, lo_y = 2, hi_y = -1;
        for (const Body& b : rep) {
            lo_x = std::min(lo_x, b.fingers[s].x);
            hi_x = std::max(hi_x, b.fingers[s].x);
            lo_y = std::min(lo_y, b.fingers[s].y);
            hi_y = std::max(hi_y, b.fingers[s].y);
            // The straight arm stays near shoulder height all round: within the circle's radius.
            CHECK(std::abs(b.fingers[s].y - b.shoulder[s].y) < 0.115);
            CHECK(distance(b.fingers[s], b.shoulder[s]) > 0.38);
        }
        CHECK((hi_y - lo_y) == doctest::Approx(hi_x - lo_x).epsilon(0.15));
    }
}

// The head was never turned on the neck: seen from 25 degrees round, the face of wall
// angels looked half-turned to the viewer; arm circles' three-quarter view, from low, showed
// a chest that read square to the viewer under a face that did not.
TEST_CASE("arm circles and wall angels: the head faces forward with the chest") {
    for (const char* id : {"arm-circles", "wall-angels"}) {
        CAPTURE(id);
        for (const Body& b : rep_of(id)) {
            CHECK(std::abs(face_yaw(b) - chest_yaw(b)) < 1);
            CHECK(std::abs(face_yaw(b)) < 1);
            CHECK(std::abs(b.face.y - b.head.y) < 0.01);  // looking level, not up or down
        }
    }
}

// Seen straight on (session 14) the wall was a backdrop: neither the body resting on it nor
// the feet's step out from it showed. From the front three-quarter the face is seen turned
// as far as the wall is, no farther, the head square on the chest.
TEST_CASE("wall angels: the face is seen from the front three-quarter, turned with the wall, the back of the head on it") {
    const CameraAngle camera = test::shipped_exercise("wall-angels").camera;
    for (const Body& b : rep_of("wall-angels")) {
        CHECK(face_from_camera(b, camera) > 30);
        CHECK(face_from_camera(b, camera) < 50);
    }
}

// The arms' line sloping up the screen (round 1) made the chest read turned as the face is,
// but the hands see-sawed; seen from the side the face and chest show the facing instead
// (turn_and_circle_views_test.cpp), and the circles face the viewer, so front and back
// lie a circle's width apart.
TEST_CASE("arm circles: the view shows which side of each circle is its front") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 right = screen_right(camera);
    const Body start = at("arm-circles", BreathPhase::None, 0);
    // Each circle's front (where the set begins) lies on the screen's side the face looks
    // toward, its back (where the in-breath ends) on the other: the arrowhead going down
    // the back reads as a backward circle.
    const Body back = at("arm-circles", BreathPhase::In, 1);
    const double looks = dot(start.face - start.head, right);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(looks * dot(start.fingers[s] - back.fingers[s], right) > 0);
        CHECK(std::abs(dot(start.fingers[s] - back.fingers[s], right)) > 0.12);
    }
}

// The spine never flexed forward in the keys; what read as a fold was a bend of 48 degrees
// at the top of the back with the head dropped 12 more toward the shoulder, seen from 15
// degrees round, and the free hand across the belly.
TEST_CASE("side stretch: a pure side bend, no forward fold, the chest facing front over level hips") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int free = side == Side::Left ? kRight : kLeft;
        const double away = side == Side::Left ? 1 : -1;  // toward the side the trunk bends to
        for (const Body& b : rep_of("side-stretch", side)) {
            // The spine stays in the body's frontal plane: no point of it comes forward of the hips.
            for (Vec3 p : {b.spine[0], b.spine[1], b.spine[2], b.neck, b.head}) CHECK(std::abs(p.x - b.pelvis.x) < 0.015);
            CHECK(std::abs(chest_yaw(b)) < 2);
            CHECK(std::abs(face_yaw(b)) < 2);
            CHECK(b.hip[kLeft].y == doctest::Approx(b.hip[kRight].y));
            // The head stays in line with the upper back instead of dropping to the shoulder.
            CHECK(deg(std::acos(dot(unit(b.head - b.neck), unit(b.spine[2] - b.spine[1])))) < 15);
            // The free hand hangs at the side of the thigh, not across the belly.
            CHECK(std::abs(b.fingers[free].z) > Bones::hip_half_width + 0.05);
        }
        const Body easy = at("side-stretch", BreathPhase::In, 1, side), deep = at("side-stretch", BreathPhase::Out, 1, side);
        const double bend = deg(std::atan2(away * (deep.neck.z - deep.pelvis.z), deep.neck.y - deep.pelvis.y));
        MESSAGE("the neck leans " << bend << " degrees from over the hips");
        CHECK(bend > 20);
        CHECK(bend < 35);
        // Bending further, the free hand slides down the thigh.
        CHECK(deep.fingers[free].y < easy.fingers[free].y - 0.05);
    }
    // Seen from the front, the bend runs across the screen, none of it toward the viewer.
    const CameraAngle camera = test::shipped_exercise("side-stretch").camera;
    CHECK(std::abs(camera.yaw) <= 5);
    CHECK(std::abs(dot(screen_right(camera), Vec3{0, 0, 1})) > 0.99);
}

TEST_CASE("seated thoracic rotation: the chest turns near 60 degrees over square hips, the head with it and no further") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        // The right side is drawn as the left's mirror image, its camera too (reflection.h).
        CameraAngle camera = test::shipped_exercise("thoracic-rotation").camera;
        if (side == Side::Right) camera.yaw = -camera.yaw;
        const double way = side == Side::Left ? 1 : -1;
        double widest = 0;
        for (const Body& b : rep_of("thoracic-rotation", side)) {
            CHECK(std::abs(facing(b.hip[kLeft], b.hip[kRight])) < 0.5);
            const double chest = way * (chest_yaw(b) - facing(b.hip[kLeft], b.hip[kRight]));
            widest = std::max(widest, chest);
            // The head turns with the chest: never further, never against it.
            CHECK(std::abs(face_yaw(b) - chest_yaw(b)) < 2);
            // Seen from the camera, the raised elbow never swings round behind the head, out of
            // sight: it stays clear of it on the screen by more than its own thickness (0.03),
            // across or, seen from above, up (from above the elbow's way back runs up the
            // screen, past the crown), or in front of it. The other hand rests on the knee, its
            // elbow in front of the chest, far below the head.
            const int raised = side == Side::Left ? kLeft : kRight;
            const bool clear = test::screen_apart(camera, b.elbow[raised], b.head) > Bones::head_radius + 0.04;
            const bool in_front = dot(b.elbow[raised] - b.head, toward_camera(camera)) > Bones::head_radius + 0.03;
            CHECK((clear || in_front));
            CHECK(b.elbow[1 - raised].y < b.shoulder[1 - raised].y);
        }
        MESSAGE("the chest turns " << widest << " degrees");
        // As far as a comfortable seated turn goes (article 004: turn the upper back toward
        // the open side); 45 degrees, session 14, left the raised elbow's sweep short.
        CHECK(widest > 55);
        CHECK(widest < 65);
    }
}
