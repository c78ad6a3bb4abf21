#include "redraw.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {

namespace {

bool same_points(const Picture& a, const Picture& b) { return a.marks == b.marks && a.points.size() == b.points.size(); }

// As farthest_move, but across a change in steps too: a new phase or rep moves the same
// joints on. Pictures of different length cannot be compared: infinitely far apart.
float farthest_shift(const Picture& a, const Picture& b) {
    if (a.points.size() != b.points.size()) return std::numeric_limits<float>::infinity();
    float most = 0;
    for (size_t i = 0; i < a.points.size(); ++i)
        most = std::max(most, std::hypot(b.points[i].x - a.points[i].x, b.points[i].y - a.points[i].y));
    return most;
}

}  // namespace

bool may_pass(const Picture& drawn, const Picture& now, const Picture& next) {
    if (!same_points(drawn, now)) return false;
    const float offset = farthest_shift(drawn, now);
    if (offset > kDrawnStepAim || farthest_shift(drawn, next) > kDrawnStepAim) return false;
    return !(offset >= kRestingOffset && farthest_shift(now, next) < 0.01f);
}

float farthest_move(const Picture& a, const Picture& b) {
    return same_points(a, b) ? farthest_shift(a, b) : std::numeric_limits<float>::infinity();
}

bool frame_due(RedrawGate& gate, const Picture& now, const Picture& next, bool forced) {
    const bool due = forced || !gate.has_drawn || !may_pass(gate.drawn, now, next);
    if (due) {
        gate.drawn = now;
        gate.has_drawn = true;
    }
    return due;
}

}  // namespace limber
