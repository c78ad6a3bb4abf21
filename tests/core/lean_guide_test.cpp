// The corner and doorway stretches are a lean of the chest forward: their motion guide
// follows the front of the chest (the breastbone, which leads the lean and, seen from the
// side, is drawn in front of the body rather than over the near arm), and its path runs
// forward, into the corner or through the frame, by a distance the eye sees.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/motion_guide.h"
#include "test_poses.h"

using namespace limber;

TEST_CASE("the chest is a body point between the shoulders") {
    CHECK(is_body_point("chest"));
    Body b;
    b.shoulder[kLeft] = {0.1, 0.8, -0.2};
    b.shoulder[kRight] = {0.3, 0.6, 0.2};
    Vec3 p;
    REQUIRE(body_point(b, "chest", p));
    CHECK(p.x == doctest::Approx(0.2));
    CHECK(p.y == doctest::Approx(0.7));
    CHECK(p.z == doctest::Approx(0));
    CHECK(mirrored_point("chest") == "chest");
}

TEST_CASE("the corner and doorway guides follow the middle of the back forward") {
    for (std::string id : {"corner-stretch", "doorway-chest-stretch"}) {
        CAPTURE(id);
        const ExerciseKeys* k = test::shipped_library().find(id);
        REQUIRE(k);
        // Seen from behind and above, the breastbone lies behind the head: its arrow sat on the
        // back of the head and read as pushing the head forward (session 23). The middle of the
        // back, in sight, goes forward with the whole body.
        CHECK(k->guide == "mid_back");
        const std::vector<Vec3> path = sample_guide(*k);
        REQUIRE(path.size() == 2 * kGuideSamplesPerHalf);
        const auto [lo, hi] = std::minmax_element(path.begin(), path.end(), [](Vec3 a, Vec3 b) { return a.x < b.x; });
        CHECK(hi->x - lo->x > 0.1);  // forward, in x, by a clear step
        // A lean, not standing taller: furthest forward, the back is no higher than furthest back.
        CHECK(hi->y < lo->y + 0.005);
    }
}
