#include <SDL2/SDL.h>

#include "platform.h"

namespace limber {

void platform_init() {}

double platform_now_ms() {
    return static_cast<double>(SDL_GetPerformanceCounter()) * 1000.0 / static_cast<double>(SDL_GetPerformanceFrequency());
}

bool platform_canvas_size(int&, int&, float&) { return false; }

// The desktop window is the canvas.
bool platform_canvas_shown() { return true; }

bool platform_audio_running() { return SDL_GetAudioStatus() == SDL_AUDIO_PLAYING; }

double platform_audio_latency_ms() { return 0; }

void platform_frame_drawn() {}

bool platform_gpu_restored() { return false; }

// The desktop window only takes screenshots; it keeps looping.
void platform_sleep() {}
void platform_nap(double) {}
void platform_nap_on(double) {}
void platform_wake() {}

}  // namespace limber
