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
  // finished: the last run's report, to write the finish view again; notice: the keys of
  // the notice's words, to write it again.
  const player = { routine: null, run: 0, finishedRun: 0, finished: null, notice: [], wakeLock: null };
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

  // A notice, by the keys of its words, so a change of language writes it again; a key
  // named in it goes in a key hint, which touch screens do not show.
  function notice(textKey = '', keyKey = '', afterKey = '') {
    player.notice = [textKey, keyKey, afterKey];
    const text = textKey && Page.t(textKey);
    if (!keyKey) setText($('player-notice'), text);
    else fill($('player-notice'), [text, h('span', { class: 'key-hint' }, Page.t('player.orKey', { key: Page.t(keyKey) })), Page.t(afterKey)]);
  }

  player.start = function start() {
    Page.safety.beforeFirstRoutine(() => {
      limber.start(player.routine.link);
      notice();
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
      notice();
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
    label(routine);
    if (!same) {
      if (s.screen !== 'home') limber.leave();
      notice('player.pressStart', 'player.spaceKey', 'player.whenInPlace');
    }
    render();
  };

  function label(routine) {
    document.title = Page.t('title.page', { name: routine.name });
    setText($('player-title'), routine.name);
    fill($('player-star'), Page.starButton(routine));
  }

  // The routine as the core tells it in new words; the steps are written again.
  function relabel() {
    if (!player.routine) return;
    const d = limber.decodeLink(player.routine.link);
    if (!d.ok) return;
    player.routine = d.routine;
    fill($('exercise-steps'));
    if (!$('view-player').hidden) label(d.routine);
    notice(...player.notice);
    if (!$('view-finish').hidden && player.finished) writeFinish(player.finished);
    render();
  }

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
      .catch(() => notice('player.noFullscreen'));
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
    if (s.rep) parts.push(Page.t('player.rep', { rep: s.rep, reps: s.reps }));
    // A rest names the coming set in its instruction; it is not under way yet.
    if (s.sets > 1 && s.phase !== 'rest') parts.push(Page.t('player.set', { set: s.set, sets: s.sets }));
    return parts.join(' · ');
  }

  function render(s = limber.state()) {
    if (s.run !== player.run && s.screen === 'player') follow(s);
    if (s.finished && s.finished.run !== player.finishedRun) finish(s.finished);
    const live = s.screen !== 'home';
    setProp($('start'), 'hidden', live);
    setProp($('pause'), 'hidden', !live);
    for (const id of ['previous', 'next', 'restart']) setProp($(id), 'disabled', !live || s.screen === 'finished');
    setText($('pause'), Page.t(s.paused ? 'player.resume' : 'player.pause'));
    setText($('caption'), s.caption ?? '');
    const routine = player.routine;
    if (!routine) return;
    if (!live || !s.phase) {
      const first = Page.exercise(routine.items[0].exercise);
      setText($('exercise-name'), first.name);
      setText($('phase'), Page.t('player.firstUp'));
      setText($('countdown'), '–');
      setText($('countdown-label'), '');
      setText($('detail'), Page.doseText(routine.items[0].dose));
      setText($('next-up'), '');
      fill($('exercise-steps'), first.steps.map((step) => h('li', null, step)));
      setProp($('player-progress'), 'value', 0);
      setText($('player-progress-text'), Page.t('player.overview', { count: routine.items.length, time: clock(routine.totalMs) }));
      return;
    }
    // Done: the core names no exercise any more, and the finish view has taken over.
    if (s.phase === 'done') return;
    const exercise = Page.exercise(s.exerciseId);
    if ($('exercise-name').textContent !== exercise.name || !$('exercise-steps').childElementCount) fill($('exercise-steps'), exercise.steps.map((step) => h('li', null, step)));
    setText($('exercise-name'), exercise.name);
    // Paused, the moment's instruction stays, so the caption beside it still agrees with it.
    setText($('phase'), s.paused ? Page.t('player.paused', { instruction: s.instruction }) : s.instruction);
    setText($('countdown'), String(s.countdown));
    setText($('countdown-label'), s.countdownLabel);
    setText($('detail'), detail(s));
    setText($('next-up'), s.nextUp ?? '');
    // In thousandths, finer than the bar's pixels: it is repainted when it visibly moves.
    const total = s.elapsedMs + s.remainingMs;
    setProp($('player-progress'), 'value', total ? Math.round((s.elapsedMs / total) * 1000) / 1000 : 0);
    setText($('player-progress-text'), Page.t('player.progress', { n: s.exerciseIndex + 1, count: routine.items.length, left: clock(s.remainingMs) }));
  }

  // The core reports each run that reached its end, once, with what of it was really
  // played: it goes into the history and the finish view tells it as it was.
  function finish(done) {
    player.finishedRun = done.run;
    player.finished = done;
    keepAwake(false);
    Page.history.record(done);
    writeFinish(done);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    Page.show('view-finish');
    $('finish-title').focus();
  }

  // The finish view in the page's words, again after a change of language.
  function writeFinish(done) {
    const decoded = limber.decodeLink(done.routine);
    if (decoded.ok) player.routine = decoded.routine;
    const name = player.routine.name;
    const skipped = done.exercises.filter((outcome) => outcome === 'skipped').length;
    setText($('finish-title'), Page.t(!skipped ? 'finish.wellDone' : done.counts ? 'finish.over' : 'finish.endedEarly', { name }));
    const spent = clock(done.spentMs);
    setText($('finish-time'), skipped ? Page.t('finish.timeOf', { spent, elapsed: clock(done.elapsedMs) }) : Page.t('finish.time', { spent }));
    const { streak } = Page.history.summary();
    setText($('finish-streak'), done.counts ? Page.tn('finish.streak', streak) : Page.t('finish.notCounted'));
    fill($('finish-done'), player.routine.items.map((item, i) => {
      const outcome = done.exercises[i];
      return h('li', { class: outcome }, Page.t('finish.item', {
        name: Page.exercise(item.exercise).name, dose: Page.doseText(item.dose), outcome: Page.t(`finish.${outcome}`),
      }));
    }));
    fill($('finish-star'), Page.starButton(player.routine));
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
    Page.language.onChange(relabel);
    $('start').addEventListener('click', player.start);
    $('pause').addEventListener('click', player.togglePause);
    $('previous').addEventListener('click', () => limber.previous());
    $('next').addEventListener('click', () => limber.next());
    $('restart').addEventListener('click', () => limber.restart());
    $('toggle-sound').addEventListener('click', () => Page.sound.toggle());
    $('fullscreen').addEventListener('click', toggleFullscreen);
    $('leave').addEventListener('click', player.leave);
    $('player-copy').addEventListener('click', () => {
      player.notice = [];
      Page.copyLink(`play/${player.routine.link}`, $('player-notice'));
    });
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
        notice('player.hiddenPause', 'player.spaceKey', 'player.whenReady');
      }
      if (document.visibilityState === 'visible' && playing() && !limber.state().paused) keepAwake(true);
    });
  };
})(window.Page);
