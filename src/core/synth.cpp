#include "synth.h"

#include <cmath>

namespace limber {

namespace {

constexpr double kTau = 6.283185307179586;

struct Note {
    double start_s, length_s, from_hz, to_hz, gain;
};

// A warm sine with a touch of second harmonic, soft attack and a long release,
// so cues sound like a bowl or a marimba rather than a beep.
void render(std::vector<double>& mix, int rate, const Note& n) {
    const size_t first = static_cast<size_t>(n.start_s * rate);
    const size_t count = static_cast<size_t>(n.length_s * rate);
    if (mix.size() < first + count) mix.resize(first + count, 0.0);
    double phase = 0;
    for (size_t i = 0; i < count; ++i) {
        const double u = static_cast<double>(i) / static_cast<double>(count);
        const double hz = n.from_hz * std::pow(n.to_hz / n.from_hz, u);
        phase += kTau * hz / rate;
        const double attack = std::min(1.0, static_cast<double>(i) / (0.012 * rate));
        const double env = attack * std::pow(1.0 - u, 2.0);
        mix[first + i] += n.gain * env * (std::sin(phase) + 0.18 * std::sin(2 * phase));
    }
}

std::vector<Note> notes_for(Cue cue) {
    switch (cue) {
        case Cue::BreatheIn: return {{0, 0.45, 392, 587, 0.5}};
        case Cue::BreatheOut: return {{0, 0.55, 587, 370, 0.5}};
        case Cue::KeepBreathing: return {{0, 0.5, 494, 494, 0.45}};
        case Cue::Halfway: return {{0, 0.3, 659, 659, 0.35}, {0.2, 0.45, 659, 659, 0.3}};
        case Cue::Form: return {};  // words only: with the voice off its caption carries it
        case Cue::Count3:
        case Cue::Count2: return {{0, 0.09, 880, 880, 0.35}};
        case Cue::Count1: return {{0, 0.12, 1175, 1175, 0.4}};
        case Cue::SwitchSides: return {{0, 0.22, 523, 523, 0.45}, {0.16, 0.35, 784, 784, 0.45}};
        case Cue::Rest: return {{0, 0.6, 392, 392, 0.4}};
        case Cue::NextUp: return {{0, 0.25, 523, 523, 0.4}, {0.12, 0.25, 659, 659, 0.4}, {0.24, 0.4, 784, 784, 0.4}};
        case Cue::Complete:
            return {{0, 0.5, 523, 523, 0.3}, {0.15, 0.5, 659, 659, 0.3}, {0.3, 0.5, 784, 784, 0.3}, {0.45, 0.9, 1047, 1047, 0.3}};
    }
    return {};
}

}  // namespace

std::vector<int16_t> synth_cue(Cue cue, int sample_rate) {
    std::vector<double> mix;
    for (const Note& n : notes_for(cue)) render(mix, sample_rate, n);
    std::vector<int16_t> out(mix.size());
    for (size_t i = 0; i < mix.size(); ++i) {
        const double v = std::max(-1.0, std::min(1.0, mix[i]));
        out[i] = static_cast<int16_t>(std::lround(v * 32767 * 0.8));
    }
    return out;
}

}  // namespace limber
