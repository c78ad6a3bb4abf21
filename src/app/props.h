// Draws what the exercise is done on or with (src/core/props.h: placed in the figure's
// world from the key poses), projected through the camera, far faces first, each face in
// a lit or a shadow tone.
#pragma once

#include "core/contacts.h"
#include "core/exercise.h"
#include "core/keyframes.h"
#include "core/props.h"
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

// The frame's props: `placed` (the exercise's props as placed from its keys on the side
// shown, props_for) and what the hands hold, each in the order it is drawn: floor-level
// first, then far to near. Those nearer the camera than the part of the figure beside them
// (a door jamb, a dumbbell) go over the figure, the rest under it. The touches are where
// the body rests on each list's solids (find_contacts), drawn as a mark after their solid.
struct FrameProps {
    std::vector<Solid> behind, front;
    std::vector<Contact> behind_touches, front_touches;
};
FrameProps frame_props(const Camera& cam, const Exercise& e, const std::vector<Solid>& placed, const Body& b);
// Over the figure (`over_figure`), a see-through solid shows only its edges and a faint fill.
void draw_props(Painter& paint, SDL_Texture* mat, const Camera& cam, const std::vector<Solid>& solids,
                const std::vector<Contact>& touches, bool over_figure = false);

}  // namespace limber
