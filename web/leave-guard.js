// Asks before a routine in progress (started, not finished; running or paused) is left by
// Esc, the Leave button, a link on the page, Back or Forward. The routine waits while the
// dialog asks; "Keep going", the default, carries on. Before Start and after the finish
// nothing is asked. A reload or a closed tab gets the browser's own prompt, registered
// (window.onbeforeunload) only while a routine is in progress. Navigation by a script or
// a typed address is obeyed at once: window.limber and the tests drive the page so.
'use strict';

(function (Page) {
  const { $, setText } = Page;
  let pending = null;  // {go, resumeAfter}: what Leave does, and whether Keep going resumes

  const inProgress = () => limber.state().screen === 'player';

  function onBeforeUnload(e) {
    e.preventDefault();
    e.returnValue = Page.t('leave.inProgress');
    return e.returnValue;
  }

  function watchUnload(s) {
    const want = s.screen === 'player' ? onBeforeUnload : null;
    if (window.onbeforeunload !== want) window.onbeforeunload = want;
  }

  // go() is what leaving means here: it runs at once when no routine is in progress.
  function ask(go) {
    const s = limber.state();
    if (s.screen !== 'player') {
      go();
      return;
    }
    if (pending) return;
    pending = { go, resumeAfter: !s.paused };
    if (!s.paused) limber.pause();
    const routine = Page.player.routine;
    const count = routine && routine.link === s.link ? routine.items.length : 0;
    setText($('leave-title'), routine && routine.link === s.link ? Page.t('leave.title', { name: routine.name }) : Page.t('leave.thisRoutine'));
    const where = count ? Page.t('leave.whereOf', { exercise: s.exerciseName, n: s.exerciseIndex + 1, count })
      : Page.t('leave.where', { exercise: s.exerciseName || Page.t('leave.anExercise') });
    setText($('leave-text'), `${where} ${Page.t('leave.waits')}`);
    $('leave-confirm').showModal();
    $('leave-keep').focus();
  }

  // Answered at once (the dialog's close event comes a task later): Leave, or Keep going
  // by its button, by Esc, or by the dialog closing any other way.
  function answer(leave) {
    const p = pending;
    pending = null;
    if ($('leave-confirm').open) $('leave-confirm').close();
    if (!p) return;
    if (leave) {
      limber.leave();
      watchUnload(limber.state());
      p.go();
    } else if (p.resumeAfter && limber.state().screen === 'player' && limber.state().paused) {
      limber.resume();
    }
  }

  // A click on a link of the page while a routine is in progress: asked first, then the
  // same click again once the routine is left.
  function onClick(e) {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || !inProgress()) return;
    const link = e.target.closest('a[href^="#"]');
    if (!link || link.getAttribute('href') === `#play/${limber.state().link}`) return;
    e.preventDefault();
    e.stopPropagation();
    ask(() => link.click());
  }

  Page.leaveGuard = {
    ask,

    // The router calls this first. Every history entry the page shows is marked, so arriving
    // on a marked one away from the routine is Back or Forward: the URL goes back to the
    // player and the dialog asks. True when the router must wait for the answer.
    stops(fragment, proceed) {
      const traversed = Boolean(history.state && history.state.limberShown);
      if (!traversed) history.replaceState({ ...history.state, limberShown: true }, '');
      const s = limber.state();
      if (!traversed || s.screen !== 'player' || fragment === `play/${s.link}`) return false;
      const wanted = location.href;
      history.replaceState(history.state, '', `#play/${s.link}`);
      ask(() => {
        history.replaceState(history.state, '', wanted);
        proceed();
      });
      return true;
    },

    init() {
      $('leave-keep').addEventListener('click', () => answer(false));
      $('leave-go').addEventListener('click', () => answer(true));
      $('leave-confirm').addEventListener('cancel', () => answer(false));
      $('leave-confirm').addEventListener('close', () => { if (!$('leave-confirm').open) answer(false); });
      document.addEventListener('click', onClick, true);
      limber.onFrame(watchUnload);
      watchUnload(limber.state());
    },
  };
})(window.Page);
