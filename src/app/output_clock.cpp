#include "output_clock.h"

#include <algorithm>

namespace limber {

void OutputClock::reset(int rate, int frames_per_buffer) {
    period_ms_ = rate > 0 ? frames_per_buffer * 1000.0 / rate : 0;
    buffers_ = 0;
    origin_ms_ = 0;
}

void OutputClock::buffer_filled(double clock_ms) {
    const int64_t n = buffers_.load();
    origins_[static_cast<size_t>(n % kWindow)] = clock_ms - static_cast<double>(n) * period_ms_;
    const size_t known = static_cast<size_t>(std::min<int64_t>(n + 1, kWindow));
    origin_ms_ = *std::min_element(origins_.begin(), origins_.begin() + static_cast<std::ptrdiff_t>(known));
    buffers_ = n + 1;
}

double OutputClock::buffer_ms(int64_t n) const {
    if (buffers_.load() == 0) return 0;
    return origin_ms_.load() + static_cast<double>(n) * period_ms_;
}

}  // namespace limber
