// The painter's shapes, drawn with SDL's software renderer into memory: where their
// edges fall.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/draw.h"
#include "canvas.h"

using namespace limber;

namespace {

constexpr SDL_Color kInk{40, 90, 160, 255};

// The shapes a test paints on a clear 160 x 100 picture, and what the painter sent.
struct Canvas : test::Canvas {
    Canvas() : test::Canvas(160, 100) {}
    bool painted(int x, int y) const { return at(x, y)[3] != 0; }
    bool inked(int x, int y) const {
        const Uint8* p = at(x, y);
        // Within a step of the ink: a soft rim drawn over solid ink blends ink with ink.
        auto near = [](Uint8 a, Uint8 b) { return std::abs(a - b) <= 2; };
        return near(p[0], kInk.r) && near(p[1], kInk.g) && near(p[2], kInk.b) && p[3] >= 250;
    }
};

}  // namespace

TEST_CASE("a limb is the hull of its two discs: round ends, straight sides along the outer tangents") {
    Canvas c;
    // Radii 12 and 6, 80 apart: the tangents close in by 0.075 a pixel, 9.0 from the axis at x 70.
    c.paint([](Painter& p) { p.hull({{{30, 40}, 12}, {{110, 40}, 6}}, kInk); });
    CHECK(c.inked(70, 40));
    CHECK(c.inked(70, 47));
    CHECK(c.inked(70, 33));
    CHECK_FALSE(c.inked(70, 51));
    CHECK_FALSE(c.inked(70, 29));
    CHECK(c.inked(20, 40));  // the wide end's cap
    CHECK_FALSE(c.inked(16, 40));
    CHECK(c.inked(114, 40));  // the narrow end's cap
    CHECK_FALSE(c.inked(118, 40));
    CHECK_FALSE(c.inked(30, 55));  // below the wide end
}

TEST_CASE("a limb seen end on, one disc inside the other, is the larger disc") {
    Canvas c;
    c.paint([](Painter& p) { p.hull({{{60, 50}, 30}, {{66, 50}, 6}}, kInk); });
    CHECK(c.inked(60 + 27, 50));
    CHECK(c.inked(60 - 27, 50));
    CHECK(c.inked(60, 50 - 27));
    CHECK_FALSE(c.inked(60 + 33, 50));
    CHECK_FALSE(c.inked(60 + 22, 50 + 22));  // outside the circle, inside its square
}

namespace {

double distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
    const double abx = b.x - a.x, aby = b.y - a.y, apx = p.x - a.x, apy = p.y - a.y;
    const double t = std::clamp((apx * abx + apy * aby) / (abx * abx + aby * aby), 0.0, 1.0);
    return std::hypot(apx - t * abx, apy - t * aby);
}

// Every pixel whose centre lies within `inside` of the line is inked; none beyond `outside` is touched.
void check_covers(const Canvas& c, const std::vector<Vec2>& line, bool closed, double inside, double outside) {
    int missing = 0, stray = 0;
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 160; ++x) {
            const Vec2 p{x + 0.5f, y + 0.5f};
            double d = 1e9;
            for (size_t i = 0; i + 1 < line.size() + (closed ? 1 : 0); ++i)
                d = std::min(d, distance_to_segment(p, line[i], line[(i + 1) % line.size()]));
            if (d <= inside && !c.inked(x, y)) ++missing;
            if (d > outside && c.painted(x, y)) ++stray;
        }
    CHECK(missing == 0);
    CHECK(stray == 0);
}

}  // namespace

TEST_CASE("a stroke covers its line to its half-width, with round ends and corners and no spikes") {
    Canvas c;
    SUBCASE("an open line bending gently") {
        const std::vector<Vec2> line{{20, 60}, {60, 50}, {100, 48}, {140, 30}};
        c.paint([&](Painter& p) { p.stroke(line.data(), line.size(), false, 5, kInk); });
        check_covers(c, line, false, 3, 7);
    }
    SUBCASE("a closed line that doubles back on itself, as a there-and-back guide does") {
        const std::vector<Vec2> line{{20, 50}, {80, 50}, {140, 50}, {80, 53}, {20, 53}};
        c.paint([&](Painter& p) { p.stroke(line.data(), line.size(), true, 3, kInk); });
        check_covers(c, line, true, 1, 5);
    }
}

TEST_CASE("a smooth closed stroke costs four vertices a point") {
    Canvas c;
    std::vector<Vec2> loop;
    for (int i = 0; i < 48; ++i)
        loop.push_back({80 + 35 * std::cos(i * 6.2831853f / 48), 50 + 35 * std::sin(i * 6.2831853f / 48)});
    c.paint([&](Painter& p) { p.stroke(loop.data(), loop.size(), true, 3, kInk); });
    CHECK(c.buffers.vertices_sent == 4 * 48);
    check_covers(c, loop, true, 1, 5);
}

TEST_CASE("a stroke leaves out the points of its line that lie straight between their neighbours") {
    Canvas c;
    // A guide's path is sampled finely: along its straight part a point a pixel apart adds
    // triangles, not shape; its bend keeps its points.
    std::vector<Vec2> line;
    for (int i = 0; i <= 100; ++i) line.push_back({20 + static_cast<float>(i), 30});
    for (int i = 1; i <= 12; ++i)
        line.push_back({120 + 30 * std::sin(i * 1.5707963f / 12), 60 - 30 * std::cos(i * 1.5707963f / 12)});
    c.paint([&](Painter& p) { p.stroke(line.data(), line.size(), false, 3, kInk); });
    check_covers(c, line, false, 1, 5);
    CHECK(c.buffers.vertices_sent < 4 * 20 + 2 * 64);  // the run's points and its two round ends
    CHECK(c.buffers.vertices_sent >= 4 * 8);           // the bend is still drawn as a bend
}
