#include "app/output_clock.h"

#include <doctest/doctest.h>

using limber::OutputClock;

namespace {

// 1,024 frames at 48 kHz: a buffer every 21 1/3 ms.
constexpr double kPeriod = 1024 * 1000.0 / 48000;
constexpr double kStart = 5000;

// Lateness of callback n: up to 15 ms, on time once every 8 callbacks.
double late_ms(int n) { return n % 8 == 3 ? 0 : (n * 7 % 15); }

}  // namespace

TEST_CASE("the output clock fits the slots under callbacks that run late") {
    OutputClock clock;
    clock.reset(48000, 1024);
    CHECK(clock.buffers() == 0);
    CHECK(clock.buffer_ms(0) == 0);
    for (int n = 0; n < 100; ++n) clock.buffer_filled(kStart + n * kPeriod + late_ms(n));
    CHECK(clock.buffers() == 100);
    CHECK(clock.buffer_ms(100) == doctest::Approx(kStart + 100 * kPeriod).epsilon(1e-12));
    CHECK(clock.buffer_ms(37) == doctest::Approx(kStart + 37 * kPeriod).epsilon(1e-12));
}

TEST_CASE("after a slot the output skipped, the clock keeps the old grid for at most its window, then the new one") {
    OutputClock clock;
    clock.reset(48000, 1024);
    for (int n = 0; n < 50; ++n) clock.buffer_filled(kStart + n * kPeriod + late_ms(n));
    // From here on buffer n fills slot n + 1.
    for (int n = 50; n < 58; ++n) clock.buffer_filled(kStart + (n + 1) * kPeriod + late_ms(n));
    CHECK(clock.buffer_ms(58) == doctest::Approx(kStart + 58 * kPeriod).epsilon(1e-12));
    for (int n = 58; n < 50 + OutputClock::kWindow; ++n) clock.buffer_filled(kStart + (n + 1) * kPeriod + late_ms(n));
    CHECK(clock.buffer_ms(50 + OutputClock::kWindow) ==
          doctest::Approx(kStart + (51 + OutputClock::kWindow) * kPeriod).epsilon(1e-12));
}
