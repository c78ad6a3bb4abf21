// Arm circles as article 003 has them: small circles with the arms out at shoulder height,
// gradually bigger as you go on. Played through a session: each rep's circle is at least as
// big as the one before and the last is far bigger than the first, the hands stay on their
// guides as those grow with them, and the figure leaves the last, biggest circle for what
// comes next without a jump.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "core/motion_guide.h"
#include "core/session.h"
#include "test_catalog.h"
#include "test_poses.h"

using namespace limber;

namespace {

constexpr double kSampleMs = 20;

Routine arm_circles_then(const Catalog& catalog, const char* next) {
    Routine r;
    for (const char* id : {"arm-circles", next}) {
        const int index = catalog.find_exercise(id);
        REQUIRE(index >= 0);
        r.items.push_back({index, catalog.exercises[static_cast<size_t>(index)].dose, ""});
    }
    return r;
}

// The widest two of the points lie apart.
double across(const std::vector<Vec3>& points) {
    double most = 0;
    for (Vec3 a : points)
        for (Vec3 b : points) most = std::max(most, distance(a, b));
    return most;
}

double largest_joint_change(const Pose& a, const Pose& b) {
    double most = 0;
    for (size_t i = 0; i < a.v.size(); ++i) most = std::max(most, std::abs(a.v[i] - b.v[i]));
    return most;
}

}  // namespace

TEST_CASE("arm circles grow rep by rep, and the hands stay on guides that grow with them") {
    const Catalog catalog = test::shipped_catalog();
    const ExerciseKeys& keys = *test::shipped_library().find("arm-circles");
    const std::vector<GuideTrack> tracks = guide_tracks(keys);
    REQUIRE(tracks.size() == 2);
    Session session(catalog);
    session.start(arm_circles_then(catalog, "side-stretch"), 0);
    std::map<int, std::vector<Vec3>> hand_by_rep;
    int off_guide = 0;
    for (double t = 0; t < static_cast<double>(session.timeline().total_ms); t += kSampleMs) {
        const State s = session.state(t);
        if (s.exercise_id != "arm-circles" || s.phase != Phase::Work || s.breath == BreathPhase::None) continue;
        const Body b = build_body(s.posed.pose, s.posed.support);
        hand_by_rep[s.rep].push_back(b.fingers[kLeft]);
        for (const GuideTrack& track : tracks) {
            Vec3 now, at;
            REQUIRE(body_point(b, track.point, now));
            if (!guide_dot(track, s.posed.grown, now, at)) ++off_guide;
        }
    }
    CHECK(off_guide == 0);
    REQUIRE(hand_by_rep.size() >= 10);
    double before = 0;
    for (const auto& [rep_number, hand] : hand_by_rep) {
        const int rep = rep_number;
        CAPTURE(rep);
        const double size = across(hand);
        CHECK(size >= before * 0.99);
        before = size;
    }
    const double first = across(hand_by_rep.begin()->second), last = across(hand_by_rep.rbegin()->second);
    MESSAGE("the hand's circle is " << first << " across in the first rep, " << last << " in the last");
    CHECK(last > 1.5 * first);
}

TEST_CASE("arm circles: from the last, biggest circle into the next exercise's get-ready without a jump") {
    const Catalog catalog = test::shipped_catalog();
    // Standing again next, and down on the floor next: both start where the work ends.
    for (const char* next : {"side-stretch", "cat-cow"}) {
        CAPTURE(next);
        Session session(catalog);
        session.start(arm_circles_then(catalog, next), 0);
        State before = session.state(0);
        bool left_work = false;
        for (double t = 1; t < static_cast<double>(session.timeline().total_ms) && !left_work; t += 1) {
            const State s = session.state(t);
            if (before.exercise_id == "arm-circles" && before.phase == Phase::Work && s.phase != Phase::Work) {
                left_work = true;
                CHECK(largest_joint_change(before.posed.pose, s.posed.pose) < 1);
            }
            before = s;
        }
        CHECK(left_work);
    }
}

TEST_CASE("a movement grows from its keys' size to at most three times it, and by no other measure") {
    auto grows = [](const char* value) {
        return load_poses(std::string(R"({"neutral": {}, "exercises": {"circles": {"grows_to": )") + value +
                              R"(, "in": {"shoulder_flex": 20}, "out": {"shoulder_flex": -20}}}})",
                          "p.json");
    };
    for (const char* bad : {"0.5", "3.5", "\"bigger\""}) {
        CAPTURE(bad);
        CHECK(grows(bad).error == "p.json: circles: grows_to must be a number from 1 to 3");
    }
    const PoseLoad good = grows("2");
    REQUIRE(good.ok());
    const ExerciseKeys& k = *good.library.find("circles");
    CHECK(k.grows_to == 2);
    // Half way between the in-breath's 20 degrees forward and the out-breath's 20 back.
    CHECK(k.middle[limb(kLeft, kShoulderFlex)] == doctest::Approx(0));
    CHECK(k.in.back()[limb(kLeft, kShoulderFlex)] == 20);
}
