// What round 13's outsiders could not follow in arm circles, superman, cat-cow and child's
// pose: circles whose way could not be read, with a head in profile over a chest facing
// front (then seen from the side, both in profile; since round 16 from the front
// three-quarter, both turned together); a lift too small, and unclear what lifted; cat-cow
// and child's pose with no guide, a lumpy cow, and a child's pose that began half folded.
// Measured on the body's points, the guides' paths and where they land on each exercise's
// screen.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/keyframes.h"
#include "core/motion_guide.h"
#include "test_body.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;
using test::climb_deg;
using test::deg;
using test::on_screen;
using test::OnScreen;
using test::work_body;

namespace {

// The longest distance between two of the points on the screen of `camera`.
double screen_span(const CameraAngle& camera, const std::vector<Vec3>& points) {
    double span = 0;
    for (Vec3 a : points)
        for (Vec3 b : points) span = std::max(span, test::screen_apart(camera, a, b));
    return span;
}

// How big the figure is on its screen: the longer side of the box its ends fill over a rep.
double figure_size(const std::string& id, const CameraAngle& camera) {
    double lo_x = 1e9, hi_x = -1e9, lo_y = 1e9, hi_y = -1e9;
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i <= 8; ++i) {
            const Body b = work_body(id, half, i / 8.0);
            for (Vec3 p : {b.head, b.pelvis, b.fingers[kLeft], b.fingers[kRight], b.toe[kLeft], b.toe[kRight], b.heel[kLeft],
                           b.heel[kRight], b.knee[kLeft], b.knee[kRight]}) {
                const OnScreen s = on_screen(camera, p);
                lo_x = std::min(lo_x, s.x);
                hi_x = std::max(hi_x, s.x);
                lo_y = std::min(lo_y, s.y);
                hi_y = std::max(hi_y, s.y);
            }
        }
    return std::max(hi_x - lo_x, hi_y - lo_y);
}

// Which way a segment points, seen from the figure's left (x forward, y up), in degrees.
double heading_deg(Vec3 from, Vec3 to) { return deg(std::atan2(to.y - from.y, to.x - from.x)); }

// The pelvis's own long axis, from the tailbone (which turns with the pelvis alone): the
// tailbone lies 0.055 behind and 0.03 below the hips in the pelvis's frame, 61.4 degrees
// round from the axis the lumbar spine leaves along when it neither rounds nor arches.
double pelvis_heading_deg(const Body& b) { return heading_deg(b.tailbone, b.pelvis) + deg(std::atan2(0.055, 0.03)); }

// How much the back turns at each of its joints, from the pelvis up: at the pelvis, at the
// top of the lumbar and of the thoracic segment, and where the neck leaves the upper back.
struct Turns {
    double pelvis, lumbar, thoracic, neck;
};
Turns spine_turns(const Body& b) {
    const double lumbar = heading_deg(b.pelvis, b.spine[0]), thoracic = heading_deg(b.spine[0], b.spine[1]);
    const double upper = heading_deg(b.spine[1], b.spine[2]), neck = heading_deg(b.spine[2], b.neck);
    return {lumbar - pelvis_heading_deg(b), thoracic - lumbar, upper - thoracic, neck - upper};
}

// The three turns of the back from the pelvis to the upper back, all one way and none more
// than a third again as sharp as another: one even curve rather than a hump and a dip.
void check_even_curve(const Turns& t, double least) {
    const double turns[] = {t.pelvis, t.lumbar, t.thoracic};
    double lo = 1e9, hi = 0;
    for (double turn : turns) {
        CHECK(turn * t.lumbar > 0);
        lo = std::min(lo, std::abs(turn));
        hi = std::max(hi, std::abs(turn));
    }
    CHECK(lo > least);
    CHECK(hi < 1.34 * lo);
    // The head follows the curve, the same way and no sharper.
    CHECK(t.neck * t.lumbar >= 0);
    CHECK(std::abs(t.neck) <= hi);
}

}  // namespace

TEST_CASE("four guides: each guided point travels a good part of the figure's size on its screen") {
    struct Row {
        const char* id;
        const char* point;
        double least;  // of the figure's size on the screen
    };
    // At contact-sheet size the figure fills about 300 px: 0.08 of it is over 20 px, twice what
    // vanishes. The child's pose pelvis was once drawn as a dash of a few pixels; the mid
    // back's path, drawn enlarged, is the shortest the spine allows between the hands and knees.
    const Row rows[] = {{"arm-circles", "left_fingers", 0.14},
                        // Round 16 found session 14's lift (0.2 and 0.1 of the figure) a banana, round 17 the
                        // next (0.12 and 0.06) a V: a small lift, its guide saying the way.
                        {"superman", "left_wrist", 0.075},
                        {"superman", "left_ankle", 0.04},
                        {"cat-cow", "belly", 0.09},
                        {"childs-pose", "pelvis", 0.16}};
    for (const Row& row : rows) {
        const std::string id = row.id, point = row.point;
        CAPTURE(id);
        CAPTURE(point);
        const ExerciseKeys& k = *test::shipped_library().find(row.id);
        const std::vector<GuideTrack> tracks = guide_tracks(k);
        const auto track = std::find_if(tracks.begin(), tracks.end(), [&](const GuideTrack& t) { return t.point == row.point; });
        REQUIRE(track != tracks.end());
        const CameraAngle camera = test::shipped_exercise(row.id).camera;
        const double travel = screen_span(camera, track->path), size = figure_size(row.id, camera);
        MESSAGE(id << " " << point << " travels " << travel << " on a figure " << size << " across");
        CHECK(travel > row.least * size);
    }
}

TEST_CASE("arm circles: seen from the front three-quarter, the head faces the chest's way, the arms across the screen") {
    const CameraAngle camera = test::shipped_exercise("arm-circles").camera;
    const Vec3 eye = toward_camera(camera);
    for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
        for (int i = 0; i < 8; ++i) {
            const Body b = work_body("arm-circles", half, i / 8.0);
            const Vec3 face = unit(b.face - b.head);
            const Vec3 chest = unit(cross(b.neck - b.pelvis, b.shoulder[kRight] - b.shoulder[kLeft]));
            CHECK(deg(std::acos(std::clamp(dot(face, chest), -1.0, 1.0))) < 3);
            // Both turned together, half way between facing the viewer and profile. Round 13's
            // 64 degrees off read as a head turned over a chest facing front; from the side
            // (round 16) the near arm shrank to a stub pointing at the viewer and the circles
            // read as shoulder rolls. Here the arms' line keeps most of its length across the
            // screen, so both arms read long and out to the sides.
            for (Vec3 front : {face, chest}) {
                const double off = deg(std::acos(std::clamp(dot(front, eye), -1.0, 1.0)));
                CHECK(off > 35);
                CHECK(off < 65);
            }
            const double arms_across = std::abs(dot(b.shoulder[kRight] - b.shoulder[kLeft], screen_right(camera)));
            CHECK(arms_across > 0.6 * length(b.shoulder[kRight] - b.shoulder[kLeft]));
        }
}

TEST_CASE("superman: arms, chest and legs clearly off the mat at the top, guided at a wrist and an ankle") {
    const Body down = work_body("superman", BreathPhase::In, 1), up = work_body("superman", BreathPhase::Out, 1);
    // Round 13's chest rose 0.067 and read as too small; session 14's, over 0.09 under wrists
    // lifting over 0.2, read as a banana (round 16). The chest rises about as much as round
    // 13's: the wrists and ankles, at the ends of the body, show the lift (superman_lift_capped_test.cpp).
    // Round 17 read even that as a V: the chest only just off the mat now.
    CHECK(up.spine[2].y - down.spine[2].y > 0.03);
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(up.wrist[s].y - down.wrist[s].y > 0.09);
        CHECK(up.ankle[s].y - down.ankle[s].y > 0.035);
    }
    CHECK(up.pelvis.y < 0.08);  // on the belly
    const ExerciseKeys& k = *test::shipped_library().find("superman");
    CHECK(k.guide == "left_wrist");
    CHECK(k.guide_also == "left_ankle");
    // Both guided points rise together on the out-breath (the path's second half).
    for (const GuideTrack& t : guide_tracks(k)) {
        CAPTURE(t.point);
        CHECK(t.path.back().y - t.path[kGuideSamplesPerHalf].y > 0.04);  // the ankles' small lift too
    }
}

// Session 15: guided on the belly, not the mid back, whose path stood over the cow's dip and
// filled it in; the belly's path lies over the trunk in the cow and under it in the cat.
TEST_CASE("cat-cow: the belly is guided down into the cow and up into the cat, each an even curve") {
    const ExerciseKeys& k = *test::shipped_library().find("cat-cow");
    REQUIRE(k.guide == "belly");
    const std::vector<Vec3>& path = k.guide_path;
    // The path starts at the cat (the out-breath's end) and reaches the cow half way.
    CHECK(path.front().y - path[kGuideSamplesPerHalf].y > 0.07);
    const Body table = work_body("cat-cow", BreathPhase::None, 0);
    const Turns flat = spine_turns(table);
    CHECK(std::abs(flat.pelvis) < 0.5);  // the measure reads a straight back as straight
    CHECK(std::abs(flat.thoracic) < 0.5);
    const Turns cow = spine_turns(work_body("cat-cow", BreathPhase::In, 1));
    const Turns cat = spine_turns(work_body("cat-cow", BreathPhase::Out, 1));
    CHECK(cow.lumbar > 0);  // arching: the back climbs more steeply toward the head
    CHECK(cat.lumbar < 0);
    check_even_curve(cow, 15);
    check_even_curve(cat, 15);
}

TEST_CASE("child's pose: from hands and knees the hips sit back to the heels, arms long, along a guided arc") {
    const Body start = work_body("childs-pose", BreathPhase::None, 0);
    // A table top: thighs and arms upright, the back about level.
    for (int s : {kLeft, kRight}) {
        CAPTURE(s);
        CHECK(std::abs(start.hip[s].x - start.knee[s].x) < 0.03);
        CHECK(std::abs(start.shoulder[s].x - start.wrist[s].x) < 0.05);
    }
    CHECK(std::abs(climb_deg(start.pelvis, start.spine[2])) < 15);
    const Body folded = work_body("childs-pose", BreathPhase::Out, 1);
    CHECK(folded.pelvis.y < 0.15);                                       // sitting on the heels
    CHECK(folded.pelvis.x < start.pelvis.x - 0.2);                       // back over them
    CHECK(std::abs(folded.knee[kLeft].x - start.knee[kLeft].x) < 0.01);  // the knees stay put
    CHECK(test::elbow_bend(folded, kLeft) < 15);                         // the arms long
    CHECK(distance(folded.fingers[kLeft], folded.shoulder[kLeft]) > 0.35);
    const ExerciseKeys& k = *test::shipped_library().find("childs-pose");
    REQUIRE(k.guide == "pelvis");
    // The guide runs from high over the knees back and down to the heels: from the table top,
    // the way into the hold (its steady breaths would draw a dash).
    CHECK(distance(k.guide_path.front(), start.pelvis) < 0.01);
    double most = 0;
    for (Vec3 a : k.guide_path)
        for (Vec3 b : k.guide_path) most = std::max(most, distance(a, b));
    CHECK(most > 0.15);
}
