// For each exercise, the joints that define it move the way its steps describe,
// measured on the body's points at the ends of the in- and out-breath.
#include <doctest/doctest.h>

#include <cmath>

#include "core/keyframes.h"
#include "test_state.h"

using namespace limber;

namespace {

Body at(const std::string& id, BreathPhase half, Side side = Side::None) {
    const Posed p = pose_at(shipped_poses().library, test::work_state(id, side, half, 1));
    return build_body(p.pose, p.support);
}

Body in(const std::string& id, Side side = Side::None) { return at(id, BreathPhase::In, side); }
Body out(const std::string& id, Side side = Side::None) { return at(id, BreathPhase::Out, side); }

// How far the middle of the back rises above the line from pelvis to shoulders
// (up: rounded like a cat; down: sagging like a cow). For a figure on all fours.
double back_rise(const Body& b) {
    const Vec3 a = b.pelvis, c = b.spine[2], m = b.spine[0];
    const double t = (m.x - a.x) / (c.x - a.x);
    return m.y - (a.y + (c.y - a.y) * t);
}

double width(Vec3 l, Vec3 r) { return std::abs(l.z - r.z); }
// The angle of the line through a left and right point, turned about the vertical.
double turn(Vec3 l, Vec3 r) { return std::atan2(r.x - l.x, r.z - l.z); }
double above_floor_front(const Body& b) { return b.spine[2].y; }

}  // namespace

TEST_CASE("cat-cow: the back sags on the in-breath and rounds on the out-breath") {
    CHECK(back_rise(in("cat-cow")) < -0.005);
    CHECK(back_rise(out("cat-cow")) > 0.005);
    CHECK(in("cat-cow").face.y > out("cat-cow").face.y + 0.03);  // looks up in cow, chin drops in cat
}

TEST_CASE("child's pose: hips back over the heels, forehead down, arms long, and the hips sink as you breathe out") {
    const Body b = out("childs-pose");
    CHECK(b.pelvis.x < b.knee[kLeft].x);
    CHECK(b.head.y < Bones::head_radius + 0.03);
    CHECK(b.fingers[kLeft].x > b.head.x);
    CHECK(b.pelvis.y < in("childs-pose").pelvis.y + 1e-9);
}

TEST_CASE("thread the needle: the threading arm crosses under the chest to the other side, the chest turns") {
    for (Side side : {Side::Left, Side::Right}) {
        const Body b = out("thread-the-needle", side);
        const int arm = side == Side::Left ? kLeft : kRight;
        const double across = side == Side::Left ? 1 : -1;  // toward the other side, in z
        CHECK(across * (b.wrist[arm].z - b.spine[1].z) > 0.1);
        CHECK(b.shoulder[arm].y < b.shoulder[1 - arm].y - 0.05);  // that shoulder sinks
    }
}

TEST_CASE("corner and doorway stretches: the body leans in further on the out-breath, shoulders drawn back") {
    for (const char* id : {"corner-stretch", "doorway-chest-stretch"}) {
        CAPTURE(id);
        CHECK(out(id).head.x > in(id).head.x + 0.01);
        CHECK(width(out(id).scapula[kLeft], out(id).scapula[kRight]) < width(in(id).scapula[kLeft], in(id).scapula[kRight]));
    }
}

TEST_CASE("wall angels: the hands slide up the wall on the in-breath and down on the out-breath") {
    CHECK(in("wall-angels").wrist[kLeft].y > out("wall-angels").wrist[kLeft].y + 0.15);
    CHECK(in("wall-angels").wrist[kRight].y > out("wall-angels").wrist[kRight].y + 0.15);
}

TEST_CASE("shoulder blade squeeze: the blades move together on the out-breath") {
    const Body i = in("scapular-squeeze"), o = out("scapular-squeeze");
    CHECK(width(o.scapula[kLeft], o.scapula[kRight]) < width(i.scapula[kLeft], i.scapula[kRight]) - 0.04);
}

TEST_CASE("superman: arms, chest and legs lift on the out-breath while the hips stay down") {
    const Body i = in("superman"), o = out("superman");
    CHECK(o.fingers[kLeft].y > i.fingers[kLeft].y + 0.05);
    CHECK(o.toe[kLeft].y > i.toe[kLeft].y + 0.03);
    CHECK(o.head.y > i.head.y + 0.03);
    CHECK(o.pelvis.y < 0.1);
    CHECK(i.pelvis.y < 0.1);
}

TEST_CASE("bent-over row: the hands pull up toward the body on the out-breath, hinged at the hips") {
    const Body i = in("bent-over-row"), o = out("bent-over-row");
    CHECK(o.wrist[kLeft].y > i.wrist[kLeft].y + 0.1);
    CHECK(i.spine[2].x > i.pelvis.x + 0.15);  // leaning forward
}

TEST_CASE("reverse fly: the arms sweep out to the sides on the out-breath") {
    const Body i = in("reverse-fly"), o = out("reverse-fly");
    CHECK(width(o.wrist[kLeft], o.wrist[kRight]) > width(i.wrist[kLeft], i.wrist[kRight]) + 0.4);
}

TEST_CASE("cobra: the chest rises off the floor while the pelvis stays on it") {
    const Body i = in("cobra");
    CHECK(i.spine[2].y > 0.15);
    CHECK(i.pelvis.y < 0.08);
}

TEST_CASE("thoracic extension: the upper back arches back over the support more on the out-breath") {
    const Body i = in("thoracic-extension"), o = out("thoracic-extension");
    CHECK(o.neck.y < i.neck.y - 0.005);
    CHECK(o.spine[1].y == doctest::Approx(i.spine[1].y).epsilon(0.02));
}

TEST_CASE("shoulder rolls: up and back on the in-breath, down and round to the front on the out-breath") {
    const Body i = in("shoulder-rolls"), o = out("shoulder-rolls");
    CHECK(i.shoulder[kLeft].y > o.shoulder[kLeft].y + 0.04);
    CHECK(i.shoulder[kLeft].x < o.shoulder[kLeft].x - 0.03);
    // Half way through the out-breath the shoulders are down behind the front they rose over.
    State s;
    s.in_routine = true;
    s.exercise_id = "shoulder-rolls";
    s.phase = Phase::Work;
    s.breath = BreathPhase::Out;
    s.breath_progress = 0.5;
    s.breath_index = 2;
    const Body mid = build_body(pose_at(shipped_poses().library, s).pose);
    CHECK(mid.shoulder[kLeft].x < o.shoulder[kLeft].x - 0.02);
    CHECK(mid.shoulder[kLeft].y < i.shoulder[kLeft].y - 0.04);
}

TEST_CASE("arm circles: straight arms out at shoulder height, the hands trace a loop") {
    State s;
    s.in_routine = true;
    s.exercise_id = "arm-circles";
    s.phase = Phase::Work;
    s.breath_index = 2;
    double lo_x = 1, hi_x = -1, lo_y = 2, hi_y = -1;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        for (int k = 0; k < 8; ++k) {
            s.breath = half;
            s.breath_progress = k / 8.0;
            const Body b = build_body(pose_at(shipped_poses().library, s).pose);
            lo_x = std::min(lo_x, b.fingers[kRight].x);
            hi_x = std::max(hi_x, b.fingers[kRight].x);
            lo_y = std::min(lo_y, b.fingers[kRight].y);
            hi_y = std::max(hi_y, b.fingers[kRight].y);
            CHECK(std::abs(b.fingers[kRight].y - b.shoulder[kRight].y) < 0.15);
        }
    }
    CHECK(hi_x - lo_x > 0.05);  // forward and back
    CHECK(hi_y - lo_y > 0.05);  // up and down
}

TEST_CASE("side stretch: the raised arm's side is stretched, the trunk leans away from it, further on the out-breath") {
    for (Side side : {Side::Left, Side::Right}) {
        const int raised = side == Side::Left ? kLeft : kRight;
        const double away = side == Side::Left ? 1 : -1;  // z toward the other side
        const Body i = in("side-stretch", side), o = out("side-stretch", side);
        CHECK(o.wrist[raised].y > o.head.y);
        CHECK(away * (o.neck.z - o.pelvis.z) > 0.08);
        CHECK(away * (o.neck.z - o.pelvis.z) > away * (i.neck.z - i.pelvis.z) + 0.02);
    }
}

TEST_CASE("seated thoracic rotation: the shoulders turn against still hips on the out-breath, toward the working side") {
    for (Side side : {Side::Left, Side::Right}) {
        const Body i = in("thoracic-rotation", side), o = out("thoracic-rotation", side);
        const double shoulders = turn(o.shoulder[kLeft], o.shoulder[kRight]);
        const double hips = turn(o.hip[kLeft], o.hip[kRight]);
        CHECK(std::abs(shoulders - hips) > 0.5);
        CHECK(std::abs(turn(i.shoulder[kLeft], i.shoulder[kRight]) - turn(i.hip[kLeft], i.hip[kRight])) < 0.15);
        // Turning to the left brings the right shoulder forward.
        const double sign = side == Side::Left ? 1 : -1;
        CHECK(sign * (o.shoulder[kRight].x - o.shoulder[kLeft].x) > 0.1);
        CHECK(above_floor_front(o) > 0.5);
    }
}
