#include "redraw.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {

namespace {

bool same_points(const Picture& a, const Picture& b) { return a.marks == b.marks && a.points.size() == b.points.size(); }

}  // namespace

float farthest_move(const Picture& a, const Picture& b) {
    if (!same_points(a, b)) return std::numeric_limits<float>::infinity();
    float most = 0;
    for (size_t i = 0; i < a.points.size(); ++i)
        most = std::max(most, std::hypot(b.points[i].x - a.points[i].x, b.points[i].y - a.points[i].y));
    return most;
}

bool frame_due(RedrawGate& gate, const Picture& now, bool forced) {
    bool due = forced || !gate.has_drawn || !same_points(gate.drawn, now);
    if (!due) {
        // Each point goes on as it went over the last display frame: where will it be at
        // the next one? Without a last frame like this one it is taken as standing still.
        const bool has_step = same_points(gate.previous, now);
        float ahead = 0, offset = 0, step = 0;
        for (size_t i = 0; i < now.points.size(); ++i) {
            const Vec2 p = now.points[i], d = gate.drawn.points[i];
            const Vec2 s = has_step ? Vec2{p.x - gate.previous.points[i].x, p.y - gate.previous.points[i].y} : Vec2{};
            ahead = std::max(ahead, std::hypot(p.x + s.x - d.x, p.y + s.y - d.y));
            offset = std::max(offset, std::hypot(p.x - d.x, p.y - d.y));
            step = std::max(step, std::hypot(s.x, s.y));
        }
        // Skipping this frame would leave the next one too far to draw within the aim.
        due = ahead > kDrawnStepAim || offset > kDrawnStepAim;
        // Come to rest short of where the last drawn frame showed it.
        if (!due && step < 0.01f && offset >= kRestingOffset) due = true;
    }
    gate.previous = now;
    if (due) {
        gate.drawn = now;
        gate.has_drawn = true;
    }
    return due;
}

}  // namespace limber
