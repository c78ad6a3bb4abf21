// The stills of exercises the page shows: drawn by the player's scene code with SDL's
// software renderer into memory, with no window, at the moment that tells the exercise.
#include <doctest/doctest.h>

#include "app/exercise_still.h"
#include "core/catalog.h"
#include "embedded/assets.h"

using namespace limber;

namespace {

Session shipped_session() {
    CatalogLoad load = load_catalog(asset("catalog.json"), "catalog.json");
    REQUIRE(load.ok());
    return Session(std::move(load.catalog));
}

struct Picture {
    std::vector<Uint8> rgba;
    int width, height;
    SDL_Color at(int x, int y) const {
        const Uint8* p = &rgba[static_cast<size_t>(4 * (y * width + x))];
        return {p[0], p[1], p[2], p[3]};
    }
};

Picture still(ExerciseStills& stills, const Session& session, const char* id, bool dark, int width = 160, int height = 120) {
    const Uint8* pixels = stills.draw(session, id, width, height, palette(dark));
    REQUIRE(pixels != nullptr);
    return {std::vector<Uint8>(pixels, pixels + 4 * width * height), width, height};
}

bool same(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

// The share of the picture above the floor that is neither room nor floor colour.
double drawn_share(const Picture& p, SDL_Color room, SDL_Color floor) {
    int drawn = 0, all = 0;
    for (int y = 0; y < p.height * 85 / 100; ++y)
        for (int x = 0; x < p.width; ++x, ++all) drawn += !same(p.at(x, y), room) && !same(p.at(x, y), floor);
    return static_cast<double>(drawn) / all;
}

}  // namespace

TEST_CASE("a still of each exercise in the room's colours, with its figure, unlike another exercise's") {
    const Session session = shipped_session();
    ExerciseStills stills;
    const Picture cobra = still(stills, session, "cobra", false);
    const SDL_Color light_room{238, 242, 239, 255}, light_floor{214, 222, 217, 255};
    CHECK(same(cobra.at(0, 0), light_room));
    CHECK(same(cobra.at(0, cobra.height - 1), light_floor));
    CHECK(drawn_share(cobra, light_room, light_floor) > 0.01);

    const Picture row = still(stills, session, "bent-over-row", false);
    int differ = 0;
    for (size_t i = 0; i < row.rgba.size(); i += 4)
        differ += row.rgba[i] != cobra.rgba[i] || row.rgba[i + 1] != cobra.rgba[i + 1];
    CHECK(differ > 160 * 120 / 50);

    const Picture dark = still(stills, session, "cobra", true);
    const SDL_Color dark_room = palette(true).background;
    CHECK(same(dark.at(0, 0), dark_room));
    CHECK(dark_room.r + dark_room.g + dark_room.b < 3 * 60);

    // Another size makes another surface; the same exercise draws the same picture.
    CHECK(still(stills, session, "cobra", false, 90, 60).rgba.size() == 90 * 60 * 4);
    CHECK(still(stills, session, "cobra", false).rgba == cobra.rgba);
    CHECK(exercise_moment(session, "cobra").has_value());
}

TEST_CASE("no still of an exercise the catalog lacks, nor of a size it cannot be") {
    const Session session = shipped_session();
    ExerciseStills stills;
    CHECK(stills.draw(session, "handstand", 100, 100, palette(false)) == nullptr);
    CHECK(stills.draw(session, "cobra", 0, 100, palette(false)) == nullptr);
    CHECK(stills.draw(session, "cobra", 100, kMaxStillSide + 1, palette(false)) == nullptr);
    CHECK_FALSE(exercise_moment(session, "handstand").has_value());
}

TEST_CASE("the page's moment of an exercise is the core's telling moment") {
    const Session session = shipped_session();
    REQUIRE(exercise_moment(session, "thoracic-rotation").has_value());
    CHECK(*exercise_moment(session, "thoracic-rotation") == Moment::Out);
}
