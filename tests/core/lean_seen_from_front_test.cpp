// The doorway and corner stretches' lean, as round 19's outsiders missed it: from behind ("the
// back view hides the lean into the corner", "rear view hides the forward lean") only the back
// showed, its tilt foreshortened. Seen from in front of the side, with the wall or jamb between
// the eye and the body cut away (props.h), the chest faces the eye, the body's line is drawn
// clearly tipped, and the breastbone goes well past the forearms resting on the walls or jambs.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "test_body.h"
#include "test_catalog.h"
#include "test_moments.h"
#include "test_view.h"

using namespace limber;
using test::chest;
using test::sternum;
using test::View;
using test::view_of;

namespace {

const char* const kDoor = "doorway-chest-stretch";
const char* const kCorner = "corner-stretch";

// The drawn angle, in degrees, between the screen's upright and the line from a to b.
double drawn_tilt(const View& view, Vec3 a, Vec3 b) {
    const Vec2 p = view(a), q = view(b);
    return test::deg(std::atan2(std::abs(q.x - p.x), std::abs(q.y - p.y)));
}

}  // namespace

TEST_CASE("doorway and corner: leaning, the chest faces the eye and the body is drawn clearly tipped") {
    for (const char* id : {kDoor, kCorner}) {
        CAPTURE(id);
        const CameraAngle camera = test::shipped_exercise(id).camera;
        const View view = view_of(id);
        const Body lean = test::work_body(id, BreathPhase::Out);
        // The front of the chest turned toward the eye (from behind, round 19, the back was, by
        // 0.56 and 0.75).
        const Vec3 front = unit(sternum(lean) - chest(lean));
        MESSAGE(id, ": the chest's front turned ", dot(front, toward_camera(camera)), " toward the eye");
        CHECK(dot(front, toward_camera(camera)) > 0.3);
        // The body's line from where it pivots (the back ankle in the doorway, the ankles' middle
        // in the corner) to the shoulders, which tips about 22 to 26 degrees in the room, drawn
        // at least 15 degrees off upright (the corner from behind, round 19, 12: foreshortened;
        // the doorway from behind its side drew 23, but of the back, which hid the chest).
        const Vec3 ankle = std::string(id) == kDoor ? lean.ankle[kRight] : between(lean.ankle[kLeft], lean.ankle[kRight]);
        const double tilt = drawn_tilt(view, ankle, chest(lean));
        MESSAGE(id, ": the body's line drawn ", tilt, " degrees off upright");
        CHECK(tilt > 15);
    }
}

TEST_CASE("doorway and corner: the breastbone is drawn going well past the forearms resting on the walls or jambs") {
    for (const char* id : {kDoor, kCorner}) {
        CAPTURE(id);
        const ExerciseKeys& k = *test::shipped_library().find(id);
        const View view = view_of(id);
        const Body start = build_body(k.start, k.support), lean = test::work_body(id, BreathPhase::Out);
        // The elbows rest on the walls or the jambs and stay put: their middle is where the
        // forearms' plane crosses the lean's line. Along the lean as drawn, how far the
        // breastbone lies past it, in body units.
        const Vec3 forearms = between(lean.elbow[kLeft], lean.elbow[kRight]);
        const Vec2 a = view(sternum(start)), b = view(sternum(lean)), f = view(forearms);
        const double dx = b.x - a.x, dy = b.y - a.y, way = std::hypot(dx, dy);
        auto past = [&](Vec2 p) { return ((p.x - f.x) * dx + (p.y - f.y) * dy) / way * view.distance; };
        MESSAGE(id, ": the breastbone from ", past(a), " to ", past(b), " past the forearms");
        CHECK(past(b) > 0.12);
        CHECK(past(b) - past(a) > 0.18);  // the corner from inside it, behind, 0.16
    }
}
