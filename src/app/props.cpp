#include "props.h"

#include <algorithm>
#include <cmath>

#include "core/image.h"
#include "embedded/assets.h"
#include "palette.h"

namespace limber {

namespace {

// Props are flat boards in the plane through the figure's root, facing the camera,
// until they are modelled in 3D: body units across and up that plane.
enum class Facing { Side, Front, Back };
Facing facing(const Camera& cam) {
    const Vec2 o = cam({0, 0, 0}), front = cam({1, 0, 0}), right = cam({0, 0, 1});
    if (std::abs(front.x - o.x) > std::abs(right.x - o.x)) return Facing::Side;
    return cam.depth({1, 0, 0}) > cam.depth({0, 0, 0}) ? Facing::Front : Facing::Back;
}
bool faces_screen_right(const Camera& cam) { return cam({1, 0, 0}).x > cam({0, 0, 0}).x; }

SDL_FRect span(const Camera& cam, float x0, float x1, float y0, float y1) {
    const Vec2 o = cam({0, 0, 0});
    const float a = o.x + x0 * cam.scale, b = o.x + x1 * cam.scale;
    return {std::min(a, b), o.y - y1 * cam.scale, std::abs(b - a), (y1 - y0) * cam.scale};
}

float screen_x(const Camera& cam, Vec3 p) { return (cam(p).x - cam({0, 0, 0}).x) / cam.scale; }

void mat(Painter& paint, SDL_Texture* texture, const Camera& cam, const Body& b) {
    float lo = 1e9f, hi = -1e9f;
    for (Vec3 p :
         {b.head, b.pelvis, b.toe[kLeft], b.toe[kRight], b.heel[kLeft], b.heel[kRight], b.fingers[kLeft], b.fingers[kRight]}) {
        lo = std::min(lo, screen_x(cam, p));
        hi = std::max(hi, screen_x(cam, p));
    }
    const float len = std::max(0.75f, hi - lo + 0.16f), centre = (lo + hi) / 2;
    const SDL_FRect r = span(cam, centre - len / 2, centre + len / 2, -0.018f, 0);
    paint.rect({r.x, r.y + r.h, r.w, std::max(1.f, 0.006f * cam.scale)}, paint.palette().mat_edge);
    if (texture) {
        const Uint8 shade = paint.palette().mat_shade;
        SDL_SetTextureColorMod(texture, shade, shade, shade);
        if (SDL_RenderCopyF(paint.renderer(), texture, nullptr, &r) == 0) return;
    }
    paint.rect(r, paint.palette().mat_plain);
}

void wall_ahead(Painter& paint, const Camera& cam, const Body& b, float width) {
    // Just beyond whatever reaches furthest forward: hands, wrists or elbows.
    const float dir = faces_screen_right(cam) ? 1.f : -1.f;  // the way the figure faces on screen
    float front = -1e9f;
    for (int s : {kLeft, kRight})
        for (Vec3 p : {b.elbow[s], b.wrist[s], b.fingers[s]}) front = std::max(front, dir * screen_x(cam, p));
    const float x = dir * (front + 0.022f);
    paint.rect(span(cam, x, x + dir * width, 0, 1.3f), paint.palette().wall);
    paint.rect(span(cam, x, x + dir * 0.008f, 0, 1.3f), paint.palette().wall_edge);
}

void door_frame(Painter& paint, const Camera& cam, const Body& b) {
    // Seen from the side, a little from behind: the jamb where the hands rest, the far
    // jamb a frame's depth behind it and the header over the head joining them, so it
    // reads as a doorway the figure leans through rather than a post.
    const float x = (screen_x(cam, b.wrist[kLeft]) + screen_x(cam, b.wrist[kRight])) / 2;
    const float back = faces_screen_right(cam) ? -1.f : 1.f;  // away from the way the figure faces
    const float far = x + back * 0.16f, top = 1.08f;
    paint.rect(span(cam, std::min(far, far + back * 0.06f), std::max(far, far + back * 0.06f), 0, top),
               paint.palette().wood_dark);
    paint.rect(span(cam, std::min(x, far) - 0.04f, std::max(x, far) + 0.04f, top, top + 0.08f), paint.palette().wood_dark);
    paint.rect(span(cam, x - 0.04f, x + 0.04f, 0, top + 0.08f), paint.palette().wood);
}

void chair(Painter& paint, const Camera& cam, const Body& b) {
    const float seat = static_cast<float>(b.pelvis.y) - 0.07f;
    const float c = screen_x(cam, b.pelvis);
    if (facing(cam) == Facing::Side) {
        const float knee = screen_x(cam, b.knee[kLeft]);
        const float front = c + (knee - c) * 0.8f, back = c - (knee - c) * 0.45f;
        paint.rect(span(cam, back, front, seat - 0.03f, seat), paint.palette().wood);
        for (float x : {back, front}) paint.rect(span(cam, x - 0.012f, x + 0.012f, 0, seat), paint.palette().wood_dark);
        paint.rect(span(cam, back - 0.012f, back + 0.012f, seat, seat + 0.36f), paint.palette().wood_dark);
        return;
    }
    if (facing(cam) == Facing::Front)
        paint.rect(span(cam, c - 0.19f, c + 0.19f, seat + 0.05f, seat + 0.4f), paint.palette().wood_dark);
    for (float x : {c - 0.17f, c + 0.17f}) paint.rect(span(cam, x - 0.014f, x + 0.014f, 0, seat), paint.palette().wood_dark);
    paint.rect(span(cam, c - 0.2f, c + 0.2f, seat - 0.035f, seat), paint.palette().wood);
}

void roller(Painter& paint, const Camera& cam, const Body& b) {
    // On the floor under the upper back, as tall as the back is lifted there.
    const float r = std::clamp((static_cast<float>(b.spine[0].y) - 0.06f) / 2, 0.035f, 0.07f);
    const Vec2 c = cam({b.spine[0].x, r, 0});
    paint.disc(c, r * cam.scale, paint.palette().roller);
    paint.disc(c, r * 0.45f * cam.scale, paint.palette().roller_core);
}

void dumbbells(Painter& paint, const Camera& cam, const Body& b) {
    for (int s : {kLeft, kRight}) {
        const Vec3 grip = between(b.wrist[s], b.fingers[s]);
        const Vec2 c = cam(grip);
        if (facing(cam) == Facing::Side) {
            paint.disc(c, 0.036f * cam.scale, paint.palette().iron);
            continue;
        }
        const float half = 0.05f * cam.scale;
        paint.capsule({c.x - half, c.y}, {c.x + half, c.y}, 0.012f * cam.scale, paint.palette().iron);
        for (float dx : {-half, half})
            paint.capsule({c.x + dx, c.y - 0.028f * cam.scale}, {c.x + dx, c.y + 0.028f * cam.scale}, 0.014f * cam.scale,
                          paint.palette().iron);
    }
}

}  // namespace

SDL_Texture* load_png_texture(SDL_Renderer* renderer, std::string_view bytes, const char* name) {
    const Image img = decode_png(bytes, name);
    if (!img.ok()) {
        SDL_Log("image: %s; drawing without it", img.error.c_str());
        return nullptr;
    }
    SDL_Texture* t = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, img.width, img.height);
    if (!t || SDL_UpdateTexture(t, nullptr, img.rgba.data(), img.width * 4) != 0) {
        SDL_Log("image: %s: %s; drawing without it", name, SDL_GetError());
        if (t) SDL_DestroyTexture(t);
        return nullptr;
    }
    return t;
}

SDL_Texture* MatTexture::get(SDL_Renderer* renderer) {
    if (renderer != renderer_) {
        if (texture_) SDL_DestroyTexture(texture_);
        renderer_ = renderer;
        texture_ = load_png_texture(renderer, asset("mat.png"), "mat.png");
    }
    return texture_;
}

void MatTexture::release() {
    if (texture_) SDL_DestroyTexture(texture_);
    texture_ = nullptr;
    renderer_ = nullptr;
}

MatTexture::~MatTexture() { release(); }

void draw_props_behind(Painter& paint, SDL_Texture* texture, const Camera& cam, const Exercise& e, const Body& b) {
    if (e.equipment == Equipment::Wall && facing(cam) == Facing::Side) wall_ahead(paint, cam, b, 3.f);
    if (e.equipment == Equipment::Wall && facing(cam) != Facing::Side) {
        paint.rect(span(cam, -0.55f, 0.55f, 0, 1.3f), paint.palette().wall);
        paint.rect(span(cam, -0.55f, 0.55f, 0, 0.05f), paint.palette().wall_edge);
    }
    if (e.equipment == Equipment::Doorway) door_frame(paint, cam, b);
    if (e.position == Position::Seated || e.equipment == Equipment::Chair) chair(paint, cam, b);
    if (place_of(e.position) == Place::Floor) mat(paint, texture, cam, b);
    if (e.equipment == Equipment::FoamRollerOrTowel) roller(paint, cam, b);
}

void draw_props_front(Painter& paint, const Camera& cam, const Exercise& e, const Body& b) {
    if (e.equipment == Equipment::BandOrDumbbells) dumbbells(paint, cam, b);
}

}  // namespace limber
