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

  // Arguments are checked here, so a wrong type gets a TypeError or RangeError that says
  // what was expected, and never reaches the core.
  const describe = (v) => {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'an array';
    if (typeof v === 'string') return v.length > 40 ? `a string of ${v.length} characters` : `"${v}"`;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
  };
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  function expect(ok, Err, what, v) {
    if (!ok) throw new Err(`${what}, not ${describe(v)}.`);
  }
  const expectString = (v, what) => expect(typeof v === 'string', TypeError, `${what} must be a string`, v);
  const expectBoolean = (v, what) => expect(typeof v === 'boolean', TypeError, `${what} must be true or false`, v);
  function expectNumber(v, what, optional = false) {
    if (optional && (v === undefined || v === null)) return;
    expect(typeof v === 'number', TypeError, `${what} must be a number`, v);
    expect(Number.isFinite(v), RangeError, `${what} must be a finite number`, v);
  }
  function expectSavedKind(kind, call) {
    expect(kind === 'favourites' || kind === 'history', TypeError, `${call}: kind must be "favourites" or "history"`, kind);
  }
  function asJson(value, what) {
    try {
      return JSON.stringify(value);
    } catch (err) {
      throw new TypeError(`${what} cannot be written as JSON: ${err.message}`);
    }
  }
  function savedRequest(data) {
    const call = 'writeSaved(kind, data)';
    expect(isObject(data), TypeError, `${call}: data must be an object {entries, kept}`, data);
    const { entries = [], kept = [] } = data;
    expect(Array.isArray(entries), TypeError, `${call}: entries must be an array`, entries);
    entries.forEach((e, i) => {
      expect(isObject(e), TypeError, `${call}: entries[${i}] must be an object {link, atMs, durationMs}`, e);
      expectString(e.link, `${call}: entries[${i}].link`);
      expectNumber(e.atMs, `${call}: entries[${i}].atMs`, true);
      expectNumber(e.durationMs, `${call}: entries[${i}].durationMs`, true);
      outcomeFields(e, `${call}: entries[${i}]`);
    });
    expect(Array.isArray(kept), TypeError, `${call}: kept must be an array`, kept);
    kept.forEach((raw, i) => expectString(raw, `${call}: kept[${i}]`));
    const plain = entries.map(({ link, atMs, durationMs, counts, exercises }) =>
      ({ link, atMs, durationMs, ...outcomeFields({ counts, exercises }) }));
    return asJson({ entries: plain, kept: [...kept] }, `${call}: data`);
  }
  // A history entry's record of skipping, {counts, exercises}: each optional (undefined or
  // null leave it out); the core judges the values.
  function outcomeFields(e, at = '') {
    const out = {};
    if (e.counts !== undefined && e.counts !== null) {
      if (at) expectBoolean(e.counts, `${at}.counts`);
      out.counts = e.counts;
    }
    if (e.exercises !== undefined && e.exercises !== null) {
      if (at) expect(Array.isArray(e.exercises), TypeError, `${at}.exercises must be an array of "done" | "skipped"`, e.exercises);
      out.exercises = [...e.exercises];
    }
    return out;
  }
  // The history as read, each time with its offset from UTC in this browser's time zone at
  // that moment, so the core puts every break on the local day it happened.
  function summaryRequest(entries, nowMs, offsetAt) {
    const call = 'historySummary(entries, nowMs)';
    expect(Array.isArray(entries), TypeError, `${call}: entries must be an array`, entries);
    expectNumber(nowMs, `${call}: nowMs`);
    const plain = entries.map((e, i) => {
      expect(isObject(e), TypeError, `${call}: entries[${i}] must be an object {atMs, durationMs, counts}`, e);
      expectNumber(e.atMs, `${call}: entries[${i}].atMs`);
      expectNumber(e.durationMs, `${call}: entries[${i}].durationMs`);
      return { atMs: e.atMs, durationMs: e.durationMs, utcOffsetMinutes: offsetAt(e.atMs), ...outcomeFields(e, `${call}: entries[${i}]`) };
    });
    return asJson({ nowMs, utcOffsetMinutes: offsetAt(nowMs), entries: plain }, `${call}: entries`);
  }
  const localOffsetMinutes = (ms) => -new Date(ms).getTimezoneOffset();
  function routineRequest(routine) {
    const call = 'customRoutine(routine)';
    expect(isObject(routine), TypeError, `${call}: routine must be an object {name, items}`, routine);
    const { name, items } = routine;
    if (name !== undefined) expectString(name, `${call}: name`);
    if (items !== undefined) expect(Array.isArray(items), TypeError, `${call}: items must be an array`, items);
    (items || []).forEach((item, i) => {
      const at = `${call}: items[${i}]`;
      expect(isObject(item), TypeError, `${at} must be an object {exercise, reps and/or holdSeconds, sets, perSide}`, item);
      expectString(item.exercise, `${at}.exercise`);
      for (const field of ['reps', 'holdSeconds', 'sets']) expectNumber(item[field], `${at}.${field}`, true);
      if (item.perSide !== undefined && item.perSide !== null) expectBoolean(item.perSide, `${at}.perSide`);
    });
    return asJson({ name, items }, `${call}: routine`);
  }

  // The core's script is fetched once the page as built is on screen: fetching, compiling
  // and starting the core (its WebGL context above all) would otherwise hold that first
  // paint back. The browser says when the paint was shown; where it does not (Firefox
  // after some reloads), the core starts half a second after the first frame. A hidden
  // page paints nothing, so it does not wait.
  function afterFirstPaint(then) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      then();
    };
    if (document.visibilityState !== 'visible') {
      start();
      return;
    }
    const shown = new PerformanceObserver(() => {
      shown.disconnect();
      start();
    });
    shown.observe({ type: 'paint', buffered: true });
    requestAnimationFrame(() => setTimeout(start, 500));
  }

  function startCore() {
    createLimberCore({
      canvas,
      // A player link shows the canvas once the core is ready: the core makes its renderer
      // in its first frame rather than wait to see the canvas laid out.
      canvasComing: document.documentElement.classList.contains('opening-player'),
      onRuntimeInitialized() {
        core = this;
        const call = (name, ret = null, args = []) => core.cwrap(name, ret, args);
        // Text for the core goes through its own buffer as UTF-8: toCore() writes it there and gives its address.
        const textBuffer = call('limber_text_buffer', 'number', ['number']);
        const encoder = new TextEncoder();
        const toCore = (value) => {
          const bytes = encoder.encode(String(value));
          const at = textBuffer(bytes.length);
          if (!at) throw new RangeError(`The text is ${bytes.length} bytes long; the player reads at most 64 MiB.`);
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
          setLanguage: call('limber_set_language', 'string', ['number']),
          decodeLink: call('limber_decode_link', 'string', ['number']),
          customRoutine: call('limber_custom_routine', 'string', ['number']),
          readSaved: call('limber_read_saved', 'string', ['number', 'number']),
          writeSaved: call('limber_write_saved', 'string', ['number', 'number']),
          historySummary: call('limber_history_summary', 'string', ['number']),
          chime: call('limber_chime', 'number'),
          pause: call('limber_pause'),
          resume: call('limber_resume'),
          next: call('limber_next'),
          previous: call('limber_previous'),
          restart: call('limber_restart'),
          leave: call('limber_leave'),
          setTimeScale: call('limber_set_time_scale', 'number', ['number']),
          unlockAudio: call('limber_audio_unlock', 'number'),
          setAudio: call('limber_set_audio', null, ['number', 'number', 'number', 'number', 'number']),
          giveVoice: call('limber_give_voice', null, ['number']),
          cues: call('limber_cues', 'string', ['number']),
          cueCount: call('limber_cue_count', 'number'),
          setReducedMotion: call('limber_set_reduced_motion', null, ['number']),
          setDarkTheme: call('limber_set_dark_theme', null, ['number']),
          exerciseImage: call('limber_exercise_image', 'number', ['number', 'number', 'number', 'number']),
          exerciseMoment: call('limber_exercise_moment', 'string', ['number']),
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
          // The words from now on, mid-routine too: the text of the catalog in another language
          // (dist/lang-<code>.js's `catalog`), or '' for the catalog's own English. Answers why it
          // was refused (the words stay), or ''.
          setLanguage(catalog) {
            expectString(catalog, 'setLanguage(catalog): catalog');
            return fn.setLanguage(toCore(catalog));
          },
          decodeLink(text) {
            expectString(text, 'decodeLink(text): text');
            return JSON.parse(fn.decodeLink(toCore(text)));
          },
          // {name, items: [{exercise, reps and/or holdSeconds, sets, perSide}]} → decodeLink()'s answer for its link.
          customRoutine: (routine) => JSON.parse(fn.customRoutine(toCore(routineRequest(routine)))),
          // kind 'favourites' | 'history'; text as stored → {entries, skipped, error, fromNewer}.
          readSaved(kind, text) {
            expectSavedKind(kind, 'readSaved(kind, text)');
            expectString(text, 'readSaved(kind, text): text');
            return JSON.parse(fn.readSaved(kind === 'history' ? 1 : 0, toCore(text)));
          },
          // {entries: [{link, atMs, durationMs}], kept: [raw skipped entries]} → the text to store.
          writeSaved(kind, data) {
            expectSavedKind(kind, 'writeSaved(kind, data)');
            const text = fn.writeSaved(kind === 'history' ? 1 : 0, toCore(savedRequest(data)));
            // The core refuses a request it cannot write with {"error": ...}, never saved text.
            if (text.startsWith('{"error":')) throw new Error(JSON.parse(text).error);
            return text;
          },
          // History entries as readSaved gives them → this week's figures and the streak, in local days.
          historySummary(entries, nowMs = Date.now()) {
            const answer = JSON.parse(fn.historySummary(toCore(summaryRequest(entries, nowMs, localOffsetMinutes))));
            if (answer.error) throw new RangeError(answer.error);
            return answer;
          },
          chime: () => fn.chime() === 1,
          // A built-in routine's id, or any routine's link (see docs/links.md).
          start(routine = 'micro-break') {
            expectString(routine, 'start(routine): routine, a routine\'s id or link,');
            const problem = fn.start(toCore(routine));
            const shown = routine.length > 200 ? `${routine.slice(0, 200)}…` : routine;
            if (problem) throw new Error(`Cannot start "${shown}": ${problem}.`);
          },
          pause: () => fn.pause(),
          resume: () => fn.resume(),
          next: () => fn.next(),
          previous: () => fn.previous(),
          restart: () => fn.restart(),
          leave: () => fn.leave(),
          setTimeScale(x) {
            expect(typeof x === 'number', TypeError, 'setTimeScale(x): x must be a number', x);
            if (!fn.setTimeScale(x)) throw new RangeError(`Time scale must be above 0 and at most 1000, not ${x}.`);
          },
          // The sound output's sample rate, or null before unlockAudio() opened it.
          outputRate: () => (core.SDL2 && core.SDL2.audioContext ? core.SDL2.audioContext.sampleRate : null),
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
          // Any of {sound, voice, tones, volume, countReps}; the rest stay as they are.
          setAudio(changes) {
            expect(isObject(changes), TypeError, 'setAudio(changes): changes must be an object {sound, voice, tones, volume, countReps}', changes);
            for (const name of ['sound', 'voice', 'tones', 'countReps']) {
              if (changes[name] !== undefined) expectBoolean(changes[name], `setAudio(changes): ${name}`);
            }
            if (changes.volume !== undefined) {
              expectNumber(changes.volume, 'setAudio(changes): volume');
              expect(changes.volume >= 0 && changes.volume <= 1, RangeError, 'setAudio(changes): volume must be from 0 to 1', changes.volume);
            }
            const a = { ...api.state().audio, ...changes };
            const enabled = 'sound' in changes ? changes.sound : a.enabled;
            fn.setAudio(enabled ? 1 : 0, a.voice ? 1 : 0, a.tones ? 1 : 0, Math.min(1, Math.max(0, Number(a.volume) || 0)),
              a.countReps ? 1 : 0);
            return api.state().audio;
          },
          // The voice sheet (dist/voice.js): its samples as a WAV (or any file SDL_mixer reads)
          // and voice.json's text.
          giveVoice(sheet, index) {
            expect(sheet instanceof Uint8Array, TypeError, 'giveVoice(sheet, index): sheet must be a Uint8Array', sheet);
            expectString(index, 'giveVoice(sheet, index): index');
            const text = encoder.encode(index);
            const at = textBuffer(sheet.length + text.length);
            if (!at) throw new RangeError(`The voice sheet is ${sheet.length + text.length} bytes; the player reads at most 64 MiB.`);
            core.HEAPU8.set(sheet, at);  // read HEAPU8 after the call: growing the memory replaces it
            core.HEAPU8.set(text, at + sheet.length);
            fn.giveVoice(sheet.length);
            return api.state().audio;
          },
          // Cues that came due since the routine started (from index `from` on): {cue, atMs, exerciseId, played}.
          cues(from = 0) {
            expect(typeof from === 'number', TypeError, 'cues(from): from must be a number', from);
            expect(Number.isInteger(from) && from >= 0, RangeError, 'cues(from): from must be a whole number, 0 or more', from);
            return JSON.parse(fn.cues(Math.min(from, 2 ** 31 - 1)));  // the core takes a 32-bit index
          },
          cueCount: () => fn.cueCount(),
          setReducedMotion(on) {
            expectBoolean(on, 'setReducedMotion(on): on');
            fn.setReducedMotion(on ? 1 : 0);
          },
          setDarkTheme(on) {
            expectBoolean(on, 'setDarkTheme(on): on');
            fn.setDarkTheme(on ? 1 : 0);
          },
          // The exercise's figure at its telling moment, drawn by the player's scene code:
          // an ImageData of width x height pixels, in the page's theme unless {dark} says which.
          exerciseImage(id, width, height, options = {}) {
            const call = 'exerciseImage(id, width, height, options)';
            expectString(id, `${call}: id`);
            for (const [name, v] of [['width', width], ['height', height]]) {
              expect(Number.isInteger(v), TypeError, `${call}: ${name} must be a whole number`, v);
              expect(v >= 1 && v <= 2048, RangeError, `${call}: ${name} must be from 1 to 2048`, v);
            }
            expect(isObject(options), TypeError, `${call}: options must be an object {dark}`, options);
            if (options.dark !== undefined) expectBoolean(options.dark, `${call}: options.dark`);
            const at = fn.exerciseImage(toCore(id), width, height, options.dark === undefined ? -1 : Number(options.dark));
            if (!at) throw new RangeError(`${call}: there is no exercise "${id}".`);
            // A copy: the core draws the next image over the same memory.
            return new ImageData(new Uint8ClampedArray(core.HEAPU8.slice(at, at + width * height * 4)), width, height);
          },
          // Which moment exerciseImage shows: 'start', 'in' (the end of the in-breath) or 'out'.
          exerciseMoment(id) {
            expectString(id, 'exerciseMoment(id): id');
            const moment = fn.exerciseMoment(toCore(id));
            if (!moment) throw new RangeError(`exerciseMoment(id): there is no exercise "${id}".`);
            return moment;
          },
          onFrame(listener) {
            expect(typeof listener === 'function', TypeError, 'onFrame(listener): listener must be a function', listener);
            frameListeners.add(listener);
            return () => frameListeners.delete(listener);
          },
          // For the benchmark: the last drawn frame's clock time and cost inside the core, the display
          // frames run and drawn, and the core's memory.
          metrics: () => ({
            frameClockMs: core._limber_frame_clock_ms(),
            frameCostMs: core._limber_frame_cost_ms(),
            frameDrawCalls: core._limber_frame_draw_calls(),
            frameVertices: core._limber_frame_vertices(),
            frameIndices: core._limber_frame_indices(),
            displayFrames: core._limber_display_frames(),
            framesDrawn: core._limber_frames_drawn(),
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
        // One snapshot of the core's state per drawn frame, shared by every listener. A
        // listener that throws is reported as any uncaught error is, and stops neither the
        // other listeners nor the core's main loop, which calls this.
        if (frameListeners.size) {
          const snapshot = api.state();
          frameListeners.forEach((listener) => {
            try {
              listener(snapshot);
            } catch (err) {
              setTimeout(() => { throw err; });
            }
          });
        }
      },
      onAbort: (what) => rejectReady(new Error(`The player could not start: ${what}`)),
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
    }).catch((err) => rejectReady(err));
  }

  afterFirstPaint(() => {
    const script = document.createElement('script');
    script.src = 'limber-core.js';
    script.addEventListener('load', startCore);
    script.addEventListener('error', () => rejectReady(new Error('The player could not start: limber-core.js could not be loaded.')));
    document.head.append(script);
  });
})();
