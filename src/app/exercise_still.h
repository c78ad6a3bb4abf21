// A still of one exercise at its telling moment, drawn by the player's own scene code
// (same camera, props and palette) into pixels the page shows beside the exercise's name.
// The software renderer draws it, so it needs no window and no GPU.
#pragma once

#include <SDL2/SDL.h>

#include <optional>
#include <string_view>

#include "core/session.h"
#include "palette.h"
#include "props.h"

namespace limber {

// Wider or taller stills are refused: the page shows them beside text, never full screen.
constexpr int kMaxStillSide = 2048;

// The telling moment (core/keyframes.h) of exercise `id`; nothing for an exercise the catalog lacks.
std::optional<Moment> exercise_moment(const Session& session, std::string_view id);

class ExerciseStills {
public:
    ExerciseStills() = default;
    ExerciseStills(const ExerciseStills&) = delete;
    ExerciseStills& operator=(const ExerciseStills&) = delete;
    ~ExerciseStills();

    // Draws exercise `id` at its telling moment (a sided one on its left side) into
    // width x height RGBA pixels, row by row, 4 bytes a pixel, valid until the next call;
    // nullptr for an unknown exercise or a size the renderer cannot make.
    const Uint8* draw(const Session& session, std::string_view id, int width, int height, const Palette& palette);

private:
    bool resize(int width, int height);
    void release();

    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    MatTexture mat_;
    PaintBuffers buffers_;
};

}  // namespace limber
