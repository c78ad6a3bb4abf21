// Figures for scripts/bench (docs/performance.md): when the last drawn frame was taken,
// what it cost inside the core, the geometry it sent to the renderer, how many display
// frames the main loop ran and drew, and how much memory the core holds.
#include <emscripten.h>
#include <malloc.h>

#include "app.h"

extern "C" {

EMSCRIPTEN_KEEPALIVE double limber_frame_clock_ms() { return limber::app().frame_clock_ms; }
EMSCRIPTEN_KEEPALIVE double limber_frame_cost_ms() { return limber::app().frame_cost_ms; }
EMSCRIPTEN_KEEPALIVE int limber_frame_draw_calls() { return limber::app().paint.draw_calls; }
EMSCRIPTEN_KEEPALIVE int limber_frame_vertices() { return limber::app().paint.vertices_sent; }
EMSCRIPTEN_KEEPALIVE int limber_frame_indices() { return limber::app().paint.indices_sent; }
EMSCRIPTEN_KEEPALIVE double limber_display_frames() { return limber::app().display_frames; }
EMSCRIPTEN_KEEPALIVE double limber_frames_drawn() { return limber::app().frames_drawn; }
EMSCRIPTEN_KEEPALIVE double limber_heap_bytes() { return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536; }
EMSCRIPTEN_KEEPALIVE double limber_heap_used_bytes() { return static_cast<double>(mallinfo().uordblks); }

}  // extern "C"
