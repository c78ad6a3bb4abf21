#include "props.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/contacts.h"
#include "core/image.h"
#include "core/props.h"
#include "embedded/assets.h"
#include "palette.h"

namespace limber {

namespace {

// Light from above, a little from the figure's front and left: faces turned to it get the
// lit tone, the others the shadow tone.
constexpr Vec3 kLight{0.32, 0.85, -0.42};

SDL_Color tone(SDL_Color c, Vec3 outward) {
    const double lit = dot(unit(outward), unit(kLight));
    const double k = lit > 0 ? 0.86 + 0.14 * lit : 0.7;
    auto f = [k](Uint8 v) { return static_cast<Uint8>(std::lround(v * k)); };
    return {f(c.r), f(c.g), f(c.b), c.a};
}

// Whether a face with this outward normal at this point is turned toward the camera.
bool facing(const Camera& cam, Vec3 at, Vec3 outward) { return cam.depth(at + (unit(outward) * 0.01)) > cam.depth(at); }

SDL_Color colour_of(const Palette& c, Material m) {
    switch (m) {
        case Material::Wall: return c.wall;
        case Material::Wood: return c.wood;
        case Material::Mat: return c.mat_plain;
        case Material::Roller: return c.roller;
        case Material::Iron: return c.iron;
    }
    return c.wood;
}

// A box's six faces: the indices of their corners in `solid_points` (index bits: u 4,
// v 2, w 1), in order around each face, and their outward normals.
struct BoxFace {
    int corners[4];
    Vec3 outward;
};
std::array<BoxFace, 6> box_faces(const Solid& s) {
    return {{{{4, 5, 7, 6}, s.u},
             {{0, 1, 3, 2}, s.u * -1},
             {{2, 3, 7, 6}, s.v},
             {{0, 1, 5, 4}, s.v * -1},
             {{1, 3, 7, 5}, s.w},
             {{0, 2, 6, 4}, s.w * -1}}};
}

void draw_box(Painter& paint, SDL_Texture* mat, const Camera& cam, const Solid& s) {
    const std::vector<Vec3> p = solid_points(s);
    const SDL_Color base = colour_of(paint.palette(), s.material);
    for (const BoxFace& f : box_faces(s)) {
        if (!facing(cam, s.centre + f.outward, f.outward)) continue;
        Vec2 quad[4];
        for (int i = 0; i < 4; ++i) quad[i] = cam(p[static_cast<size_t>(f.corners[i])]);
        // The mat's top shows its texture; its edges, the edge colour.
        if (s.material == Material::Mat && f.outward.y > 0 && mat) {
            const Uint8 shade = paint.palette().mat_shade;
            if (paint.textured(mat, quad, {shade, shade, shade, 255})) continue;
        }
        const SDL_Color c = s.material == Material::Mat && f.outward.y <= 0 ? paint.palette().mat_edge : base;
        paint.convex(quad, 4, tone(c, f.outward));
    }
}

void draw_cylinder(Painter& paint, const Camera& cam, const Solid& s) {
    constexpr int kRim = 20;
    const std::vector<Vec3> p = solid_points(s, kRim);
    const SDL_Color base = colour_of(paint.palette(), s.material);
    std::vector<Vec2> all;
    for (Vec3 q : p) all.push_back(cam(q));
    // The round side, lit from above: the silhouette in shadow, its upper half lit.
    paint.convex(all, tone(base, {0, -1, 0}));
    std::vector<Vec2> upper;
    for (size_t i = 0; i < p.size(); ++i)
        if (dot(p[i] + (s.centre * -1), kLight) - dot(s.u, kLight) * (i < kRim ? -1 : 1) >= 0) upper.push_back(all[i]);
    if (upper.size() >= 3) paint.convex(upper, tone(base, kLight));
    for (int end : {0, 1}) {
        const Vec3 outward = s.u * (end ? 1 : -1);
        if (!facing(cam, s.centre + outward, outward)) continue;
        const std::vector<Vec2> rim(all.begin() + end * kRim, all.begin() + (end + 1) * kRim);
        paint.convex(rim, tone(base, outward));
        if (s.material == Material::Roller) {
            std::vector<Vec2> core;
            const Vec2 c = cam(s.centre + outward);
            for (Vec2 q : rim) core.push_back({c.x + (q.x - c.x) * 0.45f, c.y + (q.y - c.y) * 0.45f});
            paint.convex(core, paint.palette().roller_core);
        }
    }
}

// A box the figure shows through: its faces turned to the camera faintly filled, and
// every edge of those faces drawn, so it reads as a solid without hiding what is behind it.
void draw_see_through_box(Painter& paint, const Camera& cam, const Solid& s) {
    const std::vector<Vec3> p = solid_points(s);
    const SDL_Color base = colour_of(paint.palette(), s.material);
    std::pair<int, int> edges[24];  // of the faces shown, each once
    size_t n = 0;
    for (const BoxFace& f : box_faces(s)) {
        if (!facing(cam, s.centre + f.outward, f.outward)) continue;
        Vec2 quad[4];
        for (int i = 0; i < 4; ++i) quad[i] = cam(p[static_cast<size_t>(f.corners[i])]);
        SDL_Color faint = tone(base, f.outward);
        faint.a = 40;
        paint.convex(quad, 4, faint);
        for (int i = 0; i < 4; ++i) edges[n++] = std::minmax(f.corners[i], f.corners[(i + 1) % 4]);
    }
    std::sort(edges, edges + n);
    const auto* last = std::unique(edges, edges + n);
    SDL_Color edge = tone(base, {0, -1, 0});
    edge.a = 150;  // the body behind shows through the edges too
    for (const auto* e = edges; e != last; ++e)
        paint.capsule(cam(p[static_cast<size_t>(e->first)]), cam(p[static_cast<size_t>(e->second)]), 1.4f, edge);
}

void draw_solid(Painter& paint, SDL_Texture* mat, const Camera& cam, const Solid& s, bool over_figure) {
    if (over_figure && s.see_through && s.shape == Solid::Shape::Box) draw_see_through_box(paint, cam, s);
    else if (s.shape == Solid::Shape::Box) draw_box(paint, mat, cam, s);
    else draw_cylinder(paint, cam, s);
}

// Whether a solid that may cover the figure is nearer the camera than the part of the
// figure beside it: a door jamb against the arm resting on it, a dumbbell against the chest.
bool covers_figure(const Camera& cam, const Solid& s, const Body& b) {
    // A cut-away wall was cut because it comes between the eye and the body: it stays over it.
    if (s.see_through && s.material == Material::Wall) return true;
    // A dumbbell goes by the trunk it is held in front of or behind; so does a door frame,
    // which the chest leans past while the forearms rest on its faces (the scene draws a
    // forearm again over a jamb that covers the figure).
    Vec3 beside = b.spine[1];
    const bool door_frame = s.material == Material::Wood && s.leaned_on;
    if (s.material != Material::Iron && !door_frame) {
        double best = 1e9;
        for (int side : {kLeft, kRight})
            for (Vec3 p : {b.shoulder[side], b.elbow[side], b.wrist[side], b.hip[side], b.knee[side], b.head})
                if (distance(p, s.centre) < best) best = distance(p, s.centre), beside = p;
    }
    return cam.depth(s.centre) > cam.depth(beside);
}

// A pressed mark on the solid's face where a part of the body rests on it: a rounded
// stretch under the touch, wider than the part so it shows around it. On a roller it
// runs along the roller past the back lying across it, so it shows beside the back, but
// stops short of the ends, whose bare shell says a roller lies there. A face turned
// away shows its mark only through a see-through solid drawn over the figure (a door jamb
// seen from in front of the doorway, the forearm resting on its far face).
void draw_contact(Painter& paint, const Camera& cam, const Solid& s, const Contact& c, bool through) {
    constexpr int kArc = 8;
    if (!through && !facing(cam, c.from, c.normal)) return;
    Vec3 along = c.to + (c.from * -1);
    if (dot(along, along) < 1e-10) along = std::abs(c.normal.y) < 0.9 ? Vec3{0, 1, 0} : Vec3{1, 0, 0};
    const Vec3 side = unit({c.normal.y * along.z - c.normal.z * along.y, c.normal.z * along.x - c.normal.x * along.z,
                            c.normal.x * along.y - c.normal.y * along.x});
    along = unit({side.y * c.normal.z - side.z * c.normal.y, side.z * c.normal.x - side.x * c.normal.z,
                  side.x * c.normal.y - side.y * c.normal.x});
    const bool roller = s.shape == Solid::Shape::Cylinder;
    const double wide = roller ? 0.6 * std::sqrt(dot(s.u, s.u)) : c.radius * 1.7, deep = roller ? c.radius * 0.6 : wide;
    // Lifted off the face a little, so a curved roller's surface does not cover it.
    const Vec3 lift = c.normal * 0.004;
    std::vector<Vec2> pts;
    for (int end : {0, 1})
        for (int i = 0; i <= kArc; ++i) {
            const double a = M_PI * i / kArc, sign = end ? 1 : -1;
            const Vec3 centre = (end ? c.to : c.from) + lift;
            const Vec3 out = (side * (std::cos(a) * sign * wide)) + (along * (std::sin(a) * sign * deep));
            pts.push_back(cam(centre + out));
        }
    paint.convex(pts, paint.palette().contact);
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

FrameProps frame_props(const Camera& cam, const Exercise& e, const std::vector<Solid>& placed, const Body& b) {
    FrameProps props;
    props.behind = placed;
    for (const Solid& s : held_props(e, b)) props.behind.push_back(s);
    // Floor-level solids (the mat) go under everything standing on them; the rest far to near.
    std::stable_sort(props.behind.begin(), props.behind.end(), [&](const Solid& a, const Solid& c) {
        const bool floor_a = a.material == Material::Mat, floor_c = c.material == Material::Mat;
        if (floor_a != floor_c) return floor_a;
        return cam.depth(a.centre) < cam.depth(c.centre);
    });
    const auto over = std::stable_partition(props.behind.begin(), props.behind.end(),
                                            [&](const Solid& s) { return !(s.may_cover && covers_figure(cam, s, b)); });
    props.front.assign(over, props.behind.end());
    props.behind.erase(over, props.behind.end());
    props.behind_touches = find_contacts(b, props.behind);
    props.front_touches = find_contacts(b, props.front);
    return props;
}

void draw_props(Painter& paint, SDL_Texture* mat, const Camera& cam, const std::vector<Solid>& solids,
                const std::vector<Contact>& touches, bool over_figure) {
    // Behind the figure each solid's marks go on it before a nearer solid hides them; over it
    // the marks go last, so a nearer see-through solid's faint fill does not tint them (the
    // wall beside a door jamb, seen from in front of the doorway).
    auto marks = [&](size_t i) {
        for (const Contact& c : touches)
            if (c.solid == i) draw_contact(paint, cam, solids[i], c, over_figure && solids[i].see_through);
    };
    for (size_t i = 0; i < solids.size(); ++i) {
        draw_solid(paint, mat, cam, solids[i], over_figure);
        if (!over_figure) marks(i);
    }
    if (over_figure)
        for (size_t i = 0; i < solids.size(); ++i) marks(i);
}

}  // namespace limber
