// The player draws a display frame only when its picture would visibly change: drawn
// frames stay within kMostDrawnStep of each other unless one display frame moves farther,
// a change in steps is drawn at once, and slow motion lets most display frames pass.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/redraw.h"

using namespace limber;

namespace {

Picture one_point(float x, float y, std::vector<int> marks = {}) { return Picture{{Vec2{x, y}}, std::move(marks)}; }

struct Run {
    std::vector<int> drawn;  // display frames drawn, in order
    float worst = 0;         // the farthest a point went between two drawn frames that are not neighbours
};

// Display frames 0..n-1 of the pictures made by `at`, through one gate.
template <typename At>
Run play(int n, At at) {
    RedrawGate gate;
    Run run;
    Picture last_drawn;
    for (int i = 0; i < n; ++i) {
        const Picture p = at(i);
        if (!frame_due(gate, p, at(i + 1), false)) continue;
        if (!run.drawn.empty() && run.drawn.back() != i - 1) run.worst = std::max(run.worst, farthest_move(last_drawn, p));
        run.drawn.push_back(i);
        last_drawn = p;
    }
    return run;
}

}  // namespace

TEST_CASE("steady motion: drawn frames are at most kMostDrawnStep apart, and the slower it goes the fewer are drawn") {
    int drawn_before = 0;
    for (float speed : {0.05f, 0.2f, 0.4f, 0.7f}) {  // CSS pixels per display frame
        CAPTURE(speed);
        const Run run = play(600, [&](int i) { return one_point(10 + speed * static_cast<float>(i), 50); });
        CHECK(run.worst <= kMostDrawnStep);
        CHECK(static_cast<int>(run.drawn.size()) > drawn_before);
        drawn_before = static_cast<int>(run.drawn.size());
        // What is drawn stays near what a frame showing every display frame would draw.
        CHECK(run.drawn.size() >= static_cast<size_t>(600 * speed / kMostDrawnStep));
    }
    // A twentieth of a pixel a frame: a drawn frame every 30 display frames or so.
    const Run slow = play(600, [](int i) { return one_point(0.05f * static_cast<float>(i), 0); });
    CHECK(slow.drawn.size() < 60);
}

TEST_CASE("faster than kMostDrawnStep a display frame, every display frame is drawn") {
    const Run run = play(120, [](int i) { return one_point(3.0f * static_cast<float>(i), 0); });
    CHECK(run.drawn.size() == 120);
}

TEST_CASE("a motion that speeds up and slows down (a breath) stays within kMostDrawnStep between drawn frames") {
    for (float reach : {8.f, 40.f, 150.f}) {  // CSS pixels either way, over 4 s at 60 frames a second
        CAPTURE(reach);
        const Run run = play(1200, [&](int i) {
            const float t = static_cast<float>(i) / 60.f;
            return Picture{{Vec2{100 + reach * std::sin(t * 1.5708f), 80}, Vec2{100, 80 - reach * 0.5f * std::cos(t * 1.5708f)}},
                           {}};
        });
        CHECK(run.worst <= kMostDrawnStep);
        if (reach <= 8.f) CHECK(run.drawn.size() < 1200 / 3);
    }
}

TEST_CASE("a change in steps is drawn in the display frame it happens in, however small the motion") {
    RedrawGate gate;
    const auto due = [&](const Picture& p, bool forced = false) { return frame_due(gate, p, p, forced); };
    CHECK(due(one_point(0, 0, {1})));  // the first frame
    CHECK_FALSE(due(one_point(0.1f, 0, {1})));
    CHECK(due(one_point(0.1f, 0, {2})));                    // a mark changed: a new phase
    CHECK(due(Picture{{Vec2{0.1f, 0}, Vec2{5, 5}}, {2}}));  // another point to show
    CHECK_FALSE(due(Picture{{Vec2{0.1f, 0}, Vec2{5, 5}}, {2}}));
    CHECK(due(Picture{{Vec2{0.1f, 0}, Vec2{5, 5}}, {2}}, true));  // forced: a resize, a command
}

TEST_CASE("the frame before one that would stray too far is drawn, across a change in steps too") {
    RedrawGate gate;
    CHECK(frame_due(gate, one_point(0, 0, {1}), one_point(0.5f, 0, {1}), false));
    CHECK_FALSE(frame_due(gate, one_point(0.5f, 0, {1}), one_point(1.5f, 0, {1}), false));
    CHECK(frame_due(gate, one_point(1.5f, 0, {1}), one_point(2.5f, 0, {1}), false));  // 2.5 px would be too far
    CHECK_FALSE(frame_due(gate, one_point(1.6f, 0, {1}), one_point(1.7f, 0, {1}), false));
    // The next frame starts the next rep: drawn anyway, but its joints must not leap.
    CHECK(frame_due(gate, one_point(1.7f, 0, {1}), one_point(3.4f, 0, {2}), false));
    // A picture foreseen with other points: nothing to compare, so this frame is drawn.
    CHECK(frame_due(gate, one_point(1.7f, 0, {1}), Picture{{Vec2{1.7f, 0}, Vec2{5, 5}}, {1, 1}}, false));
}

TEST_CASE("a picture that comes to rest short of the last drawn one is drawn where it rests") {
    RedrawGate gate;
    const auto at = [](int i) { return one_point(0.1f * static_cast<float>(std::min(i, 8)), 0); };
    CHECK(frame_due(gate, at(0), at(1), false));
    bool drawn = false;
    for (int i = 1; i < 8; ++i) drawn = frame_due(gate, at(i), at(i + 1), false) || drawn;
    CHECK_FALSE(drawn);                           // 0.7 px in 7 frames: nothing worth a frame yet
    CHECK(frame_due(gate, at(8), at(9), false));  // it stopped 0.8 px from what is shown
    CHECK_FALSE(frame_due(gate, at(9), at(10), false));
    // At rest within kRestingOffset: nothing to draw.
    CHECK_FALSE(frame_due(gate, one_point(0.9f, 0), one_point(0.9f, 0), false));
    CHECK_FALSE(frame_due(gate, one_point(0.9f, 0), one_point(0.9f, 0), false));
}

TEST_CASE("farthest_move measures the farthest point, and pictures of different things are infinitely far apart") {
    CHECK(farthest_move(Picture{{Vec2{0, 0}, Vec2{1, 1}}, {}}, Picture{{Vec2{3, 4}, Vec2{1, 2}}, {}}) == doctest::Approx(5));
    CHECK(std::isinf(farthest_move(one_point(0, 0, {1}), one_point(0, 0, {2}))));
    CHECK(std::isinf(farthest_move(one_point(0, 0), Picture{{Vec2{0, 0}, Vec2{0, 0}}, {}})));
}
