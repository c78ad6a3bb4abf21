// The doorway and corner stretches as the articles describe them: forearms flat on the
// frame or the walls with the elbows bent about square at shoulder height, both arms
// alike, the body leaning forward in one line from the ankles (the cameras that show it:
// lean_from_behind_test.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/catalog.h"
#include "core/props.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"

using namespace limber;
using test::chest;

namespace {

double angle_deg(Vec3 a, Vec3 b) { return std::acos(std::clamp(dot(unit(a), unit(b)), -1.0, 1.0)) * 180 / M_PI; }

// How far a line leans forward (+x) from upright, in degrees.
double lean_deg(Vec3 from, Vec3 to) { return std::atan2(to.x - from.x, to.y - from.y) * 180 / M_PI; }

// The bend at the elbow: 0 for a straight arm, 90 for a square one.
double elbow_bend(const Body& b, int s) { return angle_deg(b.elbow[s] - b.shoulder[s], b.wrist[s] - b.elbow[s]); }
double knee_bend(const Body& b, int s) { return angle_deg(b.knee[s] - b.hip[s], b.ankle[s] - b.knee[s]); }

// Both arms alike: the right one is the left one's mirror image across the midline.
void check_arms_alike(const Body& b) {
    for (const auto& [l, r] : {std::pair{b.elbow[kLeft], b.elbow[kRight]}, {b.wrist[kLeft], b.wrist[kRight]}}) {
        CHECK(l.x == doctest::Approx(r.x));
        CHECK(l.y == doctest::Approx(r.y));
        CHECK(l.z == doctest::Approx(-r.z));
    }
}

}  // namespace

TEST_CASE("doorway stretch: forearms upright on the jambs, elbows square at shoulder height, both arms alike") {
    test::each_work_moment("doorway-chest-stretch", [](const Body& b, const Support& sup) {
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(height_above(sup.wall[s], b.elbow[s]) == doctest::Approx(0.026).epsilon(0.002 / 0.026));
            CHECK(b.wrist[s].y > b.elbow[s].y + 0.14);  // the forearm stands up the jamb, not across it
            // The elbows stay put on the jambs while the body tips from the ankles, so the
            // shoulders sink past them: from a little above the elbows to a little below.
            CHECK(std::abs(b.elbow[s].y - b.shoulder[s].y) < 0.05);
            // About square: the upper arm tips a little as the shoulder sinks past the elbow.
            CHECK(elbow_bend(b, s) > 70);
            CHECK(elbow_bend(b, s) < 110);
        }
        check_arms_alike(b);
    });
}

TEST_CASE("doorway stretch: a staggered step, legs long and knees over the feet, the body leaning from the ankles") {
    const ExerciseKeys& k = *test::shipped_library().find("doorway-chest-stretch");
    const Body start = build_body(k.start, k.support);
    // The left foot a small step ahead of the right (the catalog's steps), the feet hip-width
    // apart: a body in one line from the back ankle has its hips over the middle of the feet,
    // and a longer stance would need a lunge to stay on both.
    CHECK(start.ankle[kLeft].x - start.ankle[kRight].x == doctest::Approx(0.20).epsilon(0.02 / 0.20));
    CHECK(start.ankle[kRight].z - start.ankle[kLeft].z == doctest::Approx(0.17).epsilon(0.02 / 0.17));
    test::each_work_moment("doorway-chest-stretch", [](const Body& b, const Support&) {
        for (int s : {kLeft, kRight}) CHECK(std::abs(b.knee[s].z) - std::abs(b.hip[s].z) < 0.015);  // no splayed knees
        CHECK(knee_bend(b, kRight) < 3);                                                            // the back leg straight
        CHECK(knee_bend(b, kLeft) < 60);  // the front knee bends as the hips go forward over it
    });
    // Breathing in the body stands nearly tall over hips a little forward; breathing out it
    // tips forward from the ankles as one piece: the back leg and the trunk within a few
    // degrees of one line from the back ankle (session 14's trunk tipped over hips that
    // stayed back).
    const Body in = test::work_body("doorway-chest-stretch", BreathPhase::In),
               out = test::work_body("doorway-chest-stretch", BreathPhase::Out);
    CHECK(lean_deg(in.pelvis, in.neck) < 5);
    CHECK(lean_deg(out.ankle[kRight], out.neck) > 22);
    CHECK(std::abs(lean_deg(out.ankle[kRight], out.hip[kRight]) - lean_deg(out.pelvis, out.neck)) < 7);
}

TEST_CASE("doorway stretch: the frame stands on a threshold the front foot has crossed") {
    const ExerciseKeys& k = *test::shipped_library().find("doorway-chest-stretch");
    const std::vector<Solid> props = props_for(test::shipped_exercise("doorway-chest-stretch"), k);
    REQUIRE(props.size() == 7);  // two jambs, the header, the threshold, then the wall beside and over them
    const Solid &jamb = props[0], &header = props[2], &sill = props[3];
    // The header is above the head: it is never drawn over it.
    CHECK_FALSE(header.may_cover);
    // The threshold lies flat on the floor across the opening, as deep as the jambs.
    CHECK(sill.centre.y - sill.v.y == doctest::Approx(0));
    CHECK(2 * sill.v.y == doctest::Approx(0.012));
    CHECK(sill.u.x == doctest::Approx(jamb.u.x));
    CHECK(sill.w.z == doctest::Approx(std::abs(jamb.centre.z) + jamb.w.z));
    const double near_edge = sill.centre.x - sill.u.x, far_edge = sill.centre.x + sill.u.x;
    const double inner = std::abs(jamb.centre.z) - jamb.w.z, header_bottom = header.centre.y - header.v.y;
    test::each_work_moment("doorway-chest-stretch", [&](const Body& b, const Support&) {
        // The front foot reaches into the doorway, its toes over the threshold (with the hips
        // over the middle of a small step, its ankle stays under the chest), the back foot well
        // before it, in every moment.
        CHECK(b.toe[kLeft].x - near_edge > 0.03);
        CHECK(b.toe[kLeft].x < far_edge + 0.05);
        CHECK(near_edge - b.ankle[kRight].x > 0.12);
        // The head stays clear of the frame: well under the header, between the jambs.
        CHECK(header_bottom - (b.head.y + Bones::head_radius) > 0.1);
        CHECK(inner - (std::abs(b.head.z) + Bones::head_radius) > 0.2);
    });
    // Breathing out, the chest passes the faces the forearms rest on, into the doorway.
    const Body out = test::work_body("doorway-chest-stretch", BreathPhase::Out);
    CHECK(between(out.shoulder[kLeft], out.shoulder[kRight]).x - near_edge > 0.065);
}

TEST_CASE("corner stretch: both forearms at one height on their walls, elbows square at shoulder height") {
    test::each_work_moment("corner-stretch", [](const Body& b, const Support& sup) {
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(height_above(sup.wall[s], b.wrist[s]) < 0.026 + 0.02);
            CHECK(b.wrist[s].y > b.elbow[s].y + 0.14);  // forearm flat up the wall, not just the palm
            // The elbows stay put while the shoulders sink past them, tipping from the ankles.
            CHECK(std::abs(b.elbow[s].y - b.shoulder[s].y) < 0.045);
            CHECK(elbow_bend(b, s) > 80);
            CHECK(elbow_bend(b, s) < 100);
        }
        check_arms_alike(b);
    });
}

TEST_CASE("corner stretch: the chest sinks straight into the corner, along its bisector") {
    const ExerciseKeys& k = *test::shipped_library().find("corner-stretch");
    test::each_work_moment("corner-stretch", [&](const Body& b, const Support&) {
        // On the midline, as far from one wall as from the other.
        CHECK(chest(b).z == doctest::Approx(0).epsilon(1e-9));
        CHECK(height_above(k.support.wall[kLeft], chest(b)) == doctest::Approx(height_above(k.support.wall[kRight], chest(b))));
    });
    const Body in = test::work_body("corner-stretch", BreathPhase::In), out = test::work_body("corner-stretch", BreathPhase::Out);
    // Breathing out the chest comes about a fifth of a body closer to each wall.
    CHECK(height_above(k.support.wall[kLeft], chest(in)) - height_above(k.support.wall[kLeft], chest(out)) > 0.14);
}

TEST_CASE("corner stretch: the forearms keep their place on the walls while the chest moves") {
    const Body in = test::work_body("corner-stretch", BreathPhase::In), out = test::work_body("corner-stretch", BreathPhase::Out);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        // Where the elbow rests along its wall, at the end of each breath half.
        CHECK(std::hypot(out.elbow[s].x - in.elbow[s].x, out.elbow[s].z - in.elbow[s].z) < 0.03);
        CHECK(std::abs(out.elbow[s].y - in.elbow[s].y) < 0.055);
    }
    test::each_work_moment("corner-stretch", [](const Body& b, const Support&) {
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            // The forearm stands upright on the wall: the wrist straight above the elbow.
            CHECK(std::hypot(b.wrist[s].x - b.elbow[s].x, b.wrist[s].z - b.elbow[s].z) < 0.025);
        }
    });
}
