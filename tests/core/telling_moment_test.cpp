// The moment that tells an exercise (the one its still shows): content the core decides,
// beside the poses the session calls for.
#include <doctest/doctest.h>

#include <string>

#include "core/keyframes.h"
#include "test_poses.h"

using namespace limber;

namespace {

Pose with(int joint, double degrees) {
    Pose p;
    p[joint] = degrees;
    return p;
}

}  // namespace

TEST_CASE("the telling moment is the breath's end farther from the start") {
    ExerciseKeys keys;
    keys.in = {with(limb(kLeft, kElbow), 30)};
    keys.out = {with(limb(kLeft, kElbow), 10), with(limb(kRight, kShoulderFlex), 50)};
    CHECK(telling_moment(keys) == Moment::Out);
    CHECK(pose_at_moment(keys, Moment::Out)[limb(kRight, kShoulderFlex)] == 50);
    keys.out.back() = with(kThoracicRot, -30);  // as far as the in-breath's end, the other way
    CHECK(telling_moment(keys) == Moment::In);
    CHECK(pose_at_moment(keys, Moment::In)[limb(kLeft, kElbow)] == 30);
    keys.in.clear();
    CHECK(telling_moment(keys) == Moment::Out);
    CHECK(pose_at_moment(keys, Moment::In)[kThoracicRot] == 0);  // no in-breath: the start
    keys.out.clear();
    CHECK(telling_moment(keys) == Moment::Start);
    CHECK(std::string(moment_name(Moment::Start)) == "start");
    CHECK(std::string(moment_name(Moment::In)) == "in");
    CHECK(std::string(moment_name(Moment::Out)) == "out");
}

TEST_CASE("the seated rotation is told by its turn, on the out-breath, on either side") {
    const ExerciseKeys* keys = test::shipped_library().find("thoracic-rotation");
    REQUIRE(keys);
    CHECK(telling_moment(*keys) == Moment::Out);
    CHECK(telling_moment(keys_for(*keys, Side::Right)) == Moment::Out);
    CHECK(pose_at_moment(*keys, Moment::Out)[kThoracicRot] < -20);
}
