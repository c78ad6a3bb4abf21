// When each sample handed to the audio output is heard. The output asks for a buffer
// of `frames` at a steady rate, but the callback that fills it runs late by a varying
// amount (it waits for the main thread in the browser), and the lateness does not move
// the buffer's slot in the output. So the slots are fitted as a regular grid: the
// least late of the recent callbacks marks it, and a skipped slot re-fits it within
// a window's worth of callbacks.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace limber {

class OutputClock {
public:
    // Callbacks fitted over; about 0.7 s at 1,024 frames and 44.1 or 48 kHz.
    static constexpr int kWindow = 32;

    void reset(int rate, int frames_per_buffer);
    // From the audio callback, after it filled buffer number buffers(): its clock time.
    void buffer_filled(double clock_ms);
    // Buffers filled so far: the next callback fills this one.
    int64_t buffers() const { return buffers_.load(); }
    // The clock time at which buffer `n` was (or will be) filled on the fitted grid.
    // Until one buffer has been filled there is no grid, and this is 0.
    double buffer_ms(int64_t n) const;

private:
    double period_ms_ = 0;
    std::array<double, kWindow> origins_{};  // callback time minus its place on the grid
    std::atomic<int64_t> buffers_{0};
    std::atomic<double> origin_ms_{0};
};

}  // namespace limber
