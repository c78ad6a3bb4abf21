#include "app.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/catalog.h"
#include "core/keyframes.h"
#include "embedded/assets.h"
#include "platform.h"

namespace limber {

App& app() {
    static App instance;
    return instance;
}

namespace {

// Without a renderer, not even software, nothing can be drawn: the page hears of the abort.
void open_video(App& a) {
    a.window = SDL_CreateWindow("Limber", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, a.width, a.height, 0);
    if (!a.window) {
        SDL_Log("window: %s", SDL_GetError());
        std::abort();
    }
    a.renderer = SDL_CreateRenderer(a.window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!a.renderer) {
        // No WebGL (headless Firefox, blocked GPUs): SDL draws the same scene in software.
        SDL_Log("renderer: no accelerated renderer (%s), using software", SDL_GetError());
        a.renderer = SDL_CreateRenderer(a.window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!a.renderer) {
        SDL_Log("renderer: %s", SDL_GetError());
        std::abort();
    }
    SDL_RendererInfo info;
    SDL_GetRendererInfo(a.renderer, &info);
    a.renderer_name = info.name;
}

// A GPU context that was lost and came back holds none of the renderer's programs and
// textures. Window and renderer are made anew as at start: destroying the GL context
// also dropped SDL's event handlers on the canvas, which a new window registers again.
void renew_video(App& a) {
    SDL_Log("renderer: the GPU context was lost and is back; making the renderer anew");
    a.mat.release();
    SDL_DestroyRenderer(a.renderer);
    SDL_DestroyWindow(a.window);
    open_video(a);
    a.needs_redraw = true;
}

// The loop runs again, from its next display frame, whether it slept or napped.
void frames_again(App& a) {
    if (a.asleep) {
        a.asleep = false;
        platform_wake();
    }
}

}  // namespace

bool app_init(App& a) {
    // Keys reach SDL only when the canvas has focus, so Tab and typing keep working in the page.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        SDL_Log("video: %s", SDL_GetError());
        return false;
    }
    // The page handles pointer and touch input; SDL would queue every mouse move over the
    // canvas, unbounded while the loop sleeps, and cancel the browser's own handling.
    for (Uint32 type : {SDL_MOUSEMOTION, SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP, SDL_MOUSEWHEEL, SDL_FINGERMOTION, SDL_FINGERDOWN,
                        SDL_FINGERUP})
        SDL_EventState(type, SDL_IGNORE);
    // SDL's renderer draws in painter's order and never reads depth; without the buffer the
    // browser neither allocates nor clears one for each drawn frame.
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    platform_init();

    CatalogLoad load = load_catalog(asset("catalog.json"), "catalog.json");
    if (!load.ok()) {
        a.load_error = load.error;
        SDL_Log("catalog: %s", load.error.c_str());
    }
    if (!shipped_poses().ok()) SDL_Log("poses: %s; the figure stands still", shipped_poses().error.c_str());
    a.english = load.catalog;
    a.session = Session(std::move(load.catalog));
    a.now_ms = platform_now_ms();
    return true;
}

void app_before_command(App& a) {
    a.now_ms = platform_now_ms();
    a.state_stale = true;
    a.waiting_cues.clear();  // they belong to the moment the command leaves behind
    app_wake(a);
}

void app_wake(App& a) {
    a.needs_redraw = true;
    frames_again(a);
}

const State& app_state(App& a) {
    if (a.state_stale) {
        a.state = a.session.state(a.now_ms);
        a.state_stale = false;
        a.state_json_stale = true;
    }
    return a.state;
}

const std::string& app_state_json(App& a) {
    const State& s = app_state(a);
    const AudioSettings& set = a.audio.settings;
    const AudioStatus audio{set.sound,
                            audio_state(a.audio),
                            set.voice,
                            set.tones,
                            set.volume,
                            audio_lead_ms(a.audio),
                            a.session.count_reps(),
                            a.audio.voice_arrived};
    if (a.state_json_stale || !(audio == a.state_json_audio)) {
        a.state_json = limber::state_json(s, audio);
        a.state_json_audio = audio;
        a.state_json_stale = false;
    }
    return a.state_json;
}

namespace {

// Cues are taken early by the output's latency so they are heard on the beat. The
// click that opens the output comes a moment before the browser reports it running,
// so due cues wait for it, but only while they would still be on the beat.
void play_cues(App& a) {
    const double scale = a.session.time_scale();
    const double t = a.session.routine_ms(a.now_ms);
    for (const CueEvent& cue : a.session.advance(a.now_ms, audio_lead_ms(a.audio) * scale)) {
        const CueContext context = a.session.context_of(cue);
        a.cue_log.push_back({cue.cue, static_cast<double>(cue.at_ms), context.exercise ? context.exercise->id : std::string(),
                             a.session.caption_of(cue), false});
        a.waiting_cues.push_back(cue);
    }
    const bool running = std::strcmp(audio_state(a.audio), "running") == 0;
    std::vector<CueEvent> still_waiting;
    for (const CueEvent& cue : a.waiting_cues) {
        const double due_clock = a.now_ms + (static_cast<double>(cue.at_ms) - t) / scale;
        if (due_clock < a.now_ms - kStaleCueMs) continue;
        if (running) {
            // Clips in another language than the captions' would say other words: tones only.
            const bool voice_says_captions = a.audio.voice.language == a.session.catalog().language;
            if (audio_play(a.audio, cue, voice_says_captions ? a.session.spoken(cue) : std::vector<std::string>{}, due_clock)) {
                for (LoggedCue& logged : a.cue_log)
                    if (logged.routine_ms == static_cast<double>(cue.at_ms) && logged.cue == cue.cue) logged.played = true;
            }
        } else if (a.audio.open) {
            still_waiting.push_back(cue);
        }
    }
    a.waiting_cues = std::move(still_waiting);
}

// A gap between display frames longer than this is a stall, not the display's pace.
constexpr double kLongestFrameMs = 100;

// The picture of the next display frame, one display interval on. Across a cut to
// another exercise or side it is this frame's: the next frame is drawn anyway, and
// picturing it would set the stage for the exercise to come.
const Picture& foreseen_picture(App& a, const Layout& layout, const State& s) {
    const double interval = a.now_ms - a.last_display_ms;
    if (a.napped) a.napped = false;  // the gap was a nap, not the display's pace
    else if (interval > 0 && interval < kLongestFrameMs) a.display_interval_ms += (interval - a.display_interval_ms) * 0.1;
    a.last_display_ms = a.now_ms;
    a.next_state = a.session.state(a.now_ms + a.display_interval_ms);
    if (a.next_state.exercise != s.exercise || a.next_state.side != s.side) return a.picture;
    picture_of(layout, a.next_state, a.session, a.stage, a.css_per_pixel, a.next_picture);
    return a.next_picture;
}

Readout readout_of(const State& s) { return {s.countdown_s, std::lround(s.remaining_ms / 1000), s.instruction, s.caption}; }

// A nap is at most this many display frames: foreseeing each costs about what running
// it would cost the core.
constexpr int kMostNapFrames = 12;
// They are foreseen this many at a time, first in the frame before the nap and then in its
// timer, so that no one frame pays for looking all the way ahead.
constexpr int kNapLookFrames = 4;
// Fewer frames than this are not worth the timer.
constexpr int kShortestNapFrames = 2;

// Foresees up to kNapLookFrames display frames past those the nap already sleeps through
// and adds those frame_due would let pass. Looking on from where the last look stopped
// counts what one look as far would (tests/core/redraw_test.cpp).
void nap_look(App& a) {
    const double interval = a.display_interval_ms;
    const int most = std::min(kNapLookFrames, a.nap_most - a.nap_frames);
    const int quiet = quiet_frames(a.nap_layout, a.session, a.stage, a.css_per_pixel, a.redraw, a.state,
                                   a.nap_from_ms + a.nap_frames * interval, interval, most,
                                   [&](const State& later) { return readout_of(later) == a.readout; });
    a.nap_frames += quiet;
    a.nap_open = quiet == most && a.nap_frames < a.nap_most;
}

// The loop is up again a frame before the first that might be drawn.
double nap_left_ms(const App& a) { return a.nap_from_ms + (a.nap_frames - 1) * a.display_interval_ms - platform_now_ms(); }

// After a frame of a moving picture, the loop sleeps through the display frames that
// would all be let pass, so the browser runs no frame for them at all. It is up again a
// frame before the first that might be drawn, before the next cue must go to the output
// and before the page must hear of a new readout.
void nap_while_quiet(App& a, const Layout& layout) {
    if (!a.waiting_cues.empty()) return;
    const double clock_to_cue =
        (a.session.next_cue_ms() - a.session.routine_ms(a.now_ms)) / a.session.time_scale() - audio_lead_ms(a.audio);
    a.nap_most = static_cast<int>(std::min<double>(kMostNapFrames, clock_to_cue / a.display_interval_ms - 1));
    a.nap_from_ms = a.now_ms;
    a.nap_frames = 0;
    a.nap_layout = layout;
    nap_look(a);
    if (a.nap_frames < kShortestNapFrames) return;
    a.asleep = true;
    a.napped = true;
    platform_nap(nap_left_ms(a));
}

}  // namespace

void app_nap_timer(App& a) {
    if (!a.asleep) return;
    if (a.nap_open) {
        nap_look(a);
        const double left_ms = nap_left_ms(a);
        if (left_ms > 0) {
            platform_nap_on(left_ms);
            return;
        }
    }
    frames_again(a);
}

void app_frame(App& a) {
    const double start_ms = platform_now_ms();
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_QUIT) a.running = false;
        if (e.type == SDL_WINDOWEVENT) a.needs_redraw = true;
    }
    if (platform_gpu_restored() && a.renderer) renew_video(a);
    if (platform_canvas_size(a.width, a.height, a.css_per_pixel) && a.window) {
        SDL_SetWindowSize(a.window, a.width, a.height);
        a.needs_redraw = true;
    }
    a.now_ms = platform_now_ms();
    audio_watch_latency(a.audio, a.now_ms);
    play_cues(a);
    a.state_stale = true;
    const State& s = app_state(a);
    if (!a.renderer) {
        // The home view and the routine pages hide the canvas. Its window and WebGL context
        // are made once it is shown or a routine starts: made at load, they would hold back
        // the page's first paint for a picture nobody sees.
        if (!platform_canvas_shown() && s.screen == Screen::Home) {
            platform_frame_drawn();  // the page learns the core is up
            a.asleep = true;
            platform_sleep();
            return;
        }
        open_video(a);
    }
    const bool moving = s.screen == Screen::Player && !s.paused;
    // Nothing changes on a still screen: skip the draw and let the GPU idle. The frame in
    // which the routine stops by itself (its end) is drawn, so the still picture is right.
    const bool awake = moving || a.was_moving || a.needs_redraw;
    a.was_moving = moving;
    if (!awake) {
        // A still picture needs no frames at all: even an empty requestAnimationFrame
        // callback costs the browser a frame's work. Commands and page events wake it.
        if (a.waiting_cues.empty()) {
            a.asleep = true;
            platform_sleep();
        }
        return;
    }
    ++a.display_frames;
    // A moving picture is drawn only when it would visibly change (core/redraw.h); the
    // cues above went out by the clock either way.
    const Layout layout = layout_for(a.width, a.height);
    picture_of(layout, s, a.session, a.stage, a.css_per_pixel, a.picture);
    if (!frame_due(a.redraw, a.picture, moving ? foreseen_picture(a, layout, s) : a.picture, a.needs_redraw || !moving)) {
        // The page still hears of a second ticking by or a new caption in a frame let pass.
        const Readout readout = readout_of(s);
        if (!(readout == a.readout)) {
            a.readout = readout;
            platform_frame_drawn();
        }
        nap_while_quiet(a, layout);
        return;
    }
    a.needs_redraw = false;
    SDL_GetRendererOutputSize(a.renderer, &a.width, &a.height);
    draw_scene(a.renderer, layout_for(a.width, a.height), s, a.session, a.mat, a.stage, palette(a.dark_theme), a.paint);
    SDL_RenderPresent(a.renderer);
    ++a.frames_drawn;
    a.readout = readout_of(s);
    a.frame_clock_ms = a.now_ms;
    if (moving) nap_while_quiet(a, layout);
    a.frame_cost_ms = platform_now_ms() - start_ms;
    platform_frame_drawn();
}

}  // namespace limber
