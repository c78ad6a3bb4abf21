#include "embedded/assets.h"
#include "keyframes.h"

namespace limber {

const PoseLoad& shipped_poses() {
    static const PoseLoad load = load_poses(asset("poses.json"), "poses.json");
    return load;
}

}  // namespace limber
