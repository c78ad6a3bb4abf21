#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>

#include "platform.h"

namespace limber {

double platform_now_ms() { return emscripten_get_now(); }

bool platform_canvas_size(int& width, int& height) {
    // The page sizes the canvas with CSS; the drawing buffer follows at device pixels.
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int w = static_cast<int>(std::lround(css_w * ratio)), h = static_cast<int>(std::lround(css_h * ratio));
    if (w <= 0 || h <= 0 || (w == width && h == height)) return false;
    width = w;
    height = h;
    return true;
}

bool platform_audio_running() {
    return EM_ASM_INT({ return Module.SDL2 && Module.SDL2.audioContext && Module.SDL2.audioContext.state === 'running' ? 1 : 0; });
}

double platform_audio_latency_ms() {
    return EM_ASM_DOUBLE({
        const ctx = Module.SDL2 && Module.SDL2.audioContext;
        return ctx ? ((ctx.baseLatency || 0) + (ctx.outputLatency || 0)) * 1000 : 0;
    });
}

void platform_frame_drawn() {
    EM_ASM({ if (Module.onFrame) Module.onFrame(); });
}

bool platform_gpu_restored() {
    // The browser can take the WebGL context away (GPU reset, too many contexts) and gives
    // it back only if the loss is cancelled. Plain listeners, not emscripten's: deleting a
    // GL context drops every emscripten handler on the canvas.
    return EM_ASM_INT({
        if (!Module.gpu) {
            Module.gpu = {restored : false};
            Module.canvas.addEventListener('webglcontextlost', (e) => e.preventDefault());
            Module.canvas.addEventListener('webglcontextrestored', () => { Module.gpu.restored = true; });
        }
        const restored = Module.gpu.restored;
        Module.gpu.restored = false;
        return restored ? 1 : 0;
    }) != 0;
}

}  // namespace limber
