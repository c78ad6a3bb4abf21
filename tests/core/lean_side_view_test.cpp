// The doorway and corner stretches seen from in front of the figure's left side, near shoulder
// height, the wall or jamb between the eye and the body cut away (props.h). Round 19's judges,
// from 35 and 40 degrees behind the side: "the back view hides the lean". Round 17's, from
// behind and above: "the forward lean goes straight away from the viewer and is invisible; one
// forearm looks at shoulder height, the other hand high". Round 16's, from 10 degrees behind
// the side: "both posts and forearms overlap; the head pokes forward". So: the lean crosses
// the picture, the far forearm shows beside the near one at the same height on the screen, the
// guide runs along the lean, and the neck tucks as the body tips so the skull never leads the
// chest.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/motion_guide.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_view.h"

using namespace limber;
using test::chest;
using test::screen_step;
using test::Step;
using test::sternum;
using test::View;
using test::view_of;

namespace {

const char* const kDoor = "doorway-chest-stretch";
const char* const kCorner = "corner-stretch";

// The forearm, from the elbow to the wrist, every quarter of the way.
std::vector<Vec3> forearm(const Body& b, int s) {
    std::vector<Vec3> out;
    for (int i = 0; i <= 4; ++i) out.push_back(between(b.elbow[s], b.wrist[s], i / 4.0));
    return out;
}

// How far the line of sight from p clears the trunk and the head, which could hide the far
// forearm.
double clear_of_body(const CameraAngle& camera, const Body& b, Vec3 p) {
    const Vec3 trunk[] = {b.pelvis, b.spine[0], b.spine[1], b.spine[2]};
    double clear = 1e9;
    for (int i = 0; i + 1 < 4; ++i) clear = std::min(clear, test::sight_clearance(camera, p, trunk[i], trunk[i + 1], 0.09));
    return std::min(clear, test::sight_clearance(camera, p, b.neck, b.head, Bones::head_radius));
}

}  // namespace

TEST_CASE("doorway and corner: seen from in front of the left side, near shoulder height") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const CameraAngle camera = test::shipped_exercise(id).camera;
        // 20 to 40 degrees in front of the side: the chest, not the back, faces the eye and the
        // lean crosses the picture (from 35 and 40 degrees behind the side, round 19, the back
        // hid it); far enough round that the far forearm shows beside the near one (side-on,
        // round 16, they lay over each other). Low, so the two forearms, level in the room, stand
        // level on the screen too (from 30 above the far one stood a hand higher). The corner
        // from at least 50 round, so its far wall still turns its face to the eye (at 45 it is
        // edge-on) and only the near one is cut away.
        CHECK(camera.yaw >= (id == kCorner ? 55 : 50));
        CHECK(camera.yaw <= 70);
        CHECK(camera.pitch >= 2);
        CHECK(camera.pitch <= 8);
    }
}

TEST_CASE("doorway and corner: the chest's lean is large and runs across the picture") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const View view = view_of(id.c_str());
        const Body up = test::work_body(id, BreathPhase::In), lean = test::work_body(id, BreathPhase::Out);
        const Step way = screen_step(view, chest(up), chest(lean));
        const Step lead = screen_step(view, sternum(up), sternum(lean));
        MESSAGE(id, ": the chest travels ", way.dx, " across and ", way.dy, " up; the breastbone ", lead.dx, ", ", lead.dy);
        // Over a seventh of a body unit (from behind and above, round 17, 0.11 to 0.13, and
        // nobody saw it), almost level: across, not into the picture nor up or down it. The
        // breastbone, ahead of the chest, also tips down with the trunk.
        // Seen from in front, the chest coming toward the eye as it sinks also goes a little down
        // the picture: over twice as far across as down (from behind, 2.5 times).
        CHECK(way.length() > 0.15);
        CHECK(std::abs(way.dx) > 2.3 * std::abs(way.dy));
        CHECK(lead.length() > 0.15);
        CHECK(std::abs(lead.dx) > 1.3 * std::abs(lead.dy));
    }
}

TEST_CASE("doorway and corner: the guide runs along the lean, as far as the chest goes") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const ExerciseKeys& k = *test::shipped_library().find(id);
        const View view = view_of(id.c_str());
        const Step lean =
            screen_step(view, sternum(test::work_body(id, BreathPhase::In)), sternum(test::work_body(id, BreathPhase::Out)));
        const std::vector<Vec3> path = sample_guide(k);
        REQUIRE(!path.empty());
        const auto [back, front] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
        const Step drawn = screen_step(view, *back, *front);
        MESSAGE(id, ": the guide runs ", drawn.dx, " across and ", drawn.dy, " up");
        // Round 17 drew it as a short hook sideways over a shoulder, read as a sideways move.
        CHECK((drawn.dx * lean.dx + drawn.dy * lean.dy) / (drawn.length() * lean.length()) > 0.97);
        CHECK(drawn.length() > 0.15);
    }
}

TEST_CASE("doorway and corner: both forearms in sight through the lean, side by side at one height on the screen") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const CameraAngle camera = test::shipped_exercise(id).camera;
        const View view = view_of(id.c_str());
        double least_clear = 1e9, least_apart = 1e9, most_off = 0;
        test::each_work_moment(id, [&](const Body& b, const Support&) {
            // The near forearm is never hidden. Seen from in front, the head leaning past the
            // forearms' plane comes in front of the far forearm near the deepest lean (in the
            // corner up to its middle, the far hand standing up beside the head:
            // corner_door_camera_test.cpp); the trunk never does. From behind the side it was
            // clear by 0.01, but the lean was hidden: the price of showing the lean.
            double worst = 1e9;
            for (Vec3 p : forearm(b, kRight)) worst = std::min(worst, clear_of_body(camera, b, p));
            least_clear = std::min(least_clear, worst);
            CHECK(worst > -0.07);
            // Beside the near one rather than over it (round 16): their middles well apart.
            const Vec3 near = between(b.elbow[kLeft], b.wrist[kLeft]), far = between(b.elbow[kRight], b.wrist[kRight]);
            const double apart = std::abs(screen_step(view, near, far).dx);
            least_apart = std::min(least_apart, apart);
            CHECK(apart > 0.2);
            // At one height: the elbows and the hands each level on the screen within a few
            // centimetres (round 17, from 30 degrees above, the far hand stood a hand higher
            // and the two arms looked placed differently).
            for (double off :
                 {screen_step(view, b.elbow[kLeft], b.elbow[kRight]).dy, screen_step(view, b.wrist[kLeft], b.wrist[kRight]).dy}) {
                most_off = std::max(most_off, std::abs(off));
                CHECK(std::abs(off) < 0.03);
            }
        });
        MESSAGE(id, ": far forearm clear by ", least_clear, ", forearms apart ", least_apart, ", heights off by ", most_off);
    }
}

TEST_CASE("doorway and corner: the head stays behind the chest's leading edge all through the lean") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        double face = -1e9, head = -1e9;
        test::each_work_moment(id, [&](const Body& b, const Support&) {
            // Along the lean, even the front of the face stays some 2.5 cm (on a figure 1.7 m
            // tall) behind the point ahead of the breastbone the guide follows, and the skull's
            // centre 10 cm: seen from the side a head ahead of it reads as a chin poke.
            face = std::max(face, b.face.x - sternum(b).x);
            head = std::max(head, b.head.x - sternum(b).x);
            CHECK(b.face.x < sternum(b).x - 0.015);
            CHECK(b.head.x < sternum(b).x - 0.06);
        });
        MESSAGE(id, ": the face at least ", -face, " and the skull's centre ", -head, " behind the breastbone's front");
    }
}
