// The doorway and corner stretches seen from behind the figure's left and well above, over
// its shoulder, into the corner or through the door. Session 23's outsiders, from there: "two
// walls meet in a corner, one palm flat on each wall, the body leans into the corner" and "the
// chest moves through the opening", both followable. From in front of the side, near shoulder
// height (rounds 19 to 22), the walls or jambs between the eye and the body had to be cut away
// and the corner read as one wall, the doorway as a see-through panel: "which wall is each
// forearm on?". From behind and low (round 19, session 23 at 30 to 45 above) the lean ran
// along the line of sight, or straight up the picture, and read as "stand taller". So: the
// lean runs up the picture and a little across it, into the corner or the opening; both
// forearms stand on their walls beside the trunk; the guide runs along the lean; and the neck
// tucks as the body tips so the skull never leads the chest.
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

TEST_CASE("doorway and corner: seen from behind the left and well above") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const CameraAngle camera = test::shipped_exercise(id).camera;
        // 10 to 20 degrees round from straight behind: the lean into the corner or the opening
        // leans across the picture as well as up it (from straight behind, 45 above, it ran
        // straight up the back of the head and read as "stand taller"). High, so going forward
        // is going up the picture (from 30 above, round 17, the lean ran along the line of
        // sight and nobody saw it).
        CHECK(camera.yaw >= 160);
        CHECK(camera.yaw <= 170);
        CHECK(camera.pitch >= 50);
        CHECK(camera.pitch <= 65);
    }
}

TEST_CASE("doorway and corner: the chest's lean runs up the picture, into the corner or the opening") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const View view = view_of(id.c_str());
        const Body up = test::work_body(id, BreathPhase::In), lean = test::work_body(id, BreathPhase::Out);
        const Step way = screen_step(view, chest(up), chest(lean));
        const Step lead = screen_step(view, sternum(up), sternum(lean));
        MESSAGE(id, ": the chest travels ", way.dx, " across and ", way.dy, " up; the breastbone ", lead.dx, ", ", lead.dy);
        // Over a ninth of a body unit, up the picture and leaning across it by 15 to 35 degrees:
        // neither straight up (standing taller) nor sideways.
        CHECK(way.length() > 0.11);
        CHECK(way.dy > 0);
        const double off_upright = test::deg(std::atan2(std::abs(way.dx), way.dy));
        CAPTURE(off_upright);
        CHECK(off_upright > 15);
        CHECK(off_upright < 35);
        CHECK(lead.length() > 0.07);
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
        // The doorway's is short (0.07), and the player draws a short path enlarged
        // (guide_enlargement).
        CHECK((drawn.dx * lean.dx + drawn.dy * lean.dy) / (drawn.length() * lean.length()) > 0.97);
        CHECK(drawn.length() > 0.07);
    }
}

TEST_CASE("doorway and corner: both forearms in sight through the lean, side by side, nearly at one height on the screen") {
    for (const std::string id : {kDoor, kCorner}) {
        CAPTURE(id);
        const CameraAngle camera = test::shipped_exercise(id).camera;
        const View view = view_of(id.c_str());
        double least_clear = 1e9, least_apart = 1e9, most_off = 0;
        test::each_work_moment(id, [&](const Body& b, const Support&) {
            // Neither forearm is ever hidden by the trunk or the head: from behind and above
            // both stand out beside the shoulders, clear by a good margin.
            double worst = 1e9;
            for (int s : {kLeft, kRight})
                for (Vec3 p : forearm(b, s)) worst = std::min(worst, clear_of_body(camera, b, p));
            least_clear = std::min(least_clear, worst);
            CHECK(worst > 0.1);
            // Beside the near one rather than over it (round 16): their middles well apart.
            const Vec3 near = between(b.elbow[kLeft], b.wrist[kLeft]), far = between(b.elbow[kRight], b.wrist[kRight]);
            const double apart = std::abs(screen_step(view, near, far).dx);
            least_apart = std::min(least_apart, apart);
            CHECK(apart > 0.2);
            // Nearly at one height: the elbows and the hands each level on the screen within a
            // sixth of a body unit. Round 17, from 30 degrees above, saw the far hand a hand
            // higher and the two arms placed differently; from 15 degrees round, 0.14 apart,
            // session 23's outsiders noticed the elbows' heights differ but still followed it.
            for (double off :
                 {screen_step(view, b.elbow[kLeft], b.elbow[kRight]).dy, screen_step(view, b.wrist[kLeft], b.wrist[kRight]).dy}) {
                most_off = std::max(most_off, std::abs(off));
                CHECK(std::abs(off) < 0.16);
            }
        });
        MESSAGE(id, ": forearms clear by ", least_clear, ", forearms apart ", least_apart, ", heights off by ", most_off);
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
