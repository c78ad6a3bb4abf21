// The body's touches on the props it leans on are found from the posed body and the
// placed props: forearms on the corner's walls and the door jambs, head, back and arms on
// the wall in wall angels, the upper back on the roller.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/contacts.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

// The body at every tenth of both breath halves of two breaths, with the exercise's props.
void each_work_moment(const std::string& id, const std::function<void(const Body&, const std::vector<Solid>&)>& f) {
    const ExerciseKeys* k = test::shipped_library().find(id);
    REQUIRE(k);
    const std::vector<Solid> props = props_for(test::shipped_exercise(id), *k);
    for (int breath : {1, 2})
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (int i = 0; i <= 10; ++i) {
                CAPTURE(breath);
                CAPTURE(i);
                const Posed p = pose_at(test::shipped_library(), test::work_state(id, Side::None, half, i / 10.0, breath));
                f(build_body(p.pose, p.support), props);
            }
}

const Contact* find(const std::vector<Contact>& all, const std::string& part, size_t solid) {
    for (const Contact& c : all)
        if (c.part == part && c.solid == solid) return &c;
    return nullptr;
}

bool on_an_arm(const Contact& c) { return c.part.rfind("left_", 0) == 0 || c.part.rfind("right_", 0) == 0; }

// "part@solid ..." for a failure's log.
std::string parts(const std::vector<Contact>& all) {
    std::string out;
    for (const Contact& c : all) out += c.part + "@" + std::to_string(c.solid) + " ";
    return out;
}

}  // namespace

TEST_CASE("a part touches a leaned-on solid within the tolerance, and only then") {
    Body b;  // every point at the origin but the head
    b.head = {0, 2, 0};
    Solid wall;
    wall.material = Material::Wall;
    wall.leaned_on = true;
    // A wall behind the head whose front face stands 0.01 off the skull.
    wall.centre = {-Bones::head_radius - 0.01 - 0.025, 2, 0};
    wall.u = {0.025, 0, 0};
    wall.v = {0, 0.1, 0};
    wall.w = {0, 0, 0.3};
    const std::vector<Contact> near = find_contacts(b, {wall}, 0.02);
    REQUIRE(near.size() == 1);
    CHECK(near[0].part == "head");
    CHECK(near[0].solid == 0);
    CHECK(near[0].from.x == doctest::Approx(-Bones::head_radius - 0.01));
    CHECK(near[0].from.y == doctest::Approx(2));
    CHECK(near[0].normal.x == doctest::Approx(1));
    CHECK(near[0].radius == doctest::Approx(Bones::head_radius));
    CHECK(find_contacts(b, {wall}, 0.005).empty());
    // Sunk into the wall by more than the tolerance is not a touch either.
    wall.centre.x += 0.05;
    CHECK(find_contacts(b, {wall}, 0.02).empty());
    wall.centre.x -= 0.05;
    wall.leaned_on = false;  // a solid nobody leans on (the mat, a chair) shows no touches
    CHECK(find_contacts(b, {wall}, 0.02).empty());
}

TEST_CASE("corner stretch: each forearm touches its own wall, flat along its length, and nothing else touches") {
    each_work_moment("corner-stretch", [](const Body& b, const std::vector<Solid>& props) {
        const std::vector<Contact> all = find_contacts(b, props);
        CAPTURE(parts(all));
        for (int s : {kLeft, kRight}) {
            const Contact* c = find(all, s == kLeft ? "left_forearm" : "right_forearm", static_cast<size_t>(s));
            REQUIRE(c);
            // Along the forearm: the touch runs most of the way from the elbow to the wrist.
            CHECK(distance(c->from, c->to) > 0.1);
            // On the wall's face, its normal the wall's.
            CHECK(c->normal.x == doctest::Approx(-1 / std::sqrt(2.0)));
            CHECK(c->normal.z == doctest::Approx(s == kLeft ? 1 / std::sqrt(2.0) : -1 / std::sqrt(2.0)));
            CHECK(std::abs(c->from.y - b.elbow[s].y) < 0.03);
        }
        for (const Contact& c : all) CHECK(on_an_arm(c));  // no head or back on the walls
    });
}

TEST_CASE("doorway stretch: each forearm touches its own jamb on the side facing the figure") {
    each_work_moment("doorway-chest-stretch", [](const Body& b, const std::vector<Solid>& props) {
        const std::vector<Contact> all = find_contacts(b, props);
        CAPTURE(parts(all));
        for (int s : {kLeft, kRight}) {
            const Contact* c = find(all, s == kLeft ? "left_forearm" : "right_forearm", static_cast<size_t>(s));
            REQUIRE(c);
            CHECK(distance(c->from, c->to) > 0.1);
            CHECK(c->normal.x == doctest::Approx(-1));
            CHECK(c->from.x == doctest::Approx(props[static_cast<size_t>(s)].centre.x - 0.04));  // the jamb's near face
        }
        for (const Contact& c : all) CHECK(on_an_arm(c));
        CHECK_FALSE(find(all, "left_forearm", 2));  // the header is above the arms
    });
}

TEST_CASE("wall angels: head, back, hips and both whole arms touch the wall through the rep") {
    each_work_moment("wall-angels", [](const Body& b, const std::vector<Solid>& props) {
        const std::vector<Contact> all = find_contacts(b, props);
        CAPTURE(parts(all));
        for (std::string part :
             {"head", "upper_back", "mid_back", "pelvis", "left_upper_arm", "left_forearm", "right_upper_arm", "right_forearm"}) {
            CAPTURE(part);
            const Contact* c = find(all, part, 0);
            REQUIRE(c);
            CHECK(c->normal.x == doctest::Approx(1));  // the wall's face, toward the figure
            CHECK(c->from.x == doctest::Approx(props[0].centre.x + props[0].u.x));
        }
    });
}

TEST_CASE("thoracic extension: the upper back rests on the roller under the shoulder blades, the hips do not") {
    each_work_moment("thoracic-extension", [](const Body& b, const std::vector<Solid>& props) {
        REQUIRE(props.size() == 2);
        const std::vector<Contact> all = find_contacts(b, props);
        CAPTURE(parts(all));
        const Contact* c = find(all, "upper_back", 1);
        REQUIRE(c);
        CHECK(c->normal.y > 0.8);                                // on the roller's top
        CHECK(std::abs(c->from.x - b.scapula[kLeft].x) < 0.05);  // under the shoulder blades
        CHECK_FALSE(find(all, "pelvis", 1));
        CHECK_FALSE(find(all, "head", 1));
    });
}
