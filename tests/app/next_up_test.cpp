// The dial's next-up figure is painted once and then repainted from what was kept: the
// picture must be the one a fresh painting gives, in the frame's size and colours.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <tuple>
#include <vector>

#include "../core/test_catalog.h"
#include "app/scene.h"

using namespace limber;

namespace {

// One frame of the player drawn with SDL's software renderer: its pixels and what it sent.
struct Frame {
    std::vector<Uint8> pixels;
    int vertices_sent;
};

Frame draw(const Session& session, const State& state, Stage& stage, int width, int height, bool dark) {
    std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> surface{
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32), SDL_FreeSurface};
    REQUIRE(surface);
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface.get());
    REQUIRE(renderer);
    MatTexture mat;
    PaintBuffers buffers;
    draw_scene(renderer, layout_for(width, height), state, session, mat, stage, palette(dark), buffers);
    SDL_RenderPresent(renderer);
    mat.release();
    SDL_DestroyRenderer(renderer);
    const auto* p = static_cast<const Uint8*>(surface->pixels);
    return {std::vector<Uint8>(p, p + surface->pitch * height), buffers.vertices_sent};
}

}  // namespace

TEST_CASE("the next-up figure repainted from what was kept is the figure painted afresh, at any size and in either theme") {
    Session session(test::shipped_catalog());
    REQUIRE(session.start("micro-break", 0));
    const State ready = session.state(500);
    REQUIRE(ready.phase == Phase::Ready);

    Stage kept;
    const Frame first = draw(session, ready, kept, 640, 400, false);
    REQUIRE(kept.has_next_up);
    CHECK(kept.next_up.vertices.size() > 200);  // a whole figure, not a dot
    const Frame again = draw(session, ready, kept, 640, 400, false);
    CHECK(again.pixels == first.pixels);
    CHECK(again.vertices_sent == first.vertices_sent);

    for (auto [width, height, dark] : {std::tuple{640, 400, true}, std::tuple{480, 520, true}, std::tuple{480, 520, false}}) {
        CAPTURE(width);
        CAPTURE(dark);
        Stage fresh;
        const Frame repainted = draw(session, ready, kept, width, height, dark);
        const Frame painted = draw(session, ready, fresh, width, height, dark);
        CHECK(repainted.pixels == painted.pixels);
    }
}

TEST_CASE("shapes are kept only while the queue has not gone to the renderer since the mark") {
    std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> surface{
        SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_RGBA32), SDL_FreeSurface};
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface.get());
    REQUIRE(renderer);
    PaintBuffers buffers;
    {
        Painter paint(renderer, palette(false), buffers);
        paint.rect({0, 0, 4, 4}, paint.palette().shirt);
        const PaintMark from = paint.mark();
        paint.disc({20, 20}, 8, paint.palette().shirt);
        PaintedShapes kept;
        REQUIRE(paint.keep_since(from, kept));
        CHECK(kept.indices.size() > 3 * 8);
        CHECK(*std::min_element(kept.indices.begin(), kept.indices.end()) == 0);  // its own vertices, from the first
        paint.renderer();                                                         // sends the queue
        CHECK_FALSE(paint.keep_since(from, kept));
    }
    SDL_DestroyRenderer(renderer);
}
