// What differs between the browser and a desktop window, behind one small API.
#pragma once

namespace limber {

void platform_init();                                                      // watch the page
double platform_now_ms();                                                  // monotonic clock
bool platform_canvas_size(int& width, int& height, float& css_per_pixel);  // true when the page resized it or its pixels
bool platform_canvas_shown();                                              // the page lays the canvas out
bool platform_audio_running();                                             // the output is really playing
double platform_audio_latency_ms();                                        // what the browser adds after SDL's buffer
void platform_frame_drawn();                                               // tells the page a new frame (or readout) is up
bool platform_gpu_restored();                                              // once, after a lost GPU context came back
void platform_sleep();                                                     // no frames until platform_wake()
void platform_nap(double ms);                                              // no frames for ms, then app_nap_timer()
void platform_nap_on(double ms);                                           // a nap goes on: app_nap_timer() in ms
void platform_wake();                                                      // frames again, a nap's end forgotten

}  // namespace limber
