// Shoulder rolls: the shoulders move inside the trunk's outline, so in the shirt's colour
// their loop could not be told from the chest's (outside judges saw "the top of the trunk
// rising round the neck"). Their caps wear the working tone there, and nowhere else.
#include <doctest/doctest.h>

#include "../core/test_catalog.h"
#include "app/figure_draw.h"
#include "app/palette.h"
#include "app/scene.h"
#include "canvas.h"
#include "core/session.h"

using namespace limber;
using test::apart;

namespace {

constexpr int kSize = 300;

// The colour drawn at the near shoulder's middle, half way through the in-breath, the
// figure seen as the player shows it.
SDL_Color near_shoulder(const Session& session, const std::string& id) {
    const int index = session.catalog().find_exercise(id);
    REQUIRE(index >= 0);
    const Exercise& e = session.catalog().exercises[static_cast<size_t>(index)];
    Stage kept;
    const Stage& stage = stage_for(kept, {0, 0, kSize, kSize}, session.poses(), &e, Side::None);
    REQUIRE(stage.has_keys);
    const Body b = build_body(stage.sided.in[stage.sided.in.size() / 2], stage.sided.support);
    test::Canvas canvas(kSize, kSize);
    canvas.paint([&](Painter& paint) { draw_figure(paint, stage.cam, b, stage.shown); });
    const int near = stage.cam.depth(b.shoulder[kLeft]) > stage.cam.depth(b.shoulder[kRight]) ? kLeft : kRight;
    return canvas.pixel(stage.cam(b.shoulder[near]));
}

// Nearer the working sleeve's tones than the shirt's.
bool working_tone(SDL_Color c) {
    const Palette& p = palette(false);
    return std::min(apart(c, p.working), apart(c, p.working_shadow)) < std::min(apart(c, p.shirt), apart(c, p.shirt_shadow));
}

}  // namespace

TEST_CASE("shoulder rolls mark the shoulders as working, and an exercise whose arms or blades work does not") {
    const Session session(test::shipped_catalog());
    CHECK(working_tone(near_shoulder(session, "shoulder-rolls")));
    for (const char* id : {"scapular-squeeze", "arm-circles", "wall-angels"}) {
        CAPTURE(id);
        CHECK_FALSE(working_tone(near_shoulder(session, id)));
    }
}
