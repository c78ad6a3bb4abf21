#include <doctest/doctest.h>

#include <cmath>

#include "core/figure.h"

using namespace limber;

namespace {
float dist(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
}  // namespace

TEST_CASE("bones keep their length through a whole shoulder roll, and both sides mirror") {
    const Proportions p;
    for (int i = 0; i <= 100; ++i) {
        const Figure f = shoulder_roll_figure(i / 100.0, p);
        CAPTURE(i);
        for (int side : {kLeft, kRight}) {
            CHECK(dist(f.shoulder[side], f.elbow[side]) == doctest::Approx(p.upper_arm).epsilon(1e-5));
            CHECK(dist(f.elbow[side], f.hand[side]) == doctest::Approx(p.forearm).epsilon(1e-5));
            CHECK(dist(f.hip[side], f.knee[side]) == doctest::Approx(p.thigh).epsilon(1e-5));
            CHECK(f.foot[side].y >= -1e-6f);
            CHECK(f.hand[side].y > 0.3f);
        }
        CHECK(f.shoulder[kLeft].x == -f.shoulder[kRight].x);
        CHECK(f.hand[kLeft].x == -f.hand[kRight].x);
        CHECK(f.hand[kLeft].y == f.hand[kRight].y);
    }
}

TEST_CASE("shoulders rise on the in-breath and come back down on the out-breath") {
    State s;
    s.phase = Phase::Work;
    s.breath = BreathPhase::In;
    s.breath_progress = 0;
    const float rest = pose_for(s).shoulder[kLeft].y;
    s.breath_progress = 1;
    const float top = pose_for(s).shoulder[kLeft].y;
    s.breath = BreathPhase::Out;
    s.breath_progress = 0.5;
    const float back = pose_for(s).shoulder[kLeft].y;
    s.breath_progress = 1;
    const float end = pose_for(s).shoulder[kLeft].y;
    CHECK(top > rest + 0.03f);
    CHECK(back < top);
    CHECK(end == doctest::Approx(rest));
    // Drawn back during the out-breath: wider than when rolled forward.
    s.breath = BreathPhase::In;
    s.breath_progress = 0.5;
    const float forward_width = pose_for(s).shoulder[kRight].x;
    s.breath = BreathPhase::Out;
    const float back_width = pose_for(s).shoulder[kRight].x;
    CHECK(back_width > forward_width + 0.02f);
}
