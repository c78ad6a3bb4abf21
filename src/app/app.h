// The platform layer's whole state, in one plain struct, and the frame function.
#pragma once

#include <SDL2/SDL.h>

#include <string>
#include <vector>

#include "audio.h"
#include "core/session.h"
#include "core/state_json.h"
#include "exercise_still.h"
#include "props.h"
#include "scene.h"

namespace limber {

// A cue that came due on time, whether or not sound could play it: the page captions it.
struct LoggedCue {
    Cue cue;
    double routine_ms;
    std::string exercise_id;
    std::string caption;  // what the page shows for it, from the core
    bool played;
};

// What the page shows of the state beside the canvas that moves on by itself while a
// routine plays: it is told of a display frame that changed it, drawn or not.
struct Readout {
    int countdown_s = -1;
    long remaining_s = -1;
    std::string instruction, caption;
    bool operator==(const Readout& o) const {
        return countdown_s == o.countdown_s && remaining_s == o.remaining_s && instruction == o.instruction &&
               caption == o.caption;
    }
};

struct App {
    SDL_Window* window = nullptr;
    SDL_Renderer* renderer = nullptr;
    std::string renderer_name;
    Session session{Catalog{}};
    Catalog english;  // the catalog in its own words, which a language pack translates
    // The session's state at now_ms, computed once per frame or command: what the frame
    // draws and what the page reads, as JSON built at most once for it.
    State state;
    bool state_stale = true;
    std::string state_json;
    bool state_json_stale = true;
    AudioStatus state_json_audio;  // the audio part changes without commands: it is compared
    MatTexture mat;                // made on the renderer, released with it
    Stage stage;                   // what the current exercise's drawing keeps from frame to frame
    PaintBuffers paint;            // the frame's shapes, reused by every frame
    ExerciseStills stills;         // the page's pictures of exercises, drawn in software
    bool dark_theme = false;       // the page's colour scheme
    Audio audio;
    std::vector<CueEvent> waiting_cues;  // due, but the output is still starting
    std::vector<LoggedCue> cue_log;      // since the routine started
    int width = 960;                     // drawing buffer, device pixels
    int height = 540;
    float css_per_pixel = 1;    // CSS pixels to a drawing-buffer pixel
    Picture picture;            // what this display frame would show (core/redraw.h)
    State next_state;           // the session's state at the next display frame, foreseen
    Picture next_picture;       // and what that frame would show
    RedrawGate redraw;          // what decides whether it is drawn
    Readout readout;            // what the page last heard of
    double display_frames = 0;  // frames of the main loop while awake, since load
    double frames_drawn = 0;    // of them, drawn
    double now_ms = 0;          // the clock time the last frame (or command) showed
    double frame_clock_ms = 0;  // the clock time the last drawn frame showed
    double frame_cost_ms = 0;   // its update, render and nap planning time, for the benchmark
    bool needs_redraw = true;   // something changed that a still frame would not show
    bool was_moving = false;    // the last frame was of a running routine
    bool asleep = false;        // no frames until something changes (app_wake) or a nap ends
    bool napped = false;        // the frames since the last one were slept through
    // The nap under way: the clock time and layout of the frame before it, how many
    // display frames after that one it sleeps through, how many it may before the next
    // cue, and whether looking further might find more.
    double nap_from_ms = 0;
    Layout nap_layout;
    int nap_frames = 0;
    int nap_most = 0;
    bool nap_open = false;

    // The clock time of the last display frame while awake, and the interval between
    // them, smoothed: how far ahead the next one is foreseen.
    double last_display_ms = 0;
    double display_interval_ms = 1000.0 / 60;

    bool running = true;
    std::string load_error;   // a catalog that failed validation, shown by the page
    std::string reply;        // the bridge's last answer; the page copies it at once
    std::string text_buffer;  // where the page writes text for the bridge's next call
};

App& app();  // the one instance the browser bridge and main loop share

bool app_init(App& a);
void app_frame(App& a);
// Commands from the page and keyboard; each shows its effect in the next frame.
void app_before_command(App& a);
// Something outside the core changed what the picture should be: draw it in the next frame.
void app_wake(App& a);
// A nap's timer: it sleeps through more display frames that would all be let pass, or
// frames run again.
void app_nap_timer(App& a);
// The session's state at a.now_ms, computed only when a frame or command moved it.
const State& app_state(App& a);
// state_json of it, with the audio status as it is now.
const std::string& app_state_json(App& a);

}  // namespace limber
