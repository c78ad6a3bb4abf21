// The technique of shoulder rolls, thread the needle, seated thoracic rotation, arm
// circles, reverse fly, the shoulder blade squeeze and superman, as the articles describe
// it, measured on the body's points.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/keyframes.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

Body at(const std::string& id, BreathPhase half, double progress, Side side = Side::None) {
    const Posed p = pose_at(test::shipped_library(), test::work_state(id, side, half, progress, 2));
    return build_body(p.pose, p.support);
}

// A steady rep, in-breath then out-breath, at 32 moments each.
template <typename F>
std::vector<Vec3> path_of(const std::string& id, F&& point, Side side = Side::None) {
    std::vector<Vec3> path;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i < 32; ++i) path.push_back(point(at(id, half, i / 32.0, side)));
    return path;
}

// The area a closed path encloses seen from the figure's left (x forward, y up):
// positive when it runs forward along the bottom and back along the top.
double area_seen_from_left(const std::vector<Vec3>& path) {
    double twice = 0;
    for (size_t i = 0; i < path.size(); ++i) {
        const Vec3 a = path[i], b = path[(i + 1) % path.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

// Degrees the line from a to b leans away from the vertical.
double lean_deg(Vec3 a, Vec3 b) {
    const double dx = b.x - a.x, dy = b.y - a.y, dz = b.z - a.z;
    return std::atan2(std::sqrt(dx * dx + dz * dz), dy) * 180 / M_PI;
}

// Which way a left-right pair of points faces, turned about the vertical (radians).
double facing(Vec3 l, Vec3 r) { return std::atan2(r.x - l.x, r.z - l.z); }

}  // namespace

TEST_CASE("shoulder rolls: each shoulder goes round a backward circle, forward and up, then back and down") {
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        const std::vector<Vec3> path = path_of("shoulder-rolls", [s](const Body& b) { return b.shoulder[s]; });
        // An ellipse 0.06 by 0.05 across encloses 0.0024; a shrug up and down encloses nothing.
        CHECK(area_seen_from_left(path) > 0.0015);
        // The in-breath starts low, comes forward and rises, and ends up at the ears on its way
        // back, so that its still shows the backward part of the roll; the out-breath sinks
        // behind and comes round under to the start.
        const Body forward_low = at("shoulder-rolls", BreathPhase::In, 0);
        const Body forward_up = at("shoulder-rolls", BreathPhase::In, 0.5);
        const Body back_up = at("shoulder-rolls", BreathPhase::In, 1);
        const Body back_low = at("shoulder-rolls", BreathPhase::Out, 0.5);
        CHECK(forward_up.shoulder[s].y > forward_low.shoulder[s].y + 0.04);  // up toward the ears, in front
        CHECK(back_up.shoulder[s].x < forward_up.shoulder[s].x - 0.02);      // back over the top
        CHECK(back_low.shoulder[s].y < back_up.shoulder[s].y - 0.04);        // down behind
        CHECK(back_low.shoulder[s].x < forward_up.shoulder[s].x - 0.04);     // the two sides of the loop are apart
    }
}

TEST_CASE("arm circles: both straight arms stay out at shoulder height and the fingertips go round a circle") {
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        const std::vector<Vec3> path = path_of("arm-circles", [s](const Body& b) { return b.fingers[s]; });
        // A circle 0.2 across encloses 0.031.
        CHECK(std::abs(area_seen_from_left(path)) > 0.02);
        for (const Vec3& p : path) CHECK(std::abs(p.y - at("arm-circles", BreathPhase::In, 0).shoulder[s].y) < 0.15);
    }
}

TEST_CASE("reverse fly: hinged forward from the hips with a flat back, the hanging arms open out to the sides") {
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
        const Body b = at("reverse-fly", half, 1);
        CHECK(lean_deg(b.pelvis, b.spine[2]) > 40);                                              // hinged well forward
        CHECK(std::abs(lean_deg(b.pelvis, b.spine[1]) - lean_deg(b.spine[1], b.spine[2])) < 5);  // flat back
    }
    const Body hang = at("reverse-fly", BreathPhase::In, 1), open = at("reverse-fly", BreathPhase::Out, 1);
    for (int s : {kLeft, kRight}) {
        CHECK(hang.wrist[s].y < hang.shoulder[s].y - 0.25);  // hanging below the shoulders
        CHECK(open.wrist[s].y > open.shoulder[s].y - 0.15);  // lifted out near shoulder height
        CHECK(std::abs(open.wrist[s].z) > std::abs(open.shoulder[s].z) + 0.2);
    }
}

TEST_CASE("thread the needle: the arm opens to the ceiling, then threads under to the floor with the hips over the knees") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight, other = 1 - arm;
        const double across = side == Side::Left ? 1 : -1;  // toward the other side, in z
        const Body open = at("thread-the-needle", BreathPhase::In, 1, side);
        CHECK(open.fingers[arm].y > open.shoulder[arm].y + 0.3);            // reaching to the ceiling
        CHECK(open.shoulder[arm].y > open.shoulder[other].y + 0.15);        // the chest turns open with it
        CHECK(open.wrist[other].y == doctest::Approx(0.02).epsilon(1e-6));  // the other hand stays planted
        const Body threaded = at("thread-the-needle", BreathPhase::Out, 1, side);
        CHECK(std::abs(threaded.pelvis.x - threaded.knee[arm].x) < 0.05);              // hips over the knees
        CHECK(threaded.pelvis.y < 0.3);                                                // not pushed up high
        CHECK(threaded.shoulder[arm].y < 0.06);                                        // the shoulder rests down
        CHECK(threaded.head.y < Bones::head_radius + 0.01);                            // and the side of the head
        CHECK(threaded.wrist[arm].y < 0.03);                                           // the arm lies along the floor
        CHECK(across * (threaded.fingers[arm].z - threaded.shoulder[other].z) > 0.1);  // out past the other arm
        CHECK(threaded.wrist[other].y == doctest::Approx(0.02).epsilon(1e-6));
    }
}

// One hand rests on the back of the head, its elbow wide, and the other on the opposite knee
// (article 004: one hand behind the head, the upper back turning toward the open side). Both
// hands on the head (session 14) invited pulling on the neck, and seen from above the turn
// read as a side bend.
TEST_CASE("seated thoracic rotation: one hand behind the head, the other on the opposite knee, the chest turns over still hips") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight, other = 1 - arm;
        const double way = side == Side::Left ? 1 : -1;  // the left side turns to the figure's left
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
            const Body b = at("thoracic-rotation", half, 1, side);
            CHECK(distance(b.fingers[arm], b.head) < Bones::head_radius + 0.03);  // the hand on the head
            CHECK(b.elbow[arm].y > b.shoulder[arm].y + 0.1);                      // its elbow up and out
            auto from_spine = [&b](Vec3 p) { return std::hypot(p.x - b.pelvis.x, p.z - b.pelvis.z); };
            CHECK(from_spine(b.elbow[arm]) > from_spine(b.shoulder[arm]) + 0.04);
            // The other hand on the raised arm's knee, the side the chest turns to.
            CHECK(distance(b.fingers[other], b.knee[arm]) < 0.08);
            CHECK(std::abs(facing(b.hip[kLeft], b.hip[kRight])) < 0.01);  // the pelvis stays square
            CHECK(lean_deg(b.pelvis, b.spine[2]) < 3);                    // sitting tall
        }
        const Body i = at("thoracic-rotation", BreathPhase::In, 1, side);
        const Body o = at("thoracic-rotation", BreathPhase::Out, 1, side);
        // Facing forward breathing in; turned about 60 degrees breathing out, the hips not at all.
        CHECK(std::abs(facing(i.shoulder[kLeft], i.shoulder[kRight])) * 180 / M_PI < 3);
        CHECK(way * facing(o.shoulder[kLeft], o.shoulder[kRight]) * 180 / M_PI > 55);
        CHECK(way * facing(o.shoulder[kLeft], o.shoulder[kRight]) * 180 / M_PI < 70);
        CHECK(o.shoulder[arm].x < o.shoulder[other].x - 0.2);  // the working shoulder goes well back
        CHECK(o.elbow[arm].x < i.elbow[arm].x - 0.15);         // and its elbow round behind
        // Knees and feet stay where they were: only the upper body turns. The knees point
        // straight ahead of the hips and the shins hang straight under them, feet flat
        // (article 004): seen from the side, shins slanting out put the far foot out past the
        // near one and the legs read as crossed (round 11).
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(std::abs(i.knee[s].z - i.hip[s].z) < 0.02);
            CHECK(std::abs(i.ankle[s].z - i.knee[s].z) < 0.02);
            CHECK(distance(o.knee[s], i.knee[s]) < 1e-6);
            CHECK(distance(o.toe[s], i.toe[s]) < 1e-6);
            CHECK(distance(o.heel[s], i.heel[s]) < 1e-6);
        }
        // The head turns with the chest, never against it: the face points within 5 degrees
        // of where the chest points, at both ends of the breath.
        for (const Body* b : {&i, &o}) {
            const double face = std::atan2(b->face.z - b->head.z, b->face.x - b->head.x);
            const double chest_front =
                std::atan2(-(b->shoulder[kRight].x - b->shoulder[kLeft].x), b->shoulder[kRight].z - b->shoulder[kLeft].z);
            CHECK(std::abs(face - chest_front) * 180 / M_PI < 5);
        }
    }
}

// A turn about an upright spine, not a side bend: the shoulders stay level with each other
// all through the rep, on both sides, and the raised elbow goes round at one height.
TEST_CASE("seated thoracic rotation: the shoulders stay level and the raised elbow goes round at one height") {
    for (Side side : {Side::Left, Side::Right}) {
        CAPTURE(side_name(side));
        const int arm = side == Side::Left ? kLeft : kRight;
        double worst = 0, widest_turn = 0;
        const std::vector<Vec3> left = path_of(
            "thoracic-rotation", [](const Body& b) { return b.shoulder[kLeft]; }, side);
        const std::vector<Vec3> right = path_of(
            "thoracic-rotation", [](const Body& b) { return b.shoulder[kRight]; }, side);
        for (size_t i = 0; i < left.size(); ++i) {
            worst = std::max(worst, std::abs(left[i].y - right[i].y));
            widest_turn = std::max(widest_turn, std::abs(facing(left[i], right[i])) * 180 / M_PI);
        }
        CHECK(worst < 0.01);  // within 1 cm or so on a body about 1 tall
        CHECK(widest_turn > 55);
        const std::vector<Vec3> elbow = path_of(
            "thoracic-rotation", [arm](const Body& b) { return b.elbow[arm]; }, side);
        const auto [low, high] = std::minmax_element(elbow.begin(), elbow.end(), [](Vec3 a, Vec3 b) { return a.y < b.y; });
        CHECK(high->y - low->y < 0.02);
    }
}

TEST_CASE(
    "shoulder blade squeeze: the blades draw together and down, the elbows follow back with level forearms, the trunk still") {
    const Body i = at("scapular-squeeze", BreathPhase::In, 1), o = at("scapular-squeeze", BreathPhase::Out, 1);
    const double blades_in = std::abs(i.scapula[kRight].z - i.scapula[kLeft].z);
    const double blades_out = std::abs(o.scapula[kRight].z - o.scapula[kLeft].z);
    CHECK(blades_out < blades_in - 0.08);  // together by well over a blade's width
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(o.scapula[s].y < i.scapula[s].y - 0.02);  // and down, away from the ears
        // The elbows follow the shoulders back; they do not swing back on their own
        // (blade_work_readable_test.cpp bounds how far).
        CHECK(o.elbow[s].x < i.elbow[s].x - 0.03);
        // The forearms point forward, level, at both ends: they slide back, they do not swing.
        for (const Body* b : {&i, &o}) {
            CHECK(b->wrist[s].x > b->elbow[s].x + 0.12);
            CHECK(std::abs(b->wrist[s].y - b->elbow[s].y) < 0.03);
        }
    }
    // No twist: the hips and the shoulders stay square to the front.
    CHECK(std::abs(facing(o.hip[kLeft], o.hip[kRight])) < 0.01);
    CHECK(std::abs(facing(o.shoulder[kLeft], o.shoulder[kRight])) < 0.01);
    CHECK(std::abs(facing(i.shoulder[kLeft], i.shoulder[kRight])) < 0.01);
    CHECK(distance(o.pelvis, i.pelvis) < 0.01);
    CHECK(lean_deg(o.pelvis, o.spine[2]) < 10);  // sitting tall
}

// Round 13's outsiders found the lift too small to see (the chest rose 0.067): the articles
// lift arms, chest and legs off the ground, so it lifts clearly, still in a low curve.
TEST_CASE("superman: chest, arms and thighs clear of the mat, the head in line looking at it") {
    const Body down = at("superman", BreathPhase::In, 1), up = at("superman", BreathPhase::Out, 1);
    const double chest_lift = up.spine[2].y - down.spine[2].y;
    CHECK(chest_lift > 0.03);  // seen at a glance
    CHECK(chest_lift < 0.12);  // about 17 cm: off the mat, not a back bend
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        const double thigh_lift = up.knee[s].y - down.knee[s].y;
        CHECK(thigh_lift > 0.02);
        CHECK(thigh_lift < 0.06);
        CHECK(up.wrist[s].y > down.wrist[s].y + 0.05);  // the arms lift with the chest
        CHECK(up.head.y > up.shoulder[s].y);            // the head is not hung below the arms
    }
    CHECK(up.pelvis.y < 0.08);  // the belly and hips stay down
    // The trunk rises in a long, low curve, not a hinge at the pelvis: each of the three
    // segments tips up by only a few degrees more than the one below it.
    const double lumbar = 90 - lean_deg(up.pelvis, up.spine[0]), upper = 90 - lean_deg(up.spine[1], up.spine[2]);
    const double legs = 90 - lean_deg(up.knee[kLeft], up.hip[kLeft]);
    CHECK(upper - lumbar > 8);                     // the upper back arches more than the low back
    CHECK(std::abs(upper) + std::abs(legs) < 55);  // no deep V: trunk and legs together open less than 55 degrees
    // The neck continues the upper back's line, and the face looks down at the mat.
    const double neck = 90 - lean_deg(up.spine[2], up.neck);
    CHECK(std::abs(neck - upper) < 8);
    CHECK(up.face.y < up.head.y - 0.04);
}
