#include "palette.h"

namespace limber {

namespace {

constexpr Palette kLight{
    // room: background, floor
    {238, 242, 239, 255},
    {214, 222, 217, 255},
    // figure: shirt (near, far), shoulder blades, trousers (near, far)
    kShirt,
    {79, 132, 138, 255},
    {136, 190, 192, 255},
    {70, 82, 108, 255},
    {96, 108, 134, 255},
    // skin (near, far), hair, shoes
    {232, 196, 168, 255},
    {212, 176, 150, 255},
    {92, 72, 62, 255},
    {64, 66, 76, 255},
    // props: mat (plain, edge), wall (face, edge)
    {150, 172, 160, 255},
    {122, 146, 134, 255},
    {226, 230, 226, 255},
    {196, 203, 198, 255},
    // wood (light, dark), roller (shell, core), iron
    {186, 150, 112, 255},
    {150, 116, 84, 255},
    {112, 150, 190, 255},
    {92, 128, 168, 255},
    {74, 78, 88, 255},
    // dial: track, work, lead-in, breath, next-up inset
    {214, 223, 219, 255},
    {59, 110, 116, 255},
    {201, 139, 79, 255},
    {143, 185, 168, 200},
    {248, 250, 248, 255},
    // the mat texture's shade
    255,
    // the working sleeve (near, far): warm against the teal shirt and the pale room
    kWorking,
    {214, 122, 86, 255},
    // shadow tones: shirt, trousers, skin, hair, shoes, working sleeve; the eyes
    {38, 78, 84, 255},
    {48, 58, 80, 255},
    {196, 152, 126, 255},
    {62, 46, 40, 255},
    {40, 42, 50, 255},
    {150, 60, 28, 255},
    {50, 40, 38, 255},
    // motion guide: path, arrowheads and the point now (violet: no part of the figure or props)
    kGuide,
    {126, 58, 158, 255},
    // contact mark
    kContact,
};

// Close to the page's dark panel (#1e2728); lighter clothes and props, so that nothing
// the figure does is lost against the room.
constexpr Palette kDark{
    // room: background, floor
    {30, 39, 40, 255},
    {45, 57, 58, 255},
    // figure: shirt (near, far), shoulder blades, trousers (near, far)
    {92, 166, 170, 255},
    {70, 136, 140, 255},
    {160, 214, 214, 255},
    {126, 140, 178, 255},
    {102, 114, 150, 255},
    // skin (near, far), hair, shoes
    {232, 196, 168, 255},
    {198, 164, 138, 255},
    {150, 116, 96, 255},
    {160, 164, 178, 255},
    // props: mat (plain, edge), wall (face, edge)
    {92, 118, 106, 255},
    {70, 94, 84, 255},
    {56, 68, 69, 255},
    {82, 97, 97, 255},
    // wood (light, dark), roller (shell, core), iron
    {170, 134, 98, 255},
    {136, 104, 74, 255},
    {104, 144, 188, 255},
    {84, 120, 160, 255},
    {156, 162, 176, 255},
    // dial: track, work, lead-in, breath, next-up inset
    {55, 70, 70, 255},
    {124, 194, 192, 255},
    {226, 160, 96, 255},
    {84, 138, 122, 200},
    {40, 51, 52, 255},
    // the mat texture's shade
    150,
    // the working sleeve (near, far)
    {240, 138, 90, 255},
    {204, 112, 72, 255},
    // shadow tones: shirt, trousers, skin, hair, shoes, working sleeve; the eyes
    {56, 112, 116, 255},
    {84, 94, 128, 255},
    {184, 146, 120, 255},
    {108, 80, 66, 255},
    {112, 116, 130, 255},
    {178, 92, 56, 255},
    {60, 48, 44, 255},
    // motion guide: path, arrowheads and the point now
    {118, 92, 140, 255},
    {206, 160, 240, 255},
    // contact mark
    {236, 192, 72, 255},
};

}  // namespace

const Palette& palette(bool dark) { return dark ? kDark : kLight; }

}  // namespace limber
