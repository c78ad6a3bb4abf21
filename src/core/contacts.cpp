#include "contacts.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

// A part of the body as a round-ended rod (a ball when both ends meet).
struct Part {
    std::string name;
    Vec3 a, b;
    double radius;
};

std::vector<Part> parts_of(const Body& b) {
    std::vector<Part> parts{{"head", b.head, b.head, Bones::head_radius},
                            {"upper_back", b.spine[1], b.spine[2], 0.062},
                            {"mid_back", b.spine[0], b.spine[1], 0.065},
                            {"pelvis", b.pelvis, b.pelvis, 0.07}};
    for (int s : {kLeft, kRight}) {
        const std::string side = s == kLeft ? "left_" : "right_";
        parts.push_back({side + "upper_arm", b.shoulder[s], b.elbow[s], 0.032});
        parts.push_back({side + "forearm", b.elbow[s], b.wrist[s], 0.026});
        parts.push_back({side + "hand", b.wrist[s], b.fingers[s], 0.018});
    }
    return parts;
}

// The point of the solid's surface nearest p, its outward normal there, and p's signed
// distance from the surface (negative inside).
struct Nearest {
    Vec3 point, normal;
    double distance;
};

Nearest nearest_on_box(const Solid& s, Vec3 p) {
    const Vec3 axes[3] = {s.u, s.v, s.w};
    const Vec3 d = p - s.centre;
    double local[3], half[3];
    for (int i = 0; i < 3; ++i) {
        half[i] = length(axes[i]);
        local[i] = dot(d, unit(axes[i]));
    }
    // Outside: clamp into the box. Inside: push out through the nearest face.
    bool inside = true;
    double clamped[3];
    for (int i = 0; i < 3; ++i) {
        clamped[i] = std::clamp(local[i], -half[i], half[i]);
        if (clamped[i] != local[i]) inside = false;
    }
    int face = 0;
    if (inside) {
        for (int i = 1; i < 3; ++i)
            if (half[i] - std::abs(local[i]) < half[face] - std::abs(local[face])) face = i;
        clamped[face] = local[face] < 0 ? -half[face] : half[face];
    } else {
        double worst = -1;
        for (int i = 0; i < 3; ++i)
            if (std::abs(local[i]) - half[i] > worst) worst = std::abs(local[i]) - half[i], face = i;
    }
    Vec3 point = s.centre;
    for (int i = 0; i < 3; ++i) point = point + unit(axes[i]) * clamped[i];
    const Vec3 normal = unit(axes[face]) * (local[face] < 0 ? -1.0 : 1.0);
    const double gap = length(p - point);
    return {point, normal, inside ? -gap : gap};
}

// The round side only: the rods that rest on a roller lie across it, not on its ends.
Nearest nearest_on_cylinder(const Solid& s, Vec3 p) {
    const Vec3 axis = unit(s.u);
    const double half = length(s.u), radius = length(s.v);
    const double along = std::clamp(dot(p - s.centre, axis), -half, half);
    const Vec3 on_axis = s.centre + axis * along;
    const Vec3 out = unit(p - on_axis);
    return {on_axis + out * radius, out, length(p - on_axis) - radius};
}

Nearest nearest_on(const Solid& s, Vec3 p) {
    return s.shape == Solid::Shape::Box ? nearest_on_box(s, p) : nearest_on_cylinder(s, p);
}

}  // namespace

std::vector<Contact> find_contacts(const Body& body, const std::vector<Solid>& props, double tolerance) {
    constexpr int kSamples = 12;
    std::vector<Contact> out;
    for (const Part& part : parts_of(body))
        for (size_t i = 0; i < props.size(); ++i) {
            if (!props[i].leaned_on) continue;
            bool touching = false;
            Contact c{part.name, i, {}, {}, {}, part.radius};
            Vec3 normal_sum;
            for (int k = 0; k <= kSamples; ++k) {
                const double t = static_cast<double>(k) / kSamples;
                const Nearest n = nearest_on(props[i], part.a + (part.b - part.a) * t);
                if (std::abs(n.distance - part.radius) > tolerance) continue;
                if (!touching) c.from = n.point;
                c.to = n.point;
                normal_sum = normal_sum + n.normal;
                touching = true;
            }
            if (!touching) continue;
            c.normal = unit(normal_sum);
            out.push_back(c);
        }
    return out;
}

}  // namespace limber
