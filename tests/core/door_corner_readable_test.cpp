// The doorway and corner stretches as a stranger reads them from three frames: in the
// doorway one foot a step ahead through the frame, the forearms level on the jambs and the
// chest leaning forward through the door plane and back, seen where that lean crosses the
// screen and the near jamb stays off the head and chest; in the corner both forearms at one
// height on the screen too, both walls turned to the camera, the chest sinking straight in.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/motion_guide.h"
#include "core/props.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_poses.h"

using namespace limber;

namespace {

const char* const kDoor = "doorway-chest-stretch";
const char* const kCorner = "corner-stretch";

Vec3 chest(const Body& b) { return between(b.shoulder[kLeft], b.shoulder[kRight]); }

// A perspective view like the player's: the eye `distance` from the middle of what the
// camera fits (the key poses and the props), looking at it. Gives the screen position in
// units of the distance's field, y up.
struct View {
    Vec3 eye, right, up, forward;
    Vec2 operator()(Vec3 p) const {
        const Vec3 d = p - eye;
        const double depth = dot(d, forward);
        return {static_cast<float>(dot(d, right) / depth), static_cast<float>(dot(d, up) / depth)};
    }
};

View view_of(const char* id) {
    const Exercise& e = test::shipped_exercise(id);
    const ExerciseKeys& k = *test::shipped_library().find(id);
    Vec3 lo{1e9, 1e9, 1e9}, hi{-1e9, -1e9, -1e9};
    auto add = [&](Vec3 p) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
    };
    std::vector<Pose> keys{k.start};
    keys.insert(keys.end(), k.in.begin(), k.in.end());
    keys.insert(keys.end(), k.out.begin(), k.out.end());
    for (const Pose& p : keys) {
        const Body b = build_body(p, k.support);
        for (Vec3 q :
             {b.head, b.pelvis, b.toe[kLeft], b.toe[kRight], b.heel[kLeft], b.heel[kRight], b.wrist[kLeft], b.wrist[kRight]})
            add(q);
    }
    if (k.surface == "door_frame")
        for (const Solid& s : props_for(e, k))
            for (Vec3 q : solid_points(s)) add(q);
    const Vec3 toward = toward_camera(e.camera), right = screen_right(e.camera);
    return {between(lo, hi) + toward * e.camera.distance, right, cross(right, toward * -1.0), toward * -1.0};
}

// How far the sight line from a ball of `radius` at p to the eye stays outside an upright box.
double clearance(Vec3 p, double radius, Vec3 eye, const Solid& box) {
    double least = 1e9;
    for (int i = 0; i <= 200; ++i) {
        const Vec3 q = between(p, eye, i / 200.0);
        const double dx = std::max(std::abs(q.x - box.centre.x) - std::abs(box.u.x), 0.0);
        const double dy = std::max(std::abs(q.y - box.centre.y) - std::abs(box.v.y), 0.0);
        const double dz = std::max(std::abs(q.z - box.centre.z) - std::abs(box.w.z), 0.0);
        least = std::min(least, std::sqrt(dx * dx + dy * dy + dz * dz) - radius);
    }
    return least;
}

}  // namespace

TEST_CASE("doorway: one foot a full step ahead through the frame, along the way the chest leans") {
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    Vec3 lean = chest(out) - chest(in);
    lean.y = 0;
    lean = unit(lean);
    CHECK(lean.x > 0.99);  // straight ahead, through the frame, not sideways
    const Body start = build_body(k.start, k.support);
    // The left foot leads by a step of about half a metre on a figure 1.7 m tall, hip-width
    // to the side: the feet are staggered, not side by side.
    CHECK(dot(start.ankle[kLeft] - start.ankle[kRight], lean) > 0.27);
    CHECK(std::abs(start.ankle[kLeft].z - start.ankle[kRight].z) < 0.25);
    test::each_work_moment(kDoor, [&](const Body& b, const Support&) {
        CHECK(dot(b.ankle[kLeft] - b.ankle[kRight], lean) > 0.27);
        CHECK(b.ankle[kLeft].x > b.toe[kRight].x + 0.15);  // the front heel well clear of the back toes
    });
}

TEST_CASE("doorway: the forearms stand level on the jambs, elbows at or a little below the shoulders") {
    test::each_work_moment(kDoor, [](const Body& b, const Support&) {
        CHECK(std::abs(b.elbow[kLeft].y - b.elbow[kRight].y) < 0.01);
        CHECK(std::abs(b.wrist[kLeft].y - b.wrist[kRight].y) < 0.01);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(b.elbow[s].y - b.shoulder[s].y < 0.005);
            CHECK(b.elbow[s].y - b.shoulder[s].y > -0.04);
            CHECK(b.wrist[s].y - b.elbow[s].y > 0.14);  // the forearm upright on the jamb
        }
    });
}

TEST_CASE("doorway: the chest starts behind the door plane, leans clearly through it, and comes back") {
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const double plane = k.support.wall[kLeft].offset / k.support.wall[kLeft].normal.x;  // the jambs' faces, in x
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    CHECK(plane - chest(in).x > 0.05);
    CHECK(chest(out).x - plane > 0.06);
    CHECK(out.head.x - plane > 0.15);
    // The guide follows the chest: over a rep its path goes from behind the plane to well past
    // it and back, straight ahead (no sideways part).
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    CHECK(plane - back->x > 0.05);
    CHECK(front->x - plane > 0.06);
    for (Vec3 p : path) CHECK(std::abs(p.z) < 1e-6);
    CHECK(path.front().x - plane > 0.06);  // a rep starts leaning through: the out-breath's end
}

TEST_CASE(
    "doorway: seen from behind its left through the doorway, the lean crosses the screen and no jamb covers the head or chest") {
    const ExerciseKeys& k = *test::shipped_library().find(kDoor);
    const View view = view_of(kDoor);
    const Body in = test::work_body(kDoor, BreathPhase::In), out = test::work_body(kDoor, BreathPhase::Out);
    // The chest's lean, in the picture: mostly across the screen, and most of its length.
    const Vec2 a = view(chest(in)), b = view(chest(out));
    const double dx = b.x - a.x, dy = b.y - a.y, travel = distance(chest(in), chest(out));
    const double seen = std::hypot(dx, dy) * test::shipped_exercise(kDoor).camera.distance;
    CHECK(std::abs(dx) > 2 * std::abs(dy));
    CHECK(seen > 0.65 * travel);
    // The step too: the front foot is drawn a clear way from the back one, along the same line.
    const Vec2 front = view(in.ankle[kLeft]), rear = view(in.ankle[kRight]);
    CHECK((front.x - rear.x) * dx > 0);
    CHECK(std::abs(front.x - rear.x) * test::shipped_exercise(kDoor).camera.distance > 0.25);
    // The sight lines to the head, neck and chest pass between the jambs in every moment.
    const std::vector<Solid> props = props_for(test::shipped_exercise(kDoor), k);
    REQUIRE(props.size() == 4);
    test::each_work_moment(kDoor, [&](const Body& body, const Support&) {
        for (const Solid& jamb : {props[0], props[1]}) {
            CHECK(clearance(body.head, Bones::head_radius, view.eye, jamb) > 0.01);
            CHECK(clearance(body.neck, 0.04, view.eye, jamb) > 0.01);
            CHECK(clearance(chest(body), 0.06, view.eye, jamb) > 0.01);
        }
    });
    // The faces the forearms rest on are turned to the camera.
    CHECK(dot(k.support.wall[kLeft].normal, toward_camera(test::shipped_exercise(kDoor).camera)) > 0.5);
}

TEST_CASE("corner: both forearms at one height, elbows at or just below the shoulders, on the screen as in the room") {
    const View view = view_of(kCorner);
    test::each_work_moment(kCorner, [&](const Body& b, const Support&) {
        CHECK(std::abs(b.elbow[kLeft].y - b.elbow[kRight].y) < 0.01);
        CHECK(std::abs(b.wrist[kLeft].y - b.wrist[kRight].y) < 0.01);
        for (int s : {kLeft, kRight}) {
            CAPTURE(s);
            CHECK(b.elbow[s].y - b.shoulder[s].y < 0.005);
            CHECK(b.elbow[s].y - b.shoulder[s].y > -0.04);
        }
        // Drawn: the two elbows and the two wrists differ in height by under a twentieth of
        // the figure's drawn height (from high behind, the near one sank far below the other).
        const double tall = view(b.head).y - view(b.ankle[kLeft]).y;
        CHECK(std::abs(view(b.elbow[kLeft]).y - view(b.elbow[kRight]).y) < 0.05 * tall);
        CHECK(std::abs(view(b.wrist[kLeft]).y - view(b.wrist[kRight]).y) < 0.05 * tall);
    });
}

TEST_CASE("corner: both walls face the camera and the chest sinks straight toward the corner, across the screen") {
    const ExerciseKeys& k = *test::shipped_library().find(kCorner);
    const CameraAngle camera = test::shipped_exercise(kCorner).camera;
    for (int s : {kLeft, kRight}) CHECK(dot(k.support.wall[s].normal, toward_camera(camera)) > 0.15);
    // The guide's path is a straight line in and out along the corner's bisector, not an arc.
    const std::vector<Vec3> path = sample_guide(k);
    REQUIRE(!path.empty());
    const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
    const Vec3 along = unit(*front - *back);
    CHECK(along.x > 0.95);  // toward the corner, dipping only a little
    CHECK(front->x - back->x > 0.15);
    // Pivoting at the ankles bows it a little; it stays within a twentieth of its length
    // of the straight line between its ends.
    const double reach = distance(*front, *back);
    for (Vec3 p : path) {
        CHECK(std::abs(p.z) < 1e-6);
        const Vec3 off = p - *back;
        CHECK(length(off - along * dot(off, along)) < 0.05 * reach);
    }
    // Seen through the camera, the sink runs mostly across the screen.
    const View view = view_of(kCorner);
    const Vec2 a = view(*back), b = view(*front);
    CHECK(std::abs(b.x - a.x) > 2 * std::abs(b.y - a.y));
    CHECK(std::hypot(b.x - a.x, b.y - a.y) * camera.distance > 0.5 * (front->x - back->x));
}
