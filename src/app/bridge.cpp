// The automation and page API: plain C functions the page calls through
// Module.cwrap (web/limber.js wraps them as window.limber). Every value comes
// from the core; the page keeps no copy of the timer.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app.h"
#include "core/catalog.h"
#include "core/language.h"
#include "core/link.h"
#include "core/page_json.h"
#include "core/state_json.h"
#include "platform.h"

using limber::App;
using limber::app;

namespace {

// Valid until the next call; the page copies it at once.
std::string& reply() { return app().reply; }

template <typename F>
void command(F&& f) {
    App& a = app();
    limber::app_before_command(a);
    f(a);
}

limber::SavedKind saved_kind(int history) { return history ? limber::SavedKind::History : limber::SavedKind::Favourites; }

}  // namespace

extern "C" {

// Room for `bytes` of UTF-8 and a NUL, where the page writes text for the next call that
// takes some. cwrap's 'string' would copy it to the 5 MB wasm stack at 4 bytes a
// character, and a link or saved list over 1.3 million characters overran it.
// Past kMaxTextBytes the answer is null, which the page reports: failing to allocate
// would abort the core, and no link or saved list comes near it.
EMSCRIPTEN_KEEPALIVE char* limber_text_buffer(int bytes) {
    constexpr int kMaxTextBytes = 64 << 20;
    if (bytes < 0 || bytes > kMaxTextBytes) return nullptr;
    std::string& buffer = app().text_buffer;
    buffer.assign(static_cast<size_t>(bytes) + 1, '\0');
    return buffer.data();
}

// One snapshot per drawn frame (or command): however often the page reads it between
// frames, the state and its JSON are built once.
EMSCRIPTEN_KEEPALIVE const char* limber_state() { return limber::app_state_json(app()).c_str(); }

EMSCRIPTEN_KEEPALIVE const char* limber_timeline() {
    reply() = limber::timeline_json(app().session.timeline());
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_info() {
    App& a = app();
    const limber::Layout l = limber::layout_for(a.width, a.height);
    // Regions in drawing-buffer pixels; the page divides by devicePixelRatio for CSS pixels.
    auto rect = [](const SDL_FRect& r) { return nlohmann::json{{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}; };
    reply() = nlohmann::json{{"renderer", a.renderer ? nlohmann::json(a.renderer_name) : nlohmann::json()},
                             {"width", a.width},
                             {"height", a.height},
                             {"figure", rect(l.figure)},
                             {"hud", rect(l.hud)},
                             {"language", a.session.catalog().language},
                             {"catalogError", a.load_error.empty() ? nlohmann::json() : nlohmann::json(a.load_error)}}
                  .dump();
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_played_cues() {
    nlohmann::json list = nlohmann::json::array();
    for (const limber::PlayedCue& p : app().audio.played) {
        const double heard = p.heard_clock_ms.load();
        list.push_back({{"cue", limber::cue_name(p.cue)},
                        {"atMs", p.routine_ms},
                        {"dueClockMs", p.due_clock_ms},
                        {"voice", p.voice.empty() ? nlohmann::json() : nlohmann::json(p.voice)},
                        {"heardClockMs", heard == 0 ? nlohmann::json() : nlohmann::json(heard)}});
    }
    reply() = list.dump();
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE int limber_cue_count() { return static_cast<int>(app().cue_log.size()); }

// The logged cues from index `from` on, so the page reads only what is new.
EMSCRIPTEN_KEEPALIVE const char* limber_cues(int from) {
    nlohmann::json list = nlohmann::json::array();
    const auto& log = app().cue_log;
    for (size_t i = from < 0 ? 0 : static_cast<size_t>(from); i < log.size(); ++i) {
        const limber::LoggedCue& c = log[i];
        list.push_back({{"cue", limber::cue_name(c.cue)},
                        {"atMs", c.routine_ms},
                        {"exerciseId", c.exercise_id},
                        {"caption", c.caption},
                        {"played", c.played}});
    }
    reply() = list.dump();
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_catalog() {
    reply() = limber::catalog_json(app().session.catalog());
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_decode_link(const char* text) {
    const limber::Catalog& catalog = app().session.catalog();
    reply() = limber::link_json(catalog, limber::decode_link(catalog, text));
    return reply().c_str();
}

// A routine from the builder: its link and engine-computed length, or what is wrong.
EMSCRIPTEN_KEEPALIVE const char* limber_custom_routine(const char* request) {
    reply() = limber::custom_routine_json(app().session.catalog(), request);
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_read_saved(int history, const char* text) {
    reply() = limber::saved_read_json(saved_kind(history), text, app().session.catalog());
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_write_saved(int history, const char* request) {
    reply() = limber::saved_write_json(saved_kind(history), request);
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_history_summary(const char* request) {
    reply() = limber::history_summary_json(request);
    return reply().c_str();
}

// Starts a built-in routine by id, or any routine by link; returns "" or why not.
EMSCRIPTEN_KEEPALIVE const char* limber_start(const char* routine) {
    const limber::Catalog& catalog = app().session.catalog();
    const std::string text = routine;
    std::optional<limber::Routine> chosen;
    if (const limber::Routine* r = catalog.find_routine(text)) {
        chosen = *r;
        reply().clear();
    } else {
        limber::LinkDecode d = limber::decode_link(catalog, text);
        if (d.ok()) chosen = std::move(d.routine);
        reply() = d.error;
    }
    if (chosen)
        command([&](App& a) {
            a.session.start(*chosen, a.now_ms);
            limber::audio_reset(a.audio);
            a.cue_log.clear();
        });
    return reply().c_str();
}

EMSCRIPTEN_KEEPALIVE void limber_pause() {
    command([](App& a) { a.session.pause(a.now_ms); });
}
EMSCRIPTEN_KEEPALIVE void limber_resume() {
    command([](App& a) { a.session.resume(a.now_ms); });
}
EMSCRIPTEN_KEEPALIVE void limber_next() {
    command([](App& a) { a.session.next(a.now_ms); });
}
EMSCRIPTEN_KEEPALIVE void limber_previous() {
    command([](App& a) { a.session.previous(a.now_ms); });
}
EMSCRIPTEN_KEEPALIVE void limber_restart() {
    command([](App& a) { a.session.restart(a.now_ms); });
}
EMSCRIPTEN_KEEPALIVE void limber_leave() {
    command([](App& a) { a.session.leave(); });
}

EMSCRIPTEN_KEEPALIVE int limber_set_time_scale(double scale) {
    if (!(scale > 0 && scale <= 1000)) return 0;
    command([&](App& a) { a.session.set_time_scale(a.now_ms, scale); });
    return 1;
}

// prefers-reduced-motion: the figure holds each breath's key pose instead of moving
// continuously; timers and the breath disc carry on.
EMSCRIPTEN_KEEPALIVE void limber_set_reduced_motion(int reduce) {
    command([&](App& a) { a.session.set_still(reduce != 0); });
}

// prefers-color-scheme: the room, figure and dial in the colours of the page's theme.
EMSCRIPTEN_KEEPALIVE void limber_set_dark_theme(int dark) {
    command([&](App& a) { a.dark_theme = dark != 0; });
}

// The exercise `id` at its telling moment, as width x height RGBA pixels (4 bytes a pixel,
// row by row), in the dark (1) or light (0) palette, or the page's theme (-1). The pixels
// stay valid until the next call, the page copies them at once; 0 for an unknown
// exercise. Drawn without touching the player's picture or state.
EMSCRIPTEN_KEEPALIVE const Uint8* limber_exercise_image(const char* id, int width, int height, int dark) {
    App& a = app();
    const bool dark_palette = dark < 0 ? a.dark_theme : dark != 0;
    return a.stills.draw(a.session, id, width, height, limber::palette(dark_palette));
}

// The moment limber_exercise_image shows: "start", "in" (the end of the in-breath) or
// "out"; "" for an unknown exercise.
EMSCRIPTEN_KEEPALIVE const char* limber_exercise_moment(const char* id) {
    const std::optional<limber::Moment> m = limber::exercise_moment(app().session, id);
    return m ? limber::moment_name(*m) : "";
}

// Called from the page's first click or key handler: the browser only lets audio
// start inside a user gesture.
EMSCRIPTEN_KEEPALIVE int limber_audio_unlock() { return limber::audio_open(app().audio) ? 1 : 0; }

// The page saw a change the picture should show (canvas size, GPU context, sound output).
EMSCRIPTEN_KEEPALIVE void limber_wake() { limber::app_wake(app()); }

EMSCRIPTEN_KEEPALIVE void limber_nap_timer() { limber::app_nap_timer(app()); }

EMSCRIPTEN_KEEPALIVE int limber_chime() { return limber::audio_chime(app().audio) ? 1 : 0; }

// The words from now on, mid-routine too: the catalog in another language's words (the
// build lays each assets/lang/<code>.json over catalog.json into dist/lang-<code>.js), or
// nothing for the catalog's own. Answers why it was refused, the words staying as they
// were, or "".
EMSCRIPTEN_KEEPALIVE const char* limber_set_language(const char* catalog) {
    App& a = app();
    limber::app_before_command(a);
    reply().clear();
    if (!*catalog) {
        a.session.set_words(a.english);
        return reply().c_str();
    }
    limber::CatalogLoad load = limber::load_catalog(catalog, "the language's catalog");
    if (load.ok() && !limber::same_but_words(a.english, load.catalog))
        load.error = "the language's catalog: its exercises or routines are not the English ones";
    if (load.ok()) a.session.set_words(std::move(load.catalog));
    else reply() = load.error;
    return reply().c_str();
}

// The voice sheet, from dist/voice.js: the page decodes its Opus (the wasm SDL_mixer has
// no Opus decoder), writes the samples as a WAV then voice.json's text into the text
// buffer, one after the other.
EMSCRIPTEN_KEEPALIVE void limber_give_voice(int sheet_bytes) {
    std::string& buffer = app().text_buffer;
    if (sheet_bytes < 0 || buffer.empty() || static_cast<size_t>(sheet_bytes) > buffer.size() - 1) return;
    const size_t sheet_size = static_cast<size_t>(sheet_bytes);
    const std::string index = buffer.substr(sheet_size, buffer.size() - 1 - sheet_size);  // without the closing NUL
    buffer.resize(sheet_size);
    // Megabytes of samples: handed over, never copied, so they are in memory once.
    limber::audio_give_voice(app().audio, std::move(buffer), index);
    std::string().swap(app().text_buffer);
}

EMSCRIPTEN_KEEPALIVE void limber_set_audio(int sound, int voice, int tones, double volume, int count_reps) {
    limber::Audio& audio = app().audio;
    audio.settings = {sound != 0, voice != 0, tones != 0, volume >= 0 ? (volume > 1 ? 1 : volume) : 0};  // NaN: silent
    limber::audio_apply_settings(audio);
    app().session.set_count_reps(count_reps != 0);  // the captions follow it, so it is the core's
}

}  // extern "C"
