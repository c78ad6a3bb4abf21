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
    error: $('error'),
  };
  const phaseText = { ready: 'Get into position', work: 'Move with your breath', switch: 'Switch sides', rest: 'Rest', done: 'Well done' };
  const breathText = { in: 'Breathe in', out: 'Breathe out' };

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
    setText(ui.caption, breathText[s.breath] || '');
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
    limber.onFrame(render);
    render();
    // Browsers allow sound only after a gesture; every gesture re-checks, so a context the
    // browser suspended later (tab switch, device change) comes back on the next click or key.
    const unlock = () => {
      limber.unlockAudio();
      setTimeout(renderSound, 100);
    };
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    ui.start.addEventListener('click', () => {
      limber.start(DEFAULT_ROUTINE);
      $('canvas').focus();
    });
    ui.pause.addEventListener('click', () => (limber.state().paused ? limber.resume() : limber.pause()));
  }, (err) => showError(err.message));
})();
