// What the exercise is done on or with: mat, wall, door frame, chair, foam roller,
// dumbbells, placed from the body so hands, back and seat meet them.
#pragma once

#include "core/exercise.h"
#include "figure_draw.h"

namespace limber {

// The mat's texture, from the PNG in assets/; without one (missing or corrupt
// file, no renderer support) the mat is drawn plain and the reason is logged once.
class MatTexture {
public:
    SDL_Texture* get(SDL_Renderer* renderer);
    void release();  // before its renderer is destroyed; get() makes it anew
    ~MatTexture();

private:
    SDL_Renderer* renderer_ = nullptr;
    SDL_Texture* texture_ = nullptr;
};

// Loads a PNG into a texture; nullptr (and a logged reason) when it cannot.
SDL_Texture* load_png_texture(SDL_Renderer* renderer, std::string_view bytes, const char* name);

// Props behind the figure go first, those in front of it (dumbbells) after.
void draw_props_behind(Painter& paint, SDL_Texture* mat, const Camera& cam, const Exercise& e, const Body& b);
void draw_props_front(Painter& paint, const Camera& cam, const Exercise& e, const Body& b);

}  // namespace limber
