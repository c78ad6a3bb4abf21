// The page around the canvas: the Start control, the text readout and the sound notice.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const ui = {
    name: $('exercise-name'),
    phase: $('phase'),
    countdown: $('countdown'),
    detail: $('detail'),
    caption: $('caption'),
    start: $('start'),
    pause: $('pause'),
    sound: $('sound-status'),
    settings: { sound: $('set-sound'), voice: $('set-voice'), tones: $('set-tones'), volume: $('set-volume') },
    error: $('error'),
  };
  const phaseText = { ready: 'Get into position', work: 'Move with your breath', switch: 'Switch sides', rest: 'Rest', done: 'Well done' };
  const cueText = {
    'breathe-in': 'Breathe in', 'breathe-out': 'Breathe out', hold: 'Hold', 'count-3': 'Three', 'count-2': 'Two',
    'count-1': 'One', 'switch-sides': 'Switch sides', rest: 'Rest', complete: 'Well done',
  };
  const SETTINGS_KEY = 'limber.settings';
  let captioned = 0;  // cues already captioned in this routine

  function showError(message) {
    ui.error.textContent = message;
    ui.error.hidden = false;
  }

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function render() {
    const s = limber.state();
    const playing = s.screen === 'player';
    ui.start.textContent = s.screen === 'finished' ? 'Again' : 'Start';
    ui.start.hidden = playing;
    ui.pause.hidden = !playing;
    setText(ui.pause, s.paused ? 'Resume' : 'Pause');
    if (!s.phase) return;
    const exercise = catalog.exercises.find((e) => e.id === s.exerciseId);
    setText(ui.name, exercise ? exercise.name : ui.name.textContent);
    setText(ui.phase, phaseText[s.phase]);
    setText(ui.countdown, s.phase === 'done' ? '✓' : String(Math.ceil(s.segmentRemainingMs / 1000)));
    setText(ui.detail, s.rep ? `Rep ${s.rep} of ${s.reps}` : '');
    captionCues();
  }

  // Every cue gets a caption, heard or not: for deaf and hard-of-hearing users and quiet offices.
  function captionCues() {
    if (limber.cueCount() < captioned) captioned = 0;  // a new run of the routine began
    const fresh = limber.cues(captioned);
    if (!fresh.length) return;
    captioned += fresh.length;
    const last = fresh[fresh.length - 1];
    const exercise = catalog.exercises.find((e) => e.id === last.exerciseId);
    const text = last.cue === 'next-up' ? `${last.atMs === 0 ? '' : 'Next: '}${exercise ? exercise.name : ''}` : cueText[last.cue];
    setText(ui.caption, text);
  }

  function readSettings() {
    try {
      const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}');
      const pick = (key, ok, fallback) => (ok(saved[key]) ? saved[key] : fallback);
      const isBool = (v) => typeof v === 'boolean';
      return {
        sound: pick('sound', isBool, true),
        voice: pick('voice', isBool, true),
        tones: pick('tones', isBool, true),
        volume: pick('volume', (v) => typeof v === 'number' && v >= 0 && v <= 1, 0.8),
      };
    } catch {
      return { sound: true, voice: true, tones: true, volume: 0.8 };  // unreadable storage: defaults, nothing lost
    }
  }

  function applySettings(settings) {
    const audio = limber.setAudio(settings);
    ui.settings.sound.checked = audio.enabled;
    ui.settings.voice.checked = audio.voice;
    ui.settings.tones.checked = audio.tones;
    ui.settings.volume.value = String(Math.round(audio.volume * 100));
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, sound: audio.enabled, voice: audio.voice, tones: audio.tones, volume: audio.volume }));
    } catch {
      // Storage may be disabled; the settings still hold for this visit.
    }
    renderSound();
  }

  function renderSound() {
    const { enabled, state } = limber.state().audio;
    const text = !enabled ? 'Sound is muted.'
      : state === 'running' ? 'Sound is on.'
      : state === 'suspended' ? 'Sound is paused by the browser — click or press any key to resume it.'
      : 'Sound is off — click or press any key to turn it on.';
    setText(ui.sound, text);
  }

  const DEFAULT_ROUTINE = 'micro-break';
  let catalog = { exercises: [], routines: [] };

  function showRoutine() {
    const routine = catalog.routines.find((r) => r.id === DEFAULT_ROUTINE);
    if (!routine) return;
    setText(ui.name, routine.name);
    setText(ui.phase, `${routine.description} (${Math.round(routine.totalMs / 60000)} min)`);
  }

  limber.ready.then(() => {
    const info = limber.info();
    if (info.catalogError) showError(`The exercise data is damaged: ${info.catalogError}`);
    catalog = limber.catalog();
    showRoutine();
    limber.onFrame(() => {
      render();
      renderSound();
    });
    render();
    // Browsers allow sound only after a gesture; every gesture re-checks, so a context the
    // browser suspended later (tab switch, device change) comes back on the next click or key.
    const unlock = () => {
      limber.unlockAudio();
      setTimeout(renderSound, 100);
    };
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    applySettings(readSettings());
    // Honour the system's reduce-motion setting, now and when it changes.
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)');
    limber.setReducedMotion(calm.matches);
    calm.addEventListener('change', () => limber.setReducedMotion(calm.matches));
    const fromControls = () => applySettings({
      sound: ui.settings.sound.checked,
      voice: ui.settings.voice.checked,
      tones: ui.settings.tones.checked,
      volume: Number(ui.settings.volume.value) / 100,
    });
    for (const input of Object.values(ui.settings)) input.addEventListener('change', fromControls);
    document.addEventListener('visibilitychange', renderSound);
    ui.start.addEventListener('click', () => {
      limber.start(DEFAULT_ROUTINE);
      $('canvas').focus();
    });
    ui.pause.addEventListener('click', () => (limber.state().paused ? limber.resume() : limber.pause()));
  }, (err) => showError(err.message));
})();
