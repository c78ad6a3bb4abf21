// The home view: a quick break, favourites, this week's breaks, and every routine with filters.
'use strict';

(function (Page) {
  const { h, $, fill, setText, minutes } = Page;
  const DAY_MS = 86400000;

  // A routine's card: what it is, how long, where, with what, and its star.
  Page.routineCard = function routineCard(routine, headingLevel = 'h3') {
    const facts = Page.facts(routine);
    return h('li', { class: 'card' },
      h(headingLevel, null, h('a', { href: `#${routine.link}` }, routine.name)),
      routine.description ? h('p', null, routine.description) : null,
      h('p', { class: 'facts' },
        h('span', null, minutes(routine.totalMs)), h('span', null, facts.place),
        h('span', null, facts.kindText), h('span', null, facts.equipmentText)),
      h('div', { class: 'card-actions' },
        h('a', { class: 'button primary', href: `#play/${routine.link}`, 'data-autostart': true, 'aria-label': `Start ${routine.name}` }, 'Start'),
        Page.starButton(routine)));
  };

  // The star on every routine: a toggle button whose pressed state is the favourite.
  function showStar(button) {
    const on = Page.favourites.has(button.dataset.link);
    button.setAttribute('aria-pressed', String(on));
    setText(button, on ? '★ Starred' : '☆ Star');
  }

  // A routine of one's own lives only in the favourites: the notice says so, and Undo puts
  // it back in its place.
  function unstar(routine) {
    const restore = Page.favourites.remove(routine.link);
    const own = !limber.decodeLink(routine.link).builtin;
    Page.offerUndo(`Removed “${routine.name}” from your favourites${own ? ', the only place it was kept' : ''}.`,
      `“${routine.name}” is back in your favourites.`, restore);
  }

  Page.starButton = function starButton(routine) {
    const button = h('button', { type: 'button', class: 'star', 'aria-label': `Star ${routine.name}`, 'data-link': routine.link });
    button.addEventListener('click', () => {
      if (Page.favourites.has(routine.link)) unstar(routine);
      else Page.favourites.add(routine.link);
    });
    showStar(button);
    return button;
  };

  function matches(routine) {
    const facts = Page.facts(routine);
    if ($('filter-floor').checked && facts.floor) return false;
    const longest = Number($('filter-duration').value);
    if (longest && routine.totalMs > longest * 60000) return false;
    const focus = $('filter-focus').value;
    return !focus || facts.kinds.includes(focus);
  }

  function renderRoutines() {
    const shown = Page.catalog().routines.filter(matches);
    fill($('routine-list'), shown.map((r) => Page.routineCard(r)));
    $('no-match').hidden = shown.length > 0;
    setText($('routine-count'), `${shown.length} of ${Page.catalog().routines.length} routines`);
  }

  function renderFavourites() {
    const routines = Page.favourites.entries.map((e) => limber.decodeLink(e.link)).filter((d) => d.ok).map((d) => d.routine);
    const hadFocus = $('favourite-list').contains(document.activeElement);
    fill($('favourite-list'), routines.map((r) => Page.routineCard(r)));
    $('favourites-empty').hidden = routines.length > 0;
    // With nothing starred the section is one line: nothing to export, import stays at hand.
    $('favourites').classList.toggle('empty', routines.length === 0);
    $('export-favourites').hidden = routines.length === 0;
    if (hadFocus) $('favourites-title').focus();  // the focused card may be gone: keep keyboard users in place
  }

  const startOfDay = (ms) => { const d = new Date(ms); d.setHours(0, 0, 0, 0); return d.getTime(); };

  // Consecutive days, up to today (or yesterday, while today has none yet), with a break.
  Page.streak = function streak(now = Date.now()) {
    const days = new Set(Page.history.entries.map((e) => startOfDay(e.atMs)));
    let day = startOfDay(now);
    if (!days.has(day)) day = startOfDay(day - DAY_MS / 2);
    let count = 0;
    while (days.has(day)) {
      count += 1;
      day = startOfDay(day - DAY_MS / 2);
    }
    return count;
  };

  function renderWeek() {
    const now = Date.now();
    const today = startOfDay(now);
    const week = [];
    for (let i = 6; i >= 0; i -= 1) week.push(startOfDay(today - i * DAY_MS + DAY_MS / 2));
    const entries = Page.history.entries.filter((e) => e.atMs >= week[0]);
    const perDay = week.map((day) => entries.filter((e) => startOfDay(e.atMs) === day));
    const activeDays = perDay.filter((list) => list.length).length;
    const total = entries.reduce((sum, e) => sum + e.durationMs, 0);
    const streak = Page.streak(now);
    setText($('week-summary'), entries.length
      ? `${entries.length} ${entries.length === 1 ? 'break' : 'breaks'} on ${activeDays} of the last 7 days, ${minutes(total)} in all. ` +
        `Streak: ${streak} ${streak === 1 ? 'day' : 'days'}.`
      : 'No breaks in the last 7 days yet.');
    setText($('week-goal'), activeDays >= 7 ? 'A break every day this week: just what the articles advise.'
      : `The articles advise a few minutes every day; ${7 - activeDays} ${7 - activeDays === 1 ? 'day' : 'days'} this week had none.`);
    fill($('week-days'), week.map((day, i) => {
      const label = new Date(day).toLocaleDateString(undefined, { weekday: 'short' });
      const count = perDay[i].length;
      return h('li', { class: count ? 'done' : '', 'aria-label': `${label}: ${count} ${count === 1 ? 'break' : 'breaks'}` },
        h('span', { 'aria-hidden': 'true' }, label), h('span', { 'aria-hidden': 'true', class: 'dot' }, count ? String(count) : '·'));
    }));
  }

  // On a first visit there is nothing to count yet: one friendly line, not an empty week.
  function quietWeekWhenNew() {
    const none = Page.history.entries.length === 0;
    $('week').classList.toggle('empty', none);
    $('week-days').hidden = none;
    $('week-goal').hidden = none;
    if (none) setText($('week-summary'), 'Your breaks will show here once you take one.');
  }

  // Brings the routine list into view with its heading focused, for the header's "Routines".
  function focusRoutines() {
    const heading = $('routines-title');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  function exportFavourites() {
    const blob = new Blob([Page.favourites.exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `limber-favourites-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function importFavourites(file) {
    try {
      const { added, skipped } = Page.favourites.importText(await file.text());
      Page.notify(`Imported ${added} ${added === 1 ? 'favourite' : 'favourites'} from ${file.name}` +
        (skipped.length ? `; ${skipped.length} could not be read (${skipped.map((s) => s.reason).join('; ')}).` : '.'),
      { kind: skipped.length ? 'warning' : 'info', id: 'import' });
    } catch (err) {
      Page.notify(`${file.name} could not be imported: ${err.message}. Your favourites are unchanged.`, { id: 'import' });
    }
  }

  Page.home = {
    init() {
      for (const id of ['filter-floor', 'filter-duration', 'filter-focus']) $(id).addEventListener('change', renderRoutines);
      $('export-favourites').addEventListener('click', exportFavourites);
      $('import-favourites').addEventListener('click', () => $('import-file').click());
      $('import-file').addEventListener('change', (e) => {
        const [file] = e.target.files;
        if (file) importFavourites(file).then(() => { e.target.value = ''; });
      });
      // Already at #routines no hashchange comes: the click itself brings the list back.
      document.querySelector('nav a[href="#routines"]').addEventListener('click', (e) => {
        if (location.hash !== '#routines' || $('view-home').hidden) return;
        e.preventDefault();
        focusRoutines();
      });
      Page.favourites.onChange(() => {
        // The same routine may have several stars on screen: all of them follow.
        document.querySelectorAll('button.star').forEach(showStar);
        if (!$('view-home').hidden) renderFavourites();
      });
    },
    show() {
      renderFavourites();
      renderWeek();
      quietWeekWhenNew();
      renderRoutines();
      document.title = 'Limber — guided stretch breaks';
    },
    focusRoutines,
  };
})(window.Page);
