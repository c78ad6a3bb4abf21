// The head drawn in profile and in three-quarter view: which way it faces reads from where
// its hair and its face's skin lie, whether it is upright or bowed to the floor.
#include <doctest/doctest.h>

#include <cmath>

#include "app/camera.h"
#include "app/figure_draw.h"
#include "app/palette.h"
#include "canvas.h"
#include "core/catalog.h"
#include "core/session.h"
#include "core/skeleton.h"
#include "embedded/assets.h"

using namespace limber;
using test::apart;

namespace {

constexpr int kSize = 200;

struct HeadPicture {
    test::Canvas canvas{kSize, kSize};
    Camera cam;

    // The whole figure drawn from `yaw` (90: its left side), the camera fitted to the head so
    // it fills the picture.
    explicit HeadPicture(const Body& b, double yaw = 90) {
        const double r = Bones::head_radius;
        const std::vector<Vec3> fit{b.head + Vec3{0, 1.2 * r, 0}, b.head + Vec3{0, -1.2 * r, 0}};
        cam = fit_camera({yaw, 0, 4}, b.head, fit, {0, 0, kSize, kSize}, 0.1f, 0.1f);
        canvas.paint([&](Painter& paint) { draw_figure(paint, cam, b); });
    }
    SDL_Color at(Vec3 p) const { return pixel(cam(p)); }
    SDL_Color pixel(Vec2 s) const { return canvas.pixel(s); }
};

// Nearer the hair's two tones than the skin's.
bool hair(SDL_Color c) {
    const Palette& p = palette(false);
    return std::min(apart(c, p.hair), apart(c, p.hair_shadow)) < std::min(apart(c, p.skin), apart(c, p.skin_shadow));
}

Session shipped_session() {
    CatalogLoad load = load_catalog(asset("catalog.json"), "catalog.json");
    REQUIRE(load.ok());
    return Session(std::move(load.catalog));
}

void check_profile(const Body& b) {
    const HeadPicture pic(b);
    const double r = Bones::head_radius;
    const Vec3 forward = unit(b.face - b.head);
    const Vec3 raw_up = b.head - b.neck;
    const Vec3 up = unit(raw_up - forward * dot(raw_up, forward));
    CHECK(hair(pic.at(b.head + (forward * (-0.5 * r)) + (up * (0.5 * r)))));        // the back of the crown
    CHECK(hair(pic.at(b.head + (up * (0.8 * r)))));                                 // the top
    CHECK_FALSE(hair(pic.at(b.head + (forward * (0.7 * r)) + (up * (-0.2 * r)))));  // the face
}

}  // namespace

TEST_CASE("head: in profile, hair covers the back and top of the skull and skin only the face") {
    const Session session = shipped_session();
    SUBCASE("standing upright") { check_profile(build_body(session.poses().neutral)); }
    SUBCASE("bowed over a hinge, looking at the floor") {
        const ExerciseKeys* row = session.poses().find("bent-over-row");
        REQUIRE(row != nullptr);
        check_profile(build_body(row->start, row->support));
    }
}

TEST_CASE("head: in a three-quarter view the face covers the middle of the head and most of its far half") {
    // A head drawn at its true angle there read as a profile on a body facing forward.
    const Body b = build_body(shipped_session().poses().neutral);
    for (double yaw : {40.0, -40.0}) {
        CAPTURE(yaw);
        const HeadPicture pic(b, yaw);
        const Vec2 middle = pic.cam(b.head);
        const float outline = pic.cam.radius(b.head, static_cast<float>(Bones::head_radius));
        const float looks = pic.cam(b.face).x > middle.x ? 1.f : -1.f;
        for (float k : {0.f, 0.3f, 0.6f}) {
            CAPTURE(k);
            CHECK_FALSE(hair(pic.pixel({middle.x - looks * k * outline, middle.y + 0.1f * outline})));
        }
        CHECK(hair(pic.pixel({middle.x, middle.y - 0.95f * outline})));  // hair on top
    }
}
