// Cue sounds synthesised at start-up: short, soft tones whose shape says what
// they mean (rising for breathe in, falling for breathe out). Mono 16-bit.
#pragma once

#include <cstdint>
#include <vector>

#include "timeline.h"

namespace limber {

std::vector<int16_t> synth_cue(Cue cue, int sample_rate);

}  // namespace limber
