#include <doctest/doctest.h>

#include <cmath>
#include <functional>

#include "core/keyframes.h"
#include "test_catalog.h"
#include "test_poses.h"
#include "test_state.h"

using namespace limber;

namespace {

using test::work_state;

State lead(const std::string& id, Side side, Phase phase, double progress) {
    State s = work_state(id, side, BreathPhase::None, 0, 0);
    s.phase = phase;
    s.segment_progress = progress;
    return s;
}

// Every kind of moment an exercise goes through, at many points of each.
void each_moment(const std::string& id, const std::function<void(const State&)>& f) {
    for (Side side : {Side::None, Side::Left, Side::Right}) {
        for (int i = 0; i <= 20; ++i) {
            const double p = i / 20.0;
            for (Phase phase : {Phase::Ready, Phase::Switch, Phase::Rest}) f(lead(id, side, phase, p));
            for (int breath : {1, 2})
                for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) f(work_state(id, side, half, p, breath));
        }
    }
}

Body body_at(const State& s) {
    const Posed posed = pose_at(test::shipped_library(), s);
    return build_body(posed.pose, posed.support);
}

void check_bones(const Body& b) {
    CHECK(distance(b.pelvis, b.spine[0]) == doctest::Approx(Bones::spine[0]));
    CHECK(distance(b.spine[0], b.spine[1]) == doctest::Approx(Bones::spine[1]));
    CHECK(distance(b.spine[1], b.spine[2]) == doctest::Approx(Bones::spine[2]));
    CHECK(distance(b.spine[2], b.neck) == doctest::Approx(Bones::neck));
    for (int s : {kLeft, kRight}) {
        CHECK(distance(b.shoulder[s], b.elbow[s]) == doctest::Approx(Bones::upper_arm));
        CHECK(distance(b.elbow[s], b.wrist[s]) == doctest::Approx(Bones::forearm));
        CHECK(distance(b.wrist[s], b.fingers[s]) == doctest::Approx(Bones::hand));
        CHECK(distance(b.hip[s], b.knee[s]) == doctest::Approx(Bones::thigh));
        CHECK(distance(b.knee[s], b.ankle[s]) == doctest::Approx(Bones::shin));
        CHECK(distance(b.ankle[s], b.toe[s]) == doctest::Approx(Bones::foot));
        CHECK(distance(b.hip[kLeft], b.hip[kRight]) == doctest::Approx(2 * Bones::hip_half_width));
    }
}

// The angle at the elbow, from the points: planted hands set it by reaching for the floor.
double elbow_bend(const Body& b, int s) {
    const double a = distance(b.shoulder[s], b.elbow[s]), c = distance(b.elbow[s], b.wrist[s]),
                 d = distance(b.shoulder[s], b.wrist[s]);
    return 180 - std::acos(std::clamp((a * a + c * c - d * d) / (2 * a * c), -1.0, 1.0)) * 180 / M_PI;
}

}  // namespace

TEST_CASE("every catalog exercise has its own keyframes, and no two share a set") {
    const Catalog catalog = test::shipped_catalog();
    const PoseLibrary& lib = test::shipped_library();
    CHECK(lib.exercises.size() == catalog.exercises.size());
    for (const Exercise& e : catalog.exercises) {
        CAPTURE(e.id);
        CHECK(lib.find(e.id) != nullptr);
    }
    for (auto a = lib.exercises.begin(); a != lib.exercises.end(); ++a) {
        for (auto b = std::next(a); b != lib.exercises.end(); ++b) {
            CAPTURE(a->first);
            CAPTURE(b->first);
            const bool same =
                a->second.start == b->second.start && a->second.in == b->second.in && a->second.out == b->second.out;
            CHECK_FALSE(same);
        }
    }
}

TEST_CASE("at every moment of every exercise: fixed bones, joints in range, nothing below the floor, resting on it") {
    for (const auto& entry : test::shipped_library().exercises) {
        const std::string& id = entry.first;  // a plain name: lambdas cannot capture bindings before C++20
        each_moment(id, [&](const State& s) {
            CAPTURE(id);
            CAPTURE(phase_name(s.phase));
            CAPTURE(side_name(s.side));
            CAPTURE(s.breath_progress);
            CAPTURE(s.segment_progress);
            const Posed posed = pose_at(test::shipped_library(), s);
            for (int j = 0; j < kJointCount; ++j) {
                CAPTURE(joint_info(j).name);
                CHECK(posed.pose[j] >= joint_info(j).min - 1e-9);
                CHECK(posed.pose[j] <= joint_info(j).max + 1e-9);
            }
            const Body b = build_body(posed.pose, posed.support);
            check_bones(b);
            CHECK(lowest_surface(b) >= -1e-9);
            CHECK(lowest_surface(b) <= 1e-9);  // resting on the floor, not floating above it
            for (int side : {kLeft, kRight}) {
                CHECK(elbow_bend(b, side) <= joint_info(limb(side, kElbow)).max);
                if (s.phase == Phase::Work && s.breath_progress == 1 && posed.support.plant[side] == 1 &&
                    !posed.support.on_wall[side]) {
                    CAPTURE(side);
                    CHECK(b.wrist[side].y == doctest::Approx(0.02).epsilon(1e-6));  // a planted hand reaches the floor
                }
            }
        });
    }
}

TEST_CASE("the right side is the exact mirror image of the left") {
    for (const auto& entry : test::shipped_library().exercises) {
        const std::string& id = entry.first;  // a plain name: lambdas cannot capture bindings before C++20
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out}) {
            for (double p : {0.0, 0.3, 0.7, 1.0}) {
                CAPTURE(id);
                const Body l = body_at(work_state(id, Side::Left, half, p));
                const Body r = body_at(work_state(id, Side::Right, half, p));
                auto same = [](Vec3 a, Vec3 m) {
                    CHECK(a.x == doctest::Approx(m.x).epsilon(1e-12));
                    CHECK(a.y == doctest::Approx(m.y).epsilon(1e-12));
                    CHECK(a.z == doctest::Approx(-m.z).epsilon(1e-12));
                };
                same(l.head, r.head);
                same(l.spine[1], r.spine[1]);
                for (int s : {kLeft, kRight}) {
                    const int o = 1 - s;
                    same(l.wrist[s], r.wrist[o]);
                    same(l.elbow[s], r.elbow[o]);
                    same(l.toe[s], r.toe[o]);
                    same(l.scapula[s], r.scapula[o]);
                }
            }
        }
    }
}

TEST_CASE("the figure reaches each keyframe at its scheduled time in a real routine") {
    const Catalog catalog = test::shipped_catalog();
    for (const Exercise& e : catalog.exercises) {
        CAPTURE(e.id);
        Session session(catalog);
        Routine r{"one", "One", "", {RoutineItem{catalog.find_exercise(e.id), Dose{2, 0, 1, false}, {}}}, {}};
        session.start(r, 0);
        const Segment& w = session.timeline().segments[1];
        REQUIRE(w.phase == Phase::Work);
        const ExerciseKeys& k = *test::shipped_library().find(e.id);
        const auto pose = [&](double t) { return pose_at(test::shipped_library(), session.state(t)).pose; };
        CHECK(pose(0) == test::shipped_library().neutral);
        const double start = static_cast<double>(w.start_ms);
        // The key at time t: a growing movement's (arm circles') enlarged about the keys'
        // middle as far as it has grown by then, from 1 times at the work's start to
        // grows_to at its end.
        const auto reaches = [&](double t, const Pose& key) {
            const double grown = 1 + (k.grows_to - 1) * (t - start) / static_cast<double>(w.end_ms - w.start_ms);
            const Pose at = pose(t);
            for (int j = 0; j < kJointCount; ++j)
                CHECK(at[j] == doctest::Approx(k.middle[j] + (key[j] - k.middle[j]) * grown).epsilon(1e-6));
        };
        CHECK(pose(start) == k.start);
        reaches(start + e.tempo.in_ms, k.in.back());
        reaches(start + e.tempo.breath_ms(), k.out.back());
        reaches(start + e.tempo.breath_ms() + e.tempo.in_ms, k.in.back());
        // Keyframes inside a breath half fall at equal steps of the eased progress.
        for (size_t i = 0; i + 1 < k.in.size(); ++i) {
            const double u = static_cast<double>(i + 1) / static_cast<double>(k.in.size());
            const double progress = std::acos(1 - 2 * u) / M_PI;  // the inverse of the sine ease
            reaches(start + e.tempo.in_ms * progress, k.in[i]);
        }
    }
}

TEST_CASE("still mode (reduced motion) shows the key pose of the current breath half at once") {
    const ExerciseKeys& k = *test::shipped_library().find("cat-cow");
    for (double p : {0.0, 0.4, 0.9}) {
        CHECK(pose_at(test::shipped_library(), work_state("cat-cow", Side::None, BreathPhase::In, p), {true}).pose ==
              k.in.back());
        CHECK(pose_at(test::shipped_library(), work_state("cat-cow", Side::None, BreathPhase::Out, p), {true}).pose ==
              k.out.back());
        CHECK(pose_at(test::shipped_library(), lead("cat-cow", Side::None, Phase::Ready, p), {true}).pose == k.start);
    }
}

TEST_CASE("get-ready moves from standing at ease into the start pose, then keeps still") {
    const ExerciseKeys& k = *test::shipped_library().find("childs-pose");
    CHECK(pose_at(test::shipped_library(), lead("childs-pose", Side::None, Phase::Ready, 0)).pose ==
          test::shipped_library().neutral);
    const Pose mid = pose_at(test::shipped_library(), lead("childs-pose", Side::None, Phase::Ready, 0.4)).pose;
    CHECK(mid[limb(kLeft, kKnee)] > test::shipped_library().neutral[limb(kLeft, kKnee)]);
    CHECK(mid[limb(kLeft, kKnee)] < k.start[limb(kLeft, kKnee)]);
    CHECK(pose_at(test::shipped_library(), lead("childs-pose", Side::None, Phase::Ready, 0.9)).pose == k.start);
}

TEST_CASE("the figure never jumps: every segment boundary of every built-in routine is continuous") {
    // Sampled just before and just after each boundary (20 ms of routine time):
    // every joint may move at most this much. The finished screen is the one cut.
    constexpr double kMaxStepDeg = 15;
    constexpr double kMaxStepBlade = 0.3;  // shoulder blades move in fractions of their travel
    const Catalog catalog = test::shipped_catalog();
    REQUIRE(!catalog.routines.empty());
    for (const Routine& routine : catalog.routines) {
        Session session(catalog);
        session.start(routine, 0);
        session.pause(0);
        const Timeline& tl = session.timeline();
        for (size_t i = 1; i + 1 < tl.segments.size(); ++i) {
            const double at = static_cast<double>(tl.segments[i].start_ms);
            session.seek(0, at - 10);
            const State before = session.state(0);
            session.seek(0, at + 10);
            const State after = session.state(0);
            const Pose a = pose_at(test::shipped_library(), before).pose, b = pose_at(test::shipped_library(), after).pose;
            for (int j = 0; j < kJointCount; ++j) {
                const bool blade = j >= kFirstLimbJoint && ((j - kFirstLimbJoint) % kLimbJointCount) <= kScapElevate;
                INFO(routine.id << " at " << at << " ms, " << after.exercise_id << " " << phase_name(after.phase) << ": "
                                << joint_info(j).name << " " << a[j] << " -> " << b[j]);
                CHECK(std::abs(a[j] - b[j]) < (blade ? kMaxStepBlade : kMaxStepDeg));
            }
        }
    }
}

TEST_CASE(
    "get-ready after another exercise starts from its last pose, and from the floor to standing it passes standing at ease") {
    const PoseLibrary& lib = test::shipped_library();
    State s = lead("corner-stretch", Side::None, Phase::Ready, 0);
    s.previous_exercise_id = "cat-cow";
    s.previous_same_place = false;
    CHECK(pose_at(lib, s).pose == lib.find("cat-cow")->out.back());
    s.segment_progress = 0.4;  // half of the move
    CHECK(pose_at(lib, s).pose == lib.neutral);
    s.segment_progress = 0.9;
    CHECK(pose_at(lib, s).pose == lib.find("corner-stretch")->start);

    State t = lead("cobra", Side::None, Phase::Ready, 0);
    t.previous_exercise_id = "thread-the-needle";
    t.previous_side = Side::Right;  // ended on its right side
    CHECK(pose_at(lib, t).pose == keys_for(*lib.find("thread-the-needle"), Side::Right).out.back());
}

TEST_CASE("rest between sets of a two-sided exercise moves from the right side's last pose to the left's start") {
    State s = lead("thread-the-needle", Side::Left, Phase::Rest, 0);
    s.previous_side = Side::Right;
    const ExerciseKeys& k = *test::shipped_library().find("thread-the-needle");
    CHECK(pose_at(test::shipped_library(), s).pose == keys_for(k, Side::Right).out.back());
    s.segment_progress = 0.9;
    CHECK(pose_at(test::shipped_library(), s).pose == k.start);
}
