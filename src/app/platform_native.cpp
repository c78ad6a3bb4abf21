#include <SDL2/SDL.h>

#include "platform.h"

namespace limber {

double platform_now_ms() {
    return static_cast<double>(SDL_GetPerformanceCounter()) * 1000.0 / static_cast<double>(SDL_GetPerformanceFrequency());
}

bool platform_canvas_size(int&, int&) { return false; }

bool platform_audio_running() { return SDL_GetAudioStatus() == SDL_AUDIO_PLAYING; }

double platform_audio_latency_ms() { return 0; }

void platform_frame_drawn() {}

bool platform_gpu_restored() { return false; }

}  // namespace limber
