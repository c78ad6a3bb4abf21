// The player view around the canvas: what to do now, the countdown and what it counts,
// what is next, progress, the controls and their keys, the caption of the last cue, the
// screen kept awake, and a pause whenever the page is hidden. The finish view follows the
// routine. Whether a routine runs, which one and when it ended, and every word the readout
// says about the moment, are the core's: the page reads one snapshot per frame and shows
// it, whoever started the routine.
'use strict';

(function (Page) {
  const { h, $, fill, setText, setProp, clock } = Page;

  // run: the core's run counter last seen (a new run starts the captions afresh);
  // finishedRun: the last run whose finish the page has shown and recorded.
  const player = { routine: null, run: 0, finishedRun: 0, wakeLock: null };
  Page.player = player;

  const playing = () => limber.state().screen === 'player';
  player.busy = playing;

  async function keepAwake(on) {
    if (on && !player.wakeLock && navigator.wakeLock && document.visibilityState === 'visible') {
      try {
        player.wakeLock = await navigator.wakeLock.request('screen');
        player.wakeLock.addEventListener('release', () => { player.wakeLock = null; });
      } catch {
        // Refused (battery saver, policy): the routine runs anyway.
      }
    } else if (!on && player.wakeLock) {
      player.wakeLock.release().catch(() => {});
      player.wakeLock = null;
    }
  }

  // A notice; a key named in it goes in a key hint, which touch screens do not show.
  function notice(text, key = '', after = '') {
    if (!key) setText($('player-notice'), text);
    else fill($('player-notice'), [text, h('span', { class: 'key-hint' }, ` (or ${key})`), after]);
  }

  player.start = function start() {
    Page.safety.beforeFirstRoutine(() => {
      limber.start(player.routine.link);
      notice('');
      Page.show('view-player');
      $('canvas').focus();
      keepAwake(true);
      render();
    });
  };

  player.togglePause = function togglePause() {
    const s = limber.state();
    if (s.screen !== 'player') {
      player.start();
      return;
    }
    if (s.paused) {
      limber.resume();
      notice('');
      keepAwake(true);
    } else {
      limber.pause();
      keepAwake(false);
    }
  };

  player.open = function open(routine) {
    const s = limber.state();
    const same = s.screen === 'player' && s.link === routine.link;
    player.routine = routine;
    Page.show('view-player');
    document.title = `${routine.name} — Limber`;
    setText($('player-title'), routine.name);
    fill($('player-star'), Page.starButton(routine));
    if (!same) {
      if (s.screen !== 'home') limber.leave();
      notice('Press Start', 'Space', ' when you are in place.');
    }
    render();
  };

  player.close = function close() {
    if (playing()) limber.leave();
    keepAwake(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };

  // Mid-routine, the leave guard asks first (leave-guard.js).
  player.leave = function leave() {
    Page.leaveGuard.ask(() => { location.hash = player.routine ? player.routine.link : ''; });
  };

  // A click while the browser is still entering or leaving full screen waits for that to
  // settle, so the second click of a quick pair is not lost mid-transition.
  let fullscreenChange = Promise.resolve();
  function toggleFullscreen() {
    fullscreenChange = fullscreenChange
      .then(() => (document.fullscreenElement ? document.exitFullscreen() : $('view-player').requestFullscreen()))
      .catch(() => notice('This browser did not allow full screen here.'));
  }

  // A run the page did not start (window.limber.start, a restart): the player view follows it.
  function follow(s) {
    player.run = s.run;
    if (!$('view-player').hidden && player.routine && player.routine.link === s.link) return;
    location.hash = `play/${s.link}`;
  }

  function detail(s) {
    const parts = [];
    // "Your left side": the figure is drawn as the user's reflection (src/core/reflection.h).
    if (s.sideText) parts.push(s.sideText);
    if (s.rep) parts.push(`Rep ${s.rep} of ${s.reps}`);
    // A rest names the coming set in its instruction; it is not under way yet.
    if (s.sets > 1 && s.phase !== 'rest') parts.push(`Set ${s.set} of ${s.sets}`);
    return parts.join(' · ');
  }

  function render(s = limber.state()) {
    if (s.run !== player.run && s.screen === 'player') follow(s);
    if (s.finished && s.finished.run !== player.finishedRun) finish(s.finished);
    const live = s.screen !== 'home';
    setProp($('start'), 'hidden', live);
    setProp($('pause'), 'hidden', !live);
    for (const id of ['previous', 'next', 'restart']) setProp($(id), 'disabled', !live || s.screen === 'finished');
    setText($('pause'), s.paused ? 'Resume' : 'Pause');
    setText($('caption'), s.caption ?? '');
    const routine = player.routine;
    if (!routine) return;
    if (!live || !s.phase) {
      const first = Page.exercise(routine.items[0].exercise);
      setText($('exercise-name'), first.name);
      setText($('phase'), 'First up');
      setText($('countdown'), '–');
      setText($('countdown-label'), '');
      setText($('detail'), Page.doseText(routine.items[0].dose));
      setText($('next-up'), '');
      fill($('exercise-steps'), first.steps.map((step) => h('li', null, step)));
      setProp($('player-progress'), 'value', 0);
      setText($('player-progress-text'), `${routine.items.length} exercises · ${clock(routine.totalMs)}`);
      return;
    }
    // Done: the core names no exercise any more, and the finish view has taken over.
    if (s.phase === 'done') return;
    const exercise = Page.exercise(s.exerciseId);
    if ($('exercise-name').textContent !== exercise.name) fill($('exercise-steps'), exercise.steps.map((step) => h('li', null, step)));
    setText($('exercise-name'), exercise.name);
    // Paused, the moment's instruction stays, so the caption beside it still agrees with it.
    setText($('phase'), s.paused ? `Paused · ${s.instruction}` : s.instruction);
    setText($('countdown'), String(s.countdown));
    setText($('countdown-label'), s.countdownLabel);
    setText($('detail'), detail(s));
    setText($('next-up'), s.nextUp ?? '');
    // In thousandths, finer than the bar's pixels: it is repainted when it visibly moves.
    const total = s.elapsedMs + s.remainingMs;
    setProp($('player-progress'), 'value', total ? Math.round((s.elapsedMs / total) * 1000) / 1000 : 0);
    setText($('player-progress-text'), `Exercise ${s.exerciseIndex + 1} of ${routine.items.length} · ${clock(s.remainingMs)} left`);
  }

  // The core reports each run that reached its end, once, with what of it was really
  // played: it goes into the history and the finish view tells it as it was.
  function finish(done) {
    player.finishedRun = done.run;
    keepAwake(false);
    Page.history.record(done);
    const decoded = limber.decodeLink(done.routine);
    if (decoded.ok) player.routine = decoded.routine;
    const name = player.routine.name;
    const skipped = done.exercises.filter((outcome) => outcome === 'skipped').length;
    setText($('finish-title'), !skipped ? `Well done: ${name}` : done.counts ? `Break over: ${name}` : `Break ended early: ${name}`);
    setText($('finish-time'), skipped ? `Time spent: ${clock(done.spentMs)} of ${clock(done.elapsedMs)}` : `Time spent: ${clock(done.spentMs)}`);
    const { streak } = Page.history.summary();
    setText($('finish-streak'), done.counts ? `Streak: ${streak} ${streak === 1 ? 'day' : 'days'} in a row with a break.`
      : 'Most of this break was skipped, so it doesn\'t count towards your streak.');
    fill($('finish-done'), player.routine.items.map((item, i) => {
      const outcome = done.exercises[i];
      return h('li', { class: outcome }, `${Page.exercise(item.exercise).name} (${Page.doseText(item.dose)}): ${outcome}`);
    }));
    fill($('finish-star'), Page.starButton(player.routine));
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    Page.show('view-finish');
    $('finish-title').focus();
  }

  // Keys while the player is on screen; typing in a field is never taken. Space means
  // start, pause or resume wherever focus is: a button clicked last does not take it
  // (Enter still works a focused button).
  function onKey(e) {
    if ($('view-player').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest('input, select, textarea, dialog')) return;
    const act = {
      ' ': () => { if (!e.repeat) player.togglePause(); },
      ArrowLeft: () => { if (playing()) limber.previous(); },
      ArrowRight: () => { if (playing()) limber.next(); },
      // A keyboard's media keys, where the browser passes them to the page as keys.
      MediaPlayPause: () => { if (!e.repeat) player.togglePause(); },
      MediaTrackPrevious: () => { if (playing()) limber.previous(); },
      MediaTrackNext: () => { if (playing()) limber.next(); },
      m: () => Page.sound.toggle(),
      M: () => Page.sound.toggle(),
      f: toggleFullscreen,
      F: toggleFullscreen,
      Escape: () => { if (!document.fullscreenElement) player.leave(); },
    }[e.key];
    if (act && act() !== false) e.preventDefault();
  }

  player.init = function init() {
    const s = limber.state();
    player.run = s.run;
    player.finishedRun = s.finished ? s.finished.run : 0;
    limber.onFrame(render);
    $('start').addEventListener('click', player.start);
    $('pause').addEventListener('click', player.togglePause);
    $('previous').addEventListener('click', () => limber.previous());
    $('next').addEventListener('click', () => limber.next());
    $('restart').addEventListener('click', () => limber.restart());
    $('toggle-sound').addEventListener('click', () => Page.sound.toggle());
    $('fullscreen').addEventListener('click', toggleFullscreen);
    $('leave').addEventListener('click', player.leave);
    $('player-copy').addEventListener('click', () => Page.copyLink(`play/${player.routine.link}`, $('player-notice')));
    $('again').addEventListener('click', () => { location.hash = `play/${player.routine.link}`; player.start(); });
    $('finish-back').addEventListener('click', () => { location.hash = player.routine.link; });
    document.addEventListener('keydown', onKey);
    // SDL cancels Tab on its keyboard element (the canvas), which would trap keyboard focus
    // there; SDL has no use for Tab, so it never reaches it.
    window.addEventListener('keydown', (e) => { if (e.key === 'Tab' && e.target === $('canvas')) e.stopPropagation(); }, true);
    // A hidden page pauses the routine; on return it waits for the user, so nothing jumps.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && playing() && !limber.state().paused) {
        limber.pause();
        notice('Paused while the page was hidden. Press Resume', 'Space', ' when you are ready.');
      }
      if (document.visibilityState === 'visible' && playing() && !limber.state().paused) keepAwake(true);
    });
  };
})(window.Page);
