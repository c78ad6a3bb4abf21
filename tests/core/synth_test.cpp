#include <doctest/doctest.h>

#include <cstdlib>

#include "core/synth.h"

using namespace limber;

namespace {
// Upward zero crossings per second over a slice of the sound: its pitch.
double pitch(const std::vector<int16_t>& s, size_t from, size_t to, int rate) {
    int crossings = 0;
    for (size_t i = from + 1; i < to; ++i)
        if (s[i - 1] < 0 && s[i] >= 0) ++crossings;
    return crossings * static_cast<double>(rate) / static_cast<double>(to - from);
}
}  // namespace

TEST_CASE("breathe-in rises and breathe-out falls") {
    const int rate = 44100;
    const auto in = synth_cue(Cue::BreatheIn, rate);
    const auto out = synth_cue(Cue::BreatheOut, rate);
    REQUIRE(in.size() > static_cast<size_t>(rate / 5));
    REQUIRE(out.size() > static_cast<size_t>(rate / 5));
    CHECK(pitch(in, in.size() * 3 / 4 - rate / 20, in.size() * 3 / 4, rate) > 1.2 * pitch(in, 0, rate / 20, rate));
    CHECK(pitch(out, out.size() * 3 / 4 - rate / 20, out.size() * 3 / 4, rate) < 0.8 * pitch(out, 0, rate / 20, rate));
}

TEST_CASE("every cue with a tone is audible, short, and fades to silence without clipping") {
    for (Cue c : {Cue::NextUp, Cue::BreatheIn, Cue::BreatheOut, Cue::KeepBreathing, Cue::Halfway, Cue::Count3, Cue::Count2,
                  Cue::Count1, Cue::SwitchSides, Cue::Rest, Cue::Complete}) {
        CAPTURE(cue_name(c));
        const auto s = synth_cue(c, 22050);
        REQUIRE_FALSE(s.empty());
        CHECK(s.size() < 22050u * 2);
        int peak = 0;
        for (auto v : s) peak = std::max(peak, std::abs(static_cast<int>(v)));
        CHECK(peak > 5000);
        CHECK(peak < 32767);
        CHECK(std::abs(static_cast<int>(s.back())) < 200);
    }
}

TEST_CASE("the form reminder has no tone: it is words, captioned when the voice is off") {
    CHECK(synth_cue(Cue::Form, 22050).empty());
}
