// window.limber: the page's and the tests' view of the C++ core (docs/automation-api.md).
// Every value is read from the core on each call; nothing here keeps its own timer.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const frameListeners = new Set();
  let resolveReady;
  let rejectReady;
  const api = {
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
  };
  window.limber = api;

  let core = null;
  let watchedOutput = null;  // the audio context whose state changes wake the player
  createLimberCore({
    canvas,
    onRuntimeInitialized() {
      core = this;
      const call = (name, ret = null, args = []) => core.cwrap(name, ret, args);
      // Text for the core goes through its own buffer as UTF-8: toCore() writes it there and gives its address.
      const textBuffer = call('limber_text_buffer', 'number', ['number']);
      const encoder = new TextEncoder();
      const toCore = (value) => {
        const bytes = encoder.encode(String(value));
        const at = textBuffer(bytes.length);
        core.HEAPU8.set(bytes, at);  // read HEAPU8 after the call: growing the memory replaces it
        return at;
      };
      const fn = {
        state: call('limber_state', 'string'),
        timeline: call('limber_timeline', 'string'),
        info: call('limber_info', 'string'),
        playedCues: call('limber_played_cues', 'string'),
        start: call('limber_start', 'string', ['number']),
        catalog: call('limber_catalog', 'string'),
        decodeLink: call('limber_decode_link', 'string', ['number']),
        customRoutine: call('limber_custom_routine', 'string', ['number']),
        readSaved: call('limber_read_saved', 'string', ['number', 'number']),
        writeSaved: call('limber_write_saved', 'string', ['number', 'number']),
        chime: call('limber_chime', 'number'),
        pause: call('limber_pause'),
        resume: call('limber_resume'),
        next: call('limber_next'),
        previous: call('limber_previous'),
        restart: call('limber_restart'),
        leave: call('limber_leave'),
        setTimeScale: call('limber_set_time_scale', 'number', ['number']),
        unlockAudio: call('limber_audio_unlock', 'number'),
        setAudio: call('limber_set_audio', null, ['number', 'number', 'number', 'number']),
        cues: call('limber_cues', 'string', ['number']),
        cueCount: call('limber_cue_count', 'number'),
        setReducedMotion: call('limber_set_reduced_motion', null, ['number']),
        setDarkTheme: call('limber_set_dark_theme', null, ['number']),
      };
      Object.assign(api, {
        state: () => JSON.parse(fn.state()),
        timeline: () => JSON.parse(fn.timeline()),
        info: () => JSON.parse(fn.info()),
        playedCues: () => JSON.parse(fn.playedCues()),
        // Canvas regions in CSS pixels relative to the canvas: where the figure and the HUD are drawn.
        regions() {
          const info = api.info();
          const k = canvas.clientWidth / info.width;
          const css = (r) => ({ x: r.x * k, y: r.y * k, w: r.w * k, h: r.h * k });
          return { figure: css(info.figure), hud: css(info.hud) };
        },
        catalog: () => JSON.parse(fn.catalog()),
        decodeLink: (text) => JSON.parse(fn.decodeLink(toCore(text))),
        // {name, items: [{exercise, reps | holdSeconds, sets, perSide}]} → decodeLink()'s answer for its link.
        customRoutine: (routine) => JSON.parse(fn.customRoutine(toCore(JSON.stringify(routine)))),
        // kind 'favourites' | 'history'; text as stored → {entries, skipped, error, fromNewer}.
        readSaved: (kind, text) => JSON.parse(fn.readSaved(kind === 'history' ? 1 : 0, toCore(text))),
        // {entries: [{link, atMs, durationMs}], kept: [raw skipped entries]} → the text to store.
        writeSaved: (kind, data) => fn.writeSaved(kind === 'history' ? 1 : 0, toCore(JSON.stringify(data))),
        chime: () => fn.chime() === 1,
        // A built-in routine's id, or any routine's link (see docs/links.md).
        start(routine = 'micro-break') {
          const problem = fn.start(toCore(routine));
          if (problem) throw new Error(`Cannot start "${routine}": ${problem}.`);
        },
        pause: () => fn.pause(),
        resume: () => fn.resume(),
        next: () => fn.next(),
        previous: () => fn.previous(),
        restart: () => fn.restart(),
        leave: () => fn.leave(),
        setTimeScale(x) {
          if (!fn.setTimeScale(Number(x))) throw new RangeError(`Time scale must be above 0 and at most 1000, not ${x}.`);
        },
        // Must run inside a click or key handler: browsers start audio only from a user gesture.
        unlockAudio() {
          fn.unlockAudio();
          const ctx = core.SDL2 && core.SDL2.audioContext;
          if (ctx && !Object.hasOwn(ctx, 'resume')) {
            // A browser may refuse sound even after a gesture (Safari rejects resume()): sound
            // stays off and the next gesture asks again. Emscripten's own gesture listeners call
            // resume() too, and would leave the refusal unhandled.
            const resume = ctx.resume.bind(ctx);
            ctx.resume = () => resume().catch(() => {});
          }
          if (ctx && ctx.state === 'suspended') ctx.resume();
          // The sleeping player draws a frame when the output starts or stops, so the
          // page's sound indicator (redrawn with every frame) follows it.
          if (ctx && ctx !== watchedOutput) {
            watchedOutput = ctx;
            ctx.addEventListener('statechange', () => core._limber_wake());
          }
          return api.state().audio;
        },
        // Any of {sound, voice, tones, volume}; the rest stay as they are.
        setAudio(changes) {
          const a = { ...api.state().audio, ...changes };
          const enabled = 'sound' in changes ? changes.sound : a.enabled;
          fn.setAudio(enabled ? 1 : 0, a.voice ? 1 : 0, a.tones ? 1 : 0, Math.min(1, Math.max(0, Number(a.volume) || 0)));
          return api.state().audio;
        },
        // Cues that came due since the routine started (from index `from` on): {cue, atMs, exerciseId, played}.
        cues: (from = 0) => JSON.parse(fn.cues(from)),
        cueCount: () => fn.cueCount(),
        setReducedMotion: (on) => fn.setReducedMotion(on ? 1 : 0),
        setDarkTheme: (on) => fn.setDarkTheme(on ? 1 : 0),
        onFrame(listener) {
          frameListeners.add(listener);
          return () => frameListeners.delete(listener);
        },
        // For the benchmark: the last drawn frame's clock time and cost inside the core, and the core's memory.
        metrics: () => ({
          frameClockMs: core._limber_frame_clock_ms(),
          frameCostMs: core._limber_frame_cost_ms(),
          heapBytes: core._limber_heap_bytes(),
          heapUsedBytes: core._limber_heap_used_bytes(),
        }),
      });
    },
    onFrame() {
      if (resolveReady) {
        resolveReady(api);
        resolveReady = null;
      }
      // One snapshot of the core's state per drawn frame, shared by every listener.
      if (frameListeners.size) {
        const snapshot = api.state();
        frameListeners.forEach((listener) => listener(snapshot));
      }
    },
    onAbort: (what) => rejectReady(new Error(`The player could not start: ${what}`)),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  }).catch((err) => rejectReady(err));
})();
