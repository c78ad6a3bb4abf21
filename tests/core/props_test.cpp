// Props stand still in the figure's world while it moves, and the body meets them: the
// forearms on the corner's walls and the door frame, the upper back on the roller, the
// seat on the chair, the feet on the floor.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/props.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"

using namespace limber;

namespace {

const ExerciseKeys& keys(const std::string& id) {
    const ExerciseKeys* k = test::shipped_library().find(id);
    REQUIRE(k);
    return *k;
}

Vec3 mid(Vec3 a, Vec3 b) { return between(a, b); }

double angle_deg(Vec3 a, Vec3 b) {
    const double d = (a.x * b.x + a.y * b.y + a.z * b.z) /
                     (std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z) * std::sqrt(b.x * b.x + b.y * b.y + b.z * b.z));
    return std::acos(std::clamp(d, -1.0, 1.0)) * 180 / M_PI;
}

// The feet do not slide: each ankle within `tol` of where it is at the start pose.
void check_feet_stay(const std::string& id, double tol) {
    const Body start = build_body(keys(id).start, keys(id).support);
    test::each_work_moment(id, [&](const Body& b, const Support&) {
        for (int s : {kLeft, kRight}) {
            CHECK(distance(b.ankle[s], start.ankle[s]) < tol);
            CHECK(b.toe[s].y < 0.025);  // the foot is flat on the floor
        }
    });
}

}  // namespace

TEST_CASE("corner stretch: two walls meet at right angles ahead of the figure, one forearm flat on each") {
    const ExerciseKeys& k = keys("corner-stretch");
    REQUIRE(k.support.on_wall[kLeft]);
    REQUIRE(k.support.on_wall[kRight]);
    const Vec3 nl = k.support.wall[kLeft].normal, nr = k.support.wall[kRight].normal;
    CHECK(angle_deg(nl, nr) == doctest::Approx(90).epsilon(1e-9));
    CHECK(angle_deg(nl, {-1, 0, 0}) == doctest::Approx(45).epsilon(1e-9));
    CHECK(nl.z > 0);  // the left wall is on the figure's left, facing it
    // The walls meet on the midline, a step ahead of the feet.
    const double corner_x = -std::sqrt(2.0) * k.support.wall[kLeft].offset;
    CHECK(corner_x > 0.35);
    CHECK(corner_x < 0.6);
    const std::vector<Solid> props = props_for(test::shipped_exercise("corner-stretch"), k);
    REQUIRE(props.size() == 2);
    for (const Solid& wall : props) CHECK(wall.material == Material::Wall);

    test::each_work_moment("corner-stretch", [&](const Body& b, const Support& sup) {
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            // The forearm's axis lies a forearm's thickness off the wall, from elbow to wrist.
            CHECK(height_above(sup.wall[s], b.elbow[s]) == doctest::Approx(0.026).epsilon(0.002 / 0.026));
            CHECK(height_above(sup.wall[s], b.wrist[s]) == doctest::Approx(0.026).epsilon(0.002 / 0.026));
            CHECK(std::abs(b.elbow[s].y - b.shoulder[s].y) < 0.06);         // elbows about shoulder height
            CHECK(b.wrist[s].y > b.elbow[s].y + 0.1);                       // forearm upright on the wall
            CHECK(height_above(sup.wall[s], b.head) > Bones::head_radius);  // the head stays out of the wall
        }
    });
    // The chest sinks into the corner on the out-breath: a lean the eye sees.
    const Body i = test::work_body("corner-stretch", BreathPhase::In), o = test::work_body("corner-stretch", BreathPhase::Out);
    const Vec3 chest_in = mid(i.shoulder[kLeft], i.shoulder[kRight]), chest_out = mid(o.shoulder[kLeft], o.shoulder[kRight]);
    CHECK(chest_out.x > chest_in.x + 0.1);
    check_feet_stay("corner-stretch", 0.01);
}

TEST_CASE("doorway stretch: forearms on the jambs at shoulder height, one foot through, the chest moves through") {
    const ExerciseKeys& k = keys("doorway-chest-stretch");
    REQUIRE(k.support.on_wall[kLeft]);
    REQUIRE(k.support.on_wall[kRight]);
    CHECK(k.support.wall[kLeft].normal.x == doctest::Approx(-1));
    const double face = -k.support.wall[kLeft].offset;  // the frame's near face, in x
    const std::vector<Solid> props = props_for(test::shipped_exercise("doorway-chest-stretch"), k);
    // Two jambs, a header and the threshold on the floor between the jambs, which shows
    // the front foot has stepped through; then the wall they are set in, beside and over them.
    REQUIRE(props.size() == 7);
    double opening = 1e9;
    for (const Solid& p : props) {
        CHECK(p.centre.x - std::abs(p.u.x) == doctest::Approx(face));
        if (p.material == Material::Wall) {
            // Beside the frame or over it, never across the opening.
            CHECK((std::abs(p.centre.z) - std::abs(p.w.z) > 0.22 || p.centre.y - p.v.y > 1.1));
            continue;
        }
        CHECK(p.material == Material::Wood);
        if (p.v.y < 0.3) continue;                        // the header
        CHECK(p.centre.y - p.v.y == doctest::Approx(0));  // jambs stand on the floor
        opening = std::min(opening, std::abs(p.centre.z) - std::abs(p.w.z));
    }
    CHECK(opening > 0.22);  // wider than the shoulders' half-width: the chest fits through

    test::each_work_moment("doorway-chest-stretch", [&](const Body& b, const Support& sup) {
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(height_above(sup.wall[s], b.elbow[s]) == doctest::Approx(0.026).epsilon(0.002 / 0.026));
            CHECK(height_above(sup.wall[s], b.wrist[s]) == doctest::Approx(0.026).epsilon(0.002 / 0.026));
            CHECK(std::abs(b.elbow[s].y - b.shoulder[s].y) < 0.06);
            CHECK(std::abs(b.elbow[s].z) > opening);  // on the jamb, not in the opening
        }
        // The front foot has stepped into the frame, its toes past the jambs' front (a small
        // step, the hips over its middle, so the body can lean in one line from the back
        // ankle); the back foot has not.
        CHECK(b.toe[kLeft].x > face + 0.03);
        CHECK(b.ankle[kRight].x < face);
    });
    const Body i = test::work_body("doorway-chest-stretch", BreathPhase::In),
               o = test::work_body("doorway-chest-stretch", BreathPhase::Out);
    const double chest_in = mid(i.shoulder[kLeft], i.shoulder[kRight]).x,
                 chest_out = mid(o.shoulder[kLeft], o.shoulder[kRight]).x;
    CHECK(chest_in < face);
    CHECK(chest_out > face + 0.05);
    CHECK(chest_out > chest_in + 0.09);
    check_feet_stay("doorway-chest-stretch", 0.015);
}

// The angle between two directions as seen from the side (the x-y plane), in degrees.
static double side_angle_deg(Vec3 a, Vec3 b) { return angle_deg({a.x, a.y, 0}, {b.x, b.y, 0}); }

TEST_CASE("doorway stretch: a small step, and the whole body leans from the back heel with the back tall") {
    const Body start = build_body(keys("doorway-chest-stretch").start, keys("doorway-chest-stretch").support);
    const double step = start.ankle[kLeft].x - start.ankle[kRight].x;
    // A step, not feet side by side, and not a stride: the pelvis travels toward the front
    // foot as the body leans from the back ankle, so up to about twice the back leg's reach
    // forward a longer step lets the front knee stay softer; much longer reads as a lunge.
    CHECK(step > 0.2);
    CHECK(step < 0.32);
    const Body i = test::work_body("doorway-chest-stretch", BreathPhase::In),
               o = test::work_body("doorway-chest-stretch", BreathPhase::Out);
    const Vec3 up{0, 1, 0};
    CHECK(side_angle_deg(i.spine[2] - i.pelvis, up) < 5);   // upright on the in-breath
    CHECK(side_angle_deg(o.spine[2] - o.pelvis, up) > 20);  // tipped well forward on the out-breath
    // One straight line from the back ankle to the shoulders: the lean is not a bow at the hips.
    CHECK(side_angle_deg(o.pelvis - o.ankle[kRight], o.spine[2] - o.pelvis) < 5);
    for (const Body* b : {&start, &i, &o}) {
        // The back neither rounds nor arches: the low back and the upper back point the same way.
        CHECK(side_angle_deg(b->spine[0] - b->pelvis, b->spine[2] - b->spine[1]) < 8);
    }
    // The elbows stay on the frame while the chest goes past them: the upper arms end up behind the chest.
    const double chest_in = mid(i.shoulder[kLeft], i.shoulder[kRight]).x,
                 chest_out = mid(o.shoulder[kLeft], o.shoulder[kRight]).x;
    for (int s : {kLeft, kRight}) {
        CHECK(i.elbow[s].x > chest_in);
        CHECK(o.elbow[s].x < chest_out - 0.08);
    }
}

TEST_CASE("corner stretch: the lean is the whole body's, from the ankles, with the back tall") {
    const Body i = test::work_body("corner-stretch", BreathPhase::In), o = test::work_body("corner-stretch", BreathPhase::Out);
    const Vec3 up{0, 1, 0};
    CHECK(side_angle_deg(i.spine[2] - i.pelvis, up) < 5);
    CHECK(side_angle_deg(o.spine[2] - o.pelvis, up) > 12);
    for (int s : {kLeft, kRight}) CHECK(side_angle_deg(o.pelvis - o.ankle[s], o.spine[2] - o.pelvis) < 5);
    for (const Body* b : {&i, &o}) CHECK(side_angle_deg(b->spine[0] - b->pelvis, b->spine[2] - b->spine[1]) < 10);
}

TEST_CASE("thoracic extension: the roller lies across the back under the shoulder blades, and the upper back arches over it") {
    const ExerciseKeys& k = keys("thoracic-extension");
    const std::vector<Solid> props = props_for(test::shipped_exercise("thoracic-extension"), k);
    REQUIRE(props.size() == 2);  // the mat and the roller
    const Solid& roller = props[1];
    REQUIRE(roller.shape == Solid::Shape::Cylinder);
    CHECK(std::abs(roller.u.z) > 0.15);  // across the body
    const double r = std::hypot(roller.v.x, roller.v.y);
    CHECK(roller.centre.y == doctest::Approx(r));  // on the floor
    CHECK(r > 0.035);

    test::each_work_moment("thoracic-extension", [&](const Body& b, const Support&) {
        // Under the thoracic spine, between the low back and the top of the shoulders, at the
        // shoulder blades: not under the low back.
        CHECK(roller.centre.x < b.spine[0].x - 0.05);
        CHECK(roller.centre.x > b.spine[2].x);
        CHECK(std::abs(roller.centre.x - b.scapula[kLeft].x) < 0.05);
        // The back rests on it: the spine there a back's thickness above the roller's surface.
        const Vec3 axis{roller.centre.x, roller.centre.y, 0};
        CHECK(distance(b.spine[1], axis) == doctest::Approx(r + 0.065).epsilon(0.012 / (r + 0.065)));
        CHECK(b.pelvis.y < 0.075);  // hips on the floor
        for (int s : {kLeft, kRight}) {
            CHECK(b.toe[s].y < 0.025);
            CHECK(distance(b.fingers[s], b.head) < 0.1);  // the hands cradle the head
        }
    });
    const Body i = test::work_body("thoracic-extension", BreathPhase::In),
               o = test::work_body("thoracic-extension", BreathPhase::Out);
    // The segment above the roller tips back by a clearly visible angle, taking the head down.
    CHECK(angle_deg(i.spine[2] - i.spine[1], o.spine[2] - o.spine[1]) > 25);
    CHECK(o.head.y < i.head.y - 0.1);
}

TEST_CASE("the chair stands on four legs with a backrest and no wheels, its seat under the figure") {
    const char* id = "thoracic-rotation";
    const std::vector<Solid> props = props_for(test::shipped_exercise(id), keys(id));
    const Body b = build_body(keys(id).start, keys(id).support);
    int legs = 0;
    for (const Solid& p : props) {
        CHECK(p.shape == Solid::Shape::Box);  // nothing round: no wheels, no swivel
        if (p.centre.y - p.v.y == doctest::Approx(0)) ++legs;
    }
    CHECK(legs == 4);
    const Solid& seat = props[0];
    CHECK(seat.centre.y + seat.v.y == doctest::Approx(b.pelvis.y - 0.07));
    CHECK(std::abs(seat.centre.x - b.pelvis.x) < seat.u.x);
    // The backrest (the highest part) is behind the hips.
    const auto top = std::max_element(props.begin(), props.end(),
                                      [](const Solid& a, const Solid& c) { return a.centre.y + a.v.y < c.centre.y + c.v.y; });
    CHECK(top->centre.x < b.pelvis.x - 0.05);
    CHECK(top->centre.y + top->v.y > b.pelvis.y + 0.2);
}

TEST_CASE("wall angels have a wall touching the back and floor exercises lie on a mat that holds the whole body") {
    const ExerciseKeys& k = keys("wall-angels");
    const std::vector<Solid> props = props_for(test::shipped_exercise("wall-angels"), k);
    REQUIRE(props.size() == 1);
    const Body b = build_body(k.start, k.support);
    const double wall_front = props[0].centre.x + props[0].u.x;
    CHECK(wall_front < b.spine[1].x);
    CHECK(wall_front == doctest::Approx(b.spine[1].x - 0.065).epsilon(0.02 / 0.065));

    for (const char* id : {"cat-cow", "cobra", "superman"}) {
        CAPTURE(id);
        const std::vector<Solid> mat = props_for(test::shipped_exercise(id), keys(id));
        REQUIRE(!mat.empty());
        CHECK(mat[0].material == Material::Mat);
        CHECK(mat[0].centre.y + mat[0].v.y < 0.01);  // flat on the floor
        test::each_work_moment(id, [&](const Body& body, const Support&) {
            for (Vec3 p : {body.head, body.pelvis, body.toe[kLeft], body.fingers[kRight]}) {
                CHECK(p.x > mat[0].centre.x - mat[0].u.x);
                CHECK(p.x < mat[0].centre.x + mat[0].u.x);
            }
        });
    }
}

TEST_CASE("dumbbells sit in the hands and move with them") {
    const Body b = test::work_body("bent-over-row", BreathPhase::Out);
    const std::vector<Solid> held = held_props(test::shipped_exercise("bent-over-row"), b);
    REQUIRE(held.size() == 6);  // a bar and two plates per hand
    CHECK(distance(held[0].centre, between(b.wrist[kLeft], b.fingers[kLeft])) < 1e-9);
    CHECK(distance(held[3].centre, between(b.wrist[kRight], b.fingers[kRight])) < 1e-9);
    CHECK(held_props(test::shipped_exercise("cobra"), b).empty());
}

TEST_CASE("a forearm planted on a wall: bones keep their length, the wall holds it however the trunk leans") {
    Pose p;
    p[limb(kLeft, kShoulderAbd)] = 88;
    p[limb(kLeft, kShoulderRot)] = 85;
    p[limb(kLeft, kElbow)] = 90;
    Support sup;
    sup.plant[kLeft] = 1;
    sup.on_wall[kLeft] = true;
    sup.wall[kLeft] = {{0, 0, 1}, -0.3};  // a wall on the left at z = -0.3, facing the body
    for (double lean : {0.0, 10.0, 20.0}) {
        CAPTURE(lean);
        p[kPitch] = lean;
        const Body b = build_body(p, sup);
        CHECK(distance(b.shoulder[kLeft], b.elbow[kLeft]) == doctest::Approx(Bones::upper_arm));
        CHECK(distance(b.elbow[kLeft], b.wrist[kLeft]) == doctest::Approx(Bones::forearm));
        CHECK(distance(b.wrist[kLeft], b.fingers[kLeft]) == doctest::Approx(Bones::hand));
        CHECK(b.elbow[kLeft].z == doctest::Approx(-0.274));
        CHECK(b.wrist[kLeft].z == doctest::Approx(-0.274));
        CHECK(b.fingers[kLeft].z == doctest::Approx(-0.274));
    }
    // Half planted (moving onto the wall), the arm is part way between free and on the wall.
    p[kPitch] = 0;
    sup.plant[kLeft] = 0.5;
    const double half = build_body(p, sup).wrist[kLeft].z;
    sup.plant[kLeft] = 0;
    const double free = build_body(p, sup).wrist[kLeft].z;
    CHECK(free < -0.3);  // free, the forearm would be inside the wall
    CHECK(half > free + 0.01);
    CHECK(half < -0.274 - 0.005);
}

TEST_CASE("a mirrored support swaps the arms and reflects their walls across the midline") {
    Support s;
    s.plant[kLeft] = 1;
    s.on_wall[kLeft] = true;
    s.wall[kLeft] = {{-0.6, 0, 0.8}, -0.3};
    const Support m = mirrored(s);
    CHECK(m.plant[kRight] == 1);
    CHECK(m.plant[kLeft] == 0);
    CHECK(m.on_wall[kRight]);
    CHECK_FALSE(m.on_wall[kLeft]);
    CHECK(m.wall[kRight].normal.x == doctest::Approx(-0.6));
    CHECK(m.wall[kRight].normal.z == doctest::Approx(-0.8));
    CHECK(m.wall[kRight].offset == doctest::Approx(-0.3));
}

TEST_CASE("planted forearms need a surface, and a surface needs planted forearms") {
    const char* base = R"({"neutral": {}, "exercises": {"x": {"in": {"pitch": 5}, "out": {"pitch": 9}, )";
    CHECK_FALSE(load_poses(std::string(base) + R"("plant": ["left_forearm"]}}})", "p.json").ok());
    CHECK_FALSE(load_poses(std::string(base) + R"("surface": "corner"}}})", "p.json").ok());
    CHECK_FALSE(load_poses(std::string(base) + R"("plant": ["left_forearm"], "surface": "ceiling"}}})", "p.json").ok());
    const PoseLoad ok = load_poses(std::string(base) + R"("plant": ["left_forearm"], "surface": "door_frame"}}})", "p.json");
    REQUIRE(ok.ok());
    CHECK(ok.library.find("x")->support.on_wall[kLeft]);
    CHECK_FALSE(ok.library.find("x")->support.on_wall[kRight]);
}
