// A routine cut off by a reload or a closed tab can be picked up again. While one plays,
// its link, the exercise it is in and when it got there are kept (limber.resume); on the
// next visit within 12 hours the page offers to resume it from the start of that
// exercise, start it over, or let it be. The core keeps the schedule: resuming starts the
// routine and steps to that exercise with next(). A routine finished or left is forgotten.
'use strict';

(function (Page) {
  const { $, setText } = Page;
  const KEY = 'limber.resume';
  const FRESH_MS = 12 * 3600 * 1000;
  const CLOCK_SLACK_MS = 60 * 1000;
  let kept = '';        // link and exercise last written, so a frame writes only on a change
  let playing = false;  // the last frame showed a routine in progress
  let offered = null;   // {link, routine, exercise}

  function forget() {
    kept = '';
    if (Page.storage.get(KEY) !== null) Page.storage.remove(KEY);
  }

  // What was kept, judged as any stored text is: anything unusable or stale is dropped.
  function read(now = Date.now()) {
    const text = Page.storage.get(KEY);
    if (text === null) return null;
    let r = null;
    try {
      r = JSON.parse(text);
    } catch {
      r = null;
    }
    const usable = r && typeof r === 'object' && r.version === 1 && typeof r.link === 'string' &&
      Number.isInteger(r.exercise) && r.exercise >= 0 && typeof r.atMs === 'number' &&
      r.atMs <= now + CLOCK_SLACK_MS && now - r.atMs <= FRESH_MS;
    const decoded = usable ? limber.decodeLink(r.link) : null;
    if (!decoded || !decoded.ok || r.exercise >= decoded.routine.items.length) {
      forget();
      return null;
    }
    return { link: r.link, routine: decoded.routine, exercise: r.exercise };
  }

  function hideOffer() {
    offered = null;
    $('resume-offer').hidden = true;
  }

  function showOffer(r) {
    offered = r;
    const name = Page.exercise(r.routine.items[r.exercise].exercise).name;
    setText($('resume-text'), Page.t('resume.offer', { routine: r.routine.name, exercise: name, n: r.exercise + 1, count: r.routine.items.length }));
    $('resume-offer').hidden = false;
  }

  // Starts the offered routine in its player, from the start of exercise `exercise`.
  function startAt(r, exercise) {
    hideOffer();
    const begin = () => {
      Page.player.start();
      for (let i = 0; i < exercise; i += 1) limber.next();
    };
    if (location.hash === `#play/${r.link}` && !$('view-player').hidden) {
      begin();
    } else {
      window.addEventListener('hashchange', begin, { once: true });
      location.hash = `play/${r.link}`;
    }
  }

  function track(s) {
    const inProgress = s.screen === 'player' && s.phase && s.phase !== 'done' && Number.isInteger(s.exerciseIndex);
    if (inProgress) {
      if (offered) hideOffer();
      playing = true;
      const now = `${s.exerciseIndex} ${s.link}`;
      if (now !== kept) {
        kept = now;
        Page.storage.set(KEY, JSON.stringify({ version: 1, link: s.link, exercise: s.exerciseIndex, atMs: Date.now() }));
      }
    } else if (playing && s.screen !== 'player') {
      // Finished or left; a reload or a closed tab never gets here.
      playing = false;
      forget();
    }
  }

  Page.resume = {
    // On arrival the offer is the first question: it takes the focus (and the screen, on a
    // phone scrolled to the player) from the view's own first control.
    focusOffer() {
      if (!offered) return;
      $('resume-go').focus();
      // A reload restores the scroll position once the page has loaded: the offer is brought
      // back into view after that.
      const show = () => requestAnimationFrame(() => { if (offered) $('resume-offer').scrollIntoView({ block: 'nearest' }); });
      if (document.readyState === 'complete') show();
      else window.addEventListener('load', show, { once: true });
    },

    init() {
      $('resume-go').addEventListener('click', () => startAt(offered, offered.exercise));
      $('resume-over').addEventListener('click', () => startAt(offered, 0));
      $('resume-dismiss').addEventListener('click', () => {
        hideOffer();
        forget();
      });
      const r = read();
      if (r) showOffer(r);
      limber.onFrame(track);
    },
  };
})(window.Page);
