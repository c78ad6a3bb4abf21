// A point or direction in body units, and the arithmetic the skeleton, the props, the
// contacts and the drawing share.
#pragma once

#include <cmath>

namespace limber {

// x: the figure's front, y: up, z: its right, while it stands upright at the origin.
struct Vec3 {
    double x = 0, y = 0, z = 0;
};

inline Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Vec3 operator*(Vec3 a, double k) { return {a.x * k, a.y * k, a.z * k}; }
inline double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Vec3 cross(Vec3 a, Vec3 b) { return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; }
inline double length(Vec3 a) { return std::sqrt(dot(a, a)); }
// The direction of `a`; the zero vector has none and stays zero.
inline Vec3 unit(Vec3 a) {
    const double n = length(a);
    return n > 1e-12 ? a * (1 / n) : Vec3{};
}

}  // namespace limber
