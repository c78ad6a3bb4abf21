// The shipped figure at moments of an exercise's work, for pose tests that need no Session.
#pragma once

#include <functional>
#include <string>

#include "core/keyframes.h"
#include "core/skeleton.h"
#include "test_poses.h"
#include "test_state.h"

namespace limber::test {

// The body at `progress` through a breath half of the exercise's work.
inline Body work_body(const std::string& id, BreathPhase half, double progress = 1, int breath = 2) {
    const Posed p = pose_at(shipped_library(), work_state(id, Side::None, half, progress, breath));
    return build_body(p.pose, p.support);
}

// Every moment of the work: each tenth of both breath halves of the first and a later breath.
inline void each_work_moment(const std::string& id, const std::function<void(const Body&, const Support&)>& f) {
    for (int breath : {1, 2})
        for (BreathPhase half : {BreathPhase::In, BreathPhase::Out})
            for (int i = 0; i <= 10; ++i) {
                const Posed p = pose_at(shipped_library(), work_state(id, Side::None, half, i / 10.0, breath));
                f(build_body(p.pose, p.support), p.support);
            }
}

}  // namespace limber::test
