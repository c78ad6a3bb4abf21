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

namespace {

// After each display frame of `at` (0..n-1), the frames frames_let_pass counts from there,
// checked against the gate itself: every counted frame is let pass. Returns, per frame,
// the frames counted and the frames the gate really let pass before its next draw.
template <typename At>
std::vector<std::pair<int, int>> naps(int n, At at, int most = 30) {
    RedrawGate gate;
    std::vector<std::pair<int, int>> out;
    for (int i = 0; i < n; ++i) {
        frame_due(gate, at(i), at(i + 1), false);
        const int counted = frames_let_pass(gate, most, [&](int k, Picture& p) {
            p = at(i + k);
            return true;
        });
        RedrawGate ahead = gate;
        int passed = 0;
        while (passed <= most && !frame_due(ahead, at(i + passed + 1), at(i + passed + 2), false)) ++passed;
        CAPTURE(i);
        CHECK(counted <= passed);
        out.emplace_back(counted, passed);
    }
    return out;
}

}  // namespace

TEST_CASE("frames_let_pass counts only frames the gate lets pass, all but the last of them in steady motion") {
    // 0.25 px a frame: a drawn frame, then frames 1 to 6 within 1.8 px (frame 7 sees 8's 2.0 px ahead).
    const auto steady = naps(200, [](int i) { return one_point(0.25f * static_cast<float>(i), 0); });
    CHECK(steady[0] == std::pair<int, int>{6, 6});
    for (const auto& [counted, passed] : steady) CHECK(counted >= passed - 1);
    // A breath: slow at its ends, fast in the middle.
    naps(400, [](int i) { return one_point(30 * std::sin(static_cast<float>(i) / 400 * 3.14159f), 0); });
    // A change in steps at frame 50 is drawn: nothing is counted past it.
    const auto stepped = naps(100, [](int i) { return one_point(0.01f * static_cast<float>(i), 0, {i >= 50 ? 1 : 0}); });
    CHECK(stepped[40].first == 9);  // frames 41 to 49; 50 shows the step
    // Coming to rest 1 px from the drawn frame at frame 4: frames 1 to 3 pass, 4 is drawn.
    const auto resting = naps(20, [](int i) { return one_point(0.25f * static_cast<float>(std::min(i, 4)), 0); });
    CHECK(resting[0].first == 3);
}

TEST_CASE("frames_let_pass looking on a few frames at a time from where it stopped counts what one look as far does") {
    // The app looks ahead 4 frames at a time, through the nap's timer, up to 12 in all.
    const auto chunked = [](const RedrawGate& gate, auto at, int i) {
        int counted = 0;
        for (;;) {
            const int most = std::min(4, 12 - counted);
            const int quiet = frames_let_pass(gate, most, [&](int k, Picture& p) {
                p = at(i + counted + k);
                return true;
            });
            counted += quiet;
            if (quiet < most || counted == 12) return counted;
        }
    };
    const auto compare = [&](int n, auto at) {
        RedrawGate gate;
        std::vector<int> counts;
        for (int i = 0; i < n; ++i) {
            frame_due(gate, at(i), at(i + 1), false);
            const int once = frames_let_pass(gate, 12, [&](int k, Picture& p) {
                p = at(i + k);
                return true;
            });
            CAPTURE(i);
            CHECK(chunked(gate, at, i) == once);
            counts.push_back(once);
        }
        return counts;
    };
    const auto slow = compare(300, [](int i) { return one_point(0.1f * static_cast<float>(i), 0); });
    CHECK(std::count(slow.begin(), slow.end(), 12) > 0);  // the looks went past the first 4
    const auto breath = compare(400, [](int i) { return one_point(30 * std::sin(static_cast<float>(i) / 400 * 3.14159f), 0); });
    CHECK(std::count_if(breath.begin(), breath.end(), [](int c) { return c > 4 && c < 12; }) > 0);
    compare(100, [](int i) { return one_point(0.01f * static_cast<float>(i), 0, {i >= 50 ? 1 : 0}); });
}

TEST_CASE("frames_let_pass stops where the picture cannot be foreseen, at `most`, and before any frame is drawn") {
    RedrawGate gate;
    const auto still = [](int, Picture& p) {
        p = one_point(0, 0);
        return true;
    };
    CHECK(frames_let_pass(gate, 30, still) == 0);  // nothing drawn yet: the next frame is
    frame_due(gate, one_point(0, 0), one_point(0, 0), false);
    CHECK(frames_let_pass(gate, 30, still) == 30);
    CHECK(frames_let_pass(gate, 0, still) == 0);
    CHECK(frames_let_pass(gate, -3, still) == 0);
    // The readout changes at the 5th frame from now: the 4th might be drawn, 1 to 3 pass.
    CHECK(frames_let_pass(gate, 30, [](int k, Picture& p) {
              p = one_point(0, 0);
              return k < 5;
          }) == 3);
}
