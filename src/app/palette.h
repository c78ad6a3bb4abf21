// The scene's colours. The room follows the page's theme: light by day, dim with the
// system's dark theme, where the figure, props and dial are lit to stand out from it.
#pragma once

#include <SDL2/SDL.h>

namespace limber {

struct Palette {
    SDL_Color background, floor;
    SDL_Color shirt, shirt_far, blade, trousers, trousers_far, skin, skin_far, hair, shoe;
    SDL_Color mat_plain, mat_edge, wall, wall_edge, wood, wood_dark, roller, roller_core, iron;
    SDL_Color track, work, lead_in, breath, inset;
    Uint8 mat_shade;                 // colour modulation of the mat's texture
    SDL_Color working, working_far;  // the sleeve of the arm that does the work on this side
    // Each part's tone on its side away from the light (the tones above are the lit side).
    SDL_Color shirt_shadow, trousers_shadow, skin_shadow, hair_shadow, shoe_shadow, working_shadow;
    SDL_Color eye;
    // The motion guide: its faint path, and its arrowheads and the point now on it.
    SDL_Color guide, guide_now;
    // Where the body presses on a prop it leans on: a mark on the prop's face.
    SDL_Color contact;
};

// The light palette's shirt; the browser tests look for it to find the figure.
constexpr SDL_Color kShirt{59, 110, 116, 255};
// The light palette's working sleeve, which the browser tests look for to find the working arm.
constexpr SDL_Color kWorking{200, 88, 44, 255};

// The light palette's motion guide path; the browser tests look for it.
constexpr SDL_Color kGuide{196, 150, 214, 255};

// The light palette's contact mark (gold: no part of the figure, props or guide); the browser tests look for it.
constexpr SDL_Color kContact{222, 170, 40, 255};

// The light palette, or with the dark theme the dark one.
const Palette& palette(bool dark);

}  // namespace limber
