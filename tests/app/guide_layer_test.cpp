// The motion guide drawn in two layers: the part of its path farther from the eye than a
// given depth under the figure, the rest over it, each part once.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "app/camera.h"
#include "app/figure_draw.h"
#include "app/palette.h"
#include "canvas.h"

using namespace limber;

namespace {

constexpr int kSize = 200;
constexpr float kJoin = 4;  // pixels

// A level ring round a point, seen from 45 degrees above: its far half is the upper half of
// the picture.
struct Ring {
    Vec3 centre{0, 0.5, 0};
    std::vector<Vec3> path;
    Camera cam;

    Ring() {
        for (int i = 0; i < 48; ++i) {
            const double a = 6.283185307179586 * i / 48;
            path.push_back(centre + Vec3{0.2 * std::cos(a), 0, 0.2 * std::sin(a)});
        }
        cam = fit_camera({0, 45, 4}, centre, path, {0, 0, kSize, kSize}, 0.1f, 0.1f);
    }
    Vec3 farthest() const {
        Vec3 far = path[0];
        for (Vec3 p : path)
            if (cam.depth(p) < cam.depth(far)) far = p;
        return far;
    }
};

struct Marks {
    int above = 0, below = 0;  // guide pixels above and below the ring's middle on the screen
};

int apart(const Uint8* px, SDL_Color c) { return std::abs(px[0] - c.r) + std::abs(px[1] - c.g) + std::abs(px[2] - c.b); }

Marks draw_layer(const Ring& ring, bool under_figure) {
    test::Canvas canvas(kSize, kSize);
    canvas.paint([&](Painter& paint) {
        const GuideLayer layer{ring.cam.depth(ring.centre), under_figure};
        draw_motion_guide(paint, ring.cam, {"left_fingers", ring.path, 1}, 1, {}, ring.farthest(), layer);
    });
    const Palette& c = palette(false);
    const float middle = ring.cam(ring.centre).y;
    Marks marks;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            const Uint8* px = canvas.at(x, y);
            if (px[3] == 0 || std::min(apart(px, c.guide), apart(px, c.guide_now)) > 24) continue;
            // Near the middle's row the halves join, their line ends overlapping.
            if (static_cast<float>(y) < middle - kJoin) ++marks.above;
            if (static_cast<float>(y) > middle + kJoin) ++marks.below;
        }
    return marks;
}

}  // namespace

TEST_CASE("guide layers: the far half of a path goes under the figure, the near half over it") {
    const Ring ring;
    const Marks under = draw_layer(ring, true), over = draw_layer(ring, false);
    MESSAGE("under the figure " << under.above << " above, " << under.below << " below; over it " << over.above << " above, "
                                << over.below << " below");
    CHECK(under.above > 100);
    CHECK(under.below == 0);
    CHECK(over.below > 100);
    CHECK(over.above == 0);
}
