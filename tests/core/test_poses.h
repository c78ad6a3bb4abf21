// The shipped pose library, for tests that pose the figure; a test fails at once if it
// does not load.
#pragma once

#include <doctest/doctest.h>

#include "core/keyframes.h"

namespace limber::test {

inline const PoseLibrary& shipped_library() {
    const PoseLoad& load = shipped_poses();
    REQUIRE_MESSAGE(load.ok(), load.error);
    return load.library;
}

}  // namespace limber::test
