#include "camera.h"

#include <algorithm>
#include <glm/gtc/matrix_transform.hpp>

namespace limber {

namespace {

// A narrow lens: enough perspective that nearer limbs are bigger, not so much that a
// hand reaching toward the viewer balloons.
constexpr float kFieldOfView = 0.55f;  // radians, vertical
constexpr float kNear = 0.1f, kFar = 50.f;

glm::vec3 v3(Vec3 p) { return {static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(p.z)}; }

// Normalised device coordinates: x right, y up, both -1..1 across the lens.
glm::vec2 ndc(const Camera& cam, Vec3 p) {
    const glm::vec4 clip = cam.clip * glm::vec4(v3(p), 1);
    const float w = std::max(clip.w, kNear);
    return {clip.x / w, clip.y / w};
}

}  // namespace

Vec2 Camera::operator()(Vec3 p) const {
    const glm::vec2 n = ndc(*this, p);
    return {centre.x + n.x * pixels_per_ndc, centre.y - n.y * pixels_per_ndc};
}

float Camera::depth(Vec3 p) const { return (view * glm::vec4(v3(p), 1)).z; }

float Camera::radius(Vec3 p, float body_units) const {
    // projection[1][1] is the lens's focal length in NDC units.
    return body_units * projection[1][1] * pixels_per_ndc / std::max(-depth(p), kNear);
}

Vec3 centre_of(const std::vector<Vec3>& points) {
    if (points.empty()) return {};
    Vec3 lo = points.front(), hi = points.front();
    for (Vec3 p : points) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
    }
    return between(lo, hi);
}

Camera fit_camera(const CameraAngle& angle, Vec3 target, const std::vector<Vec3>& fit, const SDL_FRect& box, float floor_margin,
                  float top_margin) {
    Camera cam;
    const Vec3 toward = toward_camera(angle);
    const glm::vec3 at = v3(target);
    const glm::vec3 eye = at + v3(toward) * static_cast<float>(angle.distance);
    cam.view = glm::lookAt(eye, at, glm::vec3(0, 1, 0));
    cam.projection = glm::perspective(kFieldOfView, 1.f, kNear, kFar);
    cam.clip = cam.projection * cam.view;
    glm::vec2 lo{1e9f}, hi{-1e9f};
    for (Vec3 p : fit) {
        const glm::vec2 n = ndc(cam, p);
        lo = glm::min(lo, n);
        hi = glm::max(hi, n);
    }
    if (fit.empty()) lo = hi = glm::vec2(0);
    const float room_h = box.h * (1 - floor_margin - top_margin);
    cam.pixels_per_ndc = std::min(box.w / std::max(hi.x - lo.x, 1e-3f), room_h / std::max(hi.y - lo.y, 1e-3f));
    // The points' lowest NDC y sits at the floor margin; their middle across the box's.
    cam.centre = {box.x + box.w / 2 - (lo.x + hi.x) / 2 * cam.pixels_per_ndc,
                  box.y + box.h * (1 - floor_margin) + lo.y * cam.pixels_per_ndc};
    cam.scale = cam.radius(target, 1);
    return cam;
}

}  // namespace limber
