#include <emscripten.h>

#include "platform.h"

// The page, not the core, notices what changes a still picture: the canvas resized (or
// moved to a screen of another pixel ratio) and a lost GPU context given back. Each
// wakes a sleeping main loop through limber_wake. The canvas is measured when the
// browser has just laid it out, so a frame never forces a layout to read its size, and
// once at start, so the first frame knows whether the page shows it.
// Plain listeners, not emscripten's: deleting a GL context drops every emscripten
// handler on the canvas.
EM_JS(void, watch_page, (), {
    const canvas = Module.canvas;
    Module.page = {pixels : [ 0, 0 ], ratio : 1, gpuRestored : false};
    const measure = () => {
        const box = canvas.getBoundingClientRect();
        Module.page.pixels = [ Math.round(box.width * devicePixelRatio), Math.round(box.height * devicePixelRatio) ];
        Module.page.ratio = devicePixelRatio;
        _limber_wake();
    };
    measure();
    new ResizeObserver(measure).observe(canvas);
    const watchRatio = () => matchMedia('(resolution: ' + devicePixelRatio + 'dppx)')
                                 .addEventListener('change', () => { measure(); watchRatio(); }, {once : true});
    watchRatio();
    canvas.addEventListener('webglcontextlost', (e) => e.preventDefault());
    canvas.addEventListener('webglcontextrestored', () => {
        Module.page.gpuRestored = true;
        _limber_wake();
    });
});

// The timer by which a nap looks further ahead or ends; a wake before it (a command, a
// resize) stops it.
EM_JS(void, start_nap_timer, (double ms), {
    Module.napTimer = setTimeout(() => {
        Module.napTimer = 0;
        _limber_nap_timer();
    }, ms);
});
EM_JS(void, stop_nap_timer, (), {
    clearTimeout(Module.napTimer);
    Module.napTimer = 0;
});

namespace limber {

void platform_init() { watch_page(); }

double platform_now_ms() { return emscripten_get_now(); }

bool platform_canvas_size(int& width, int& height, float& css_per_pixel) {
    // The page sizes the canvas with CSS; the drawing buffer follows at device pixels.
    const int w = EM_ASM_INT({ return Module.page.pixels[0]; });
    const int h = EM_ASM_INT({ return Module.page.pixels[1]; });
    const auto ratio = static_cast<float>(EM_ASM_DOUBLE({ return Module.page.ratio; }));
    if (w <= 0 || h <= 0 || !(ratio > 0) || (w == width && h == height && css_per_pixel == 1 / ratio)) return false;
    width = w;
    height = h;
    css_per_pixel = 1 / ratio;
    return true;
}

// A hidden canvas (the home view, the routine pages) measures 0 x 0; the page says
// when it is about to show it (a player link, shown once the core is ready).
bool platform_canvas_shown() {
    return EM_ASM_INT({ return Module.page.pixels[0] > 0 || Module.canvasComing ? 1 : 0; }) != 0;
}

bool platform_audio_running() {
    return EM_ASM_INT({
        const ctx = Module.SDL2 && Module.SDL2.audioContext;
        return ctx && ctx.state == 'running' ? 1 : 0;  // "==": clang-format splits the strict operator in EM_ASM
    });
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
    return EM_ASM_INT({
        const restored = Module.page.gpuRestored;
        Module.page.gpuRestored = false;
        return restored ? 1 : 0;
    }) != 0;
}

void platform_sleep() { emscripten_pause_main_loop(); }
void platform_nap(double ms) {
    emscripten_pause_main_loop();
    start_nap_timer(ms);
}
void platform_nap_on(double ms) { start_nap_timer(ms); }
void platform_wake() {
    stop_nap_timer();
    emscripten_resume_main_loop();
}

}  // namespace limber
