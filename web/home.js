// The home view: a quick break, favourites, this week's breaks, and every routine with filters.
'use strict';

(function (Page) {
  const { h, $, fill, setText, minutes } = Page;

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
        h('a', { class: 'button primary', href: `#play/${routine.link}`, 'data-autostart': true, 'aria-label': Page.t('card.startLabel', { routine: routine.name }) }, Page.t('card.start')),
        Page.starButton(routine)));
  };

  // The star on every routine: a toggle button whose pressed state is the favourite.
  function showStar(button) {
    const on = Page.favourites.has(button.dataset.link);
    button.setAttribute('aria-pressed', String(on));
    setText(button, Page.t(on ? 'star.on' : 'star.off'));
  }

  // A routine of one's own lives only in the favourites: the notice says so, and Undo puts
  // it back in its place.
  function unstar(routine) {
    const restore = Page.favourites.remove(routine.link);
    const own = !limber.decodeLink(routine.link).builtin;
    Page.offerUndo(Page.t(own ? 'star.removedOwn' : 'star.removed', { routine: routine.name }),
      Page.t('star.back', { routine: routine.name }), restore);
  }

  // Every star answers one listener (Page.home.init), so a star in the HTML as built works
  // as one the page made.
  Page.starButton = function starButton(routine) {
    const button = h('button', { type: 'button', class: 'star', 'aria-label': Page.t('star.label', { routine: routine.name }), 'data-link': routine.link });
    showStar(button);
    return button;
  };

  function onStar(e) {
    const button = e.target.closest('button.star');
    if (!button) return;
    const { link } = button.dataset;
    if (!Page.favourites.has(link)) Page.favourites.add(link);
    else unstar(limber.decodeLink(link).routine);
  }

  function matches(routine) {
    const facts = Page.facts(routine);
    if ($('filter-floor').checked && facts.floor) return false;
    const longest = Number($('filter-duration').value);
    if (longest && routine.totalMs > longest * 60000) return false;
    const focus = $('filter-focus').value;
    return !focus || facts.kinds.includes(focus);
  }

  let cardsLanguage = 'en';  // the words of the cards on screen: the HTML as built has English
  function renderRoutines() {
    const shown = Page.catalog().routines.filter(matches);
    // Cards the list already shows for these routines, in this order (the HTML as built),
    // stay and only their stars follow the favourites: new nodes would be painted again,
    // and the first paint would no longer be the page's largest one.
    const list = $('routine-list');
    const links = [...list.querySelectorAll(':scope > li button.star')].map((star) => star.dataset.link);
    const same = cardsLanguage === Page.words.language() && links.length === list.children.length && links.length === shown.length && shown.every((r, i) => r.link === links[i]);
    if (same) list.querySelectorAll('button.star').forEach(showStar);
    else fill(list, shown.map((r) => Page.routineCard(r)));
    cardsLanguage = Page.words.language();
    $('no-match').hidden = shown.length > 0;
    setText($('routine-count'), Page.t('routines.count', { shown: shown.length, total: Page.catalog().routines.length }));
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

  // This week and the streak as the core sums them up from the history. On a first visit
  // there is nothing to count yet: one friendly line, not an empty week, and no day names
  // (the browser takes tens of milliseconds to make its first date formatter).
  function renderWeek() {
    const none = Page.history.entries.length === 0;
    $('week').classList.toggle('empty', none);
    $('week-days').hidden = none;
    $('week-goal').hidden = none;
    if (none) {
      setText($('week-summary'), Page.t('week.none'));
      return;
    }
    const week = Page.history.summary();
    const { breaks, skipped, activeDays, streak } = week;
    const time = minutes(week.spentMs);
    let summary = Page.t('week.empty');
    if (breaks) {
      summary = `${Page.tn('week.breaks', breaks, { days: activeDays, time })} ${Page.tn('week.streak', streak)}` +
        (skipped ? ` ${Page.tn('week.skipped', skipped)}` : '');
    } else if (skipped) {
      summary = Page.tn('week.onlySkipped', skipped, { time });
    }
    setText($('week-summary'), summary);
    setText($('week-goal'), activeDays >= 7 ? Page.t('week.goalMet') : Page.tn('week.goal', 7 - activeDays));
    // The core's local date, named in the page's language; noon UTC is that date anywhere.
    // One formatter for the week: making one costs more than the seven names.
    const weekday = new Intl.DateTimeFormat(Page.words.locale(), { weekday: 'short', timeZone: 'UTC' });
    fill($('week-days'), week.week.map((day) => {
      const label = weekday.format(new Date(`${day.date}T12:00:00Z`));
      const count = day.breaks;
      const said = day.skipped ? Page.t('week.daySkipped', { day: label, n: count, skipped: day.skipped })
        : Page.tn('week.day', count, { day: label });
      return h('li', { class: count ? 'done' : '', 'aria-label': said },
        h('span', { 'aria-hidden': 'true' }, label), h('span', { 'aria-hidden': 'true', class: 'dot' }, count ? String(count) : '·'));
    }));
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
      Page.notify(skipped.length
        ? Page.t('import.partly', {
          favourites: Page.tn('import.favourites', added), file: file.name, skipped: skipped.length, reasons: skipped.map((s) => s.reason).join('; '),
        })
        : Page.tn('import.done', added, { file: file.name }),
      { kind: skipped.length ? 'warning' : 'info', id: 'import' });
    } catch (err) {
      Page.notify(Page.t('import.failed', { file: file.name, error: err.message }), { id: 'import' });
    }
  }

  Page.home = {
    init() {
      for (const id of ['filter-floor', 'filter-duration', 'filter-focus']) $(id).addEventListener('change', renderRoutines);
      document.addEventListener('click', onStar);
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
      // In new words the cards are made again, not kept as they were drawn.
      Page.language.onChange(() => {
        document.querySelectorAll('button.star').forEach(showStar);
        renderFavourites();
        renderWeek();
        renderRoutines();
        if (!$('view-home').hidden) document.title = Page.t('title.home');
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
      renderRoutines();
      document.title = Page.t('title.home');
    },
    focusRoutines,
  };
})(window.Page);
