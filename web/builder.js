// The routine builder: pick exercises from the catalog, order them, set each dose and
// sides, name it, and see its length as the engine computes it. Saving makes it a
// favourite with its own link. The URL follows the draft, and the draft is kept
// (draft.js), so leaving the builder or a reload loses nothing; every removal can be undone.
'use strict';

(function (Page) {
  const { h, $, fill, setText, minutes } = Page;
  const draft = { name: '', items: [] };
  let result = null;  // the core's answer for the draft: {ok, routine | error, problems}
  let generation = 0;  // counts drafts replaced by another: an undo belongs to the one it came from
  let withdrawUndo = () => {};

  // The fields the user has typed in or left: only those show the core's problems, so
  // nothing is called wrong before the user has touched it. Kept per draft item, so a
  // row's marks move with it.
  const touched = new WeakMap();
  let nameTouched = false;
  const isTouched = (index, field) => (index === null ? nameTouched : Boolean(touched.get(draft.items[index])?.has(field)));
  const touch = (item, field) => touched.set(item, (touched.get(item) || new Set()).add(field));

  // A field also loses focus when the builder is left; the URL then names another view.
  const onScreen = () => !$('view-builder').hidden;

  function markField(input, message) {
    const note = $(`${input.id}-error`);
    setText(note, message || '');
    note.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  // Each problem the core names goes beside its field once that field was touched; the
  // problems shown are returned.
  function showProblems(problems) {
    const shown = [];
    for (const input of $('builder-form').querySelectorAll('input[data-field]')) {
      const index = input.dataset.item === undefined ? null : Number(input.dataset.item);
      const problem = problems.find((p) => p.field === input.dataset.field && p.item === index);
      const show = problem && isTouched(index, problem.field);
      markField(input, show ? problem.message : '');
      if (show) shown.push(problem);
    }
    return shown;
  }

  function check() {
    result = limber.customRoutine(draft);
    const status = $('builder-status');
    const problems = result.ok ? [] : result.problems || [];
    const shown = showProblems(problems);
    if (result.ok) {
      setText(status, Page.tn('builder.total', draft.items.length, { time: minutes(result.routine.totalMs) }));
      history.replaceState(history.state, '', `#build/${result.routine.link}`);
    } else {
      // What is still missing, as a hint; what is wrong stands beside its field.
      const waiting = problems.find((p) => !shown.includes(p));
      setText(status, !draft.items.length && !draft.name ? Page.t('builder.start')
        : shown.length ? Page.tn('builder.fix', shown.length)
          : waiting ? waiting.message : Page.t('builder.notReady', { error: result.error }));
      // No link yet: #build opens the kept draft, as it is now.
      history.replaceState(history.state, '', '#build');
    }
    status.classList.toggle('problem', shown.length > 0);
    $('builder-save').disabled = !result.ok;
    Page.draftStore.write(draft);
  }

  // The range the core reports for an exercise's dose field, as the catalog names it.
  const RANGE_KEYS = { reps: ['repsMin', 'repsMax'], holdSeconds: ['holdMin', 'holdMax'], sets: ['setsMin', 'setsMax'] };

  // A whole-number dose field, limited to the exercise's range. The draft holds what the
  // field says (null when it is empty or not a number), so the core judges exactly what
  // the user typed, and says beside the field when it leaves the range.
  function numberField(label, index, field) {
    const item = draft.items[index];
    const [min, max] = RANGE_KEYS[field].map((key) => Page.exercise(item.exercise).range[key]);
    const id = `builder-${index + 1}-${field}`;
    const input = h('input', {
      type: 'number', id, min, max, step: 1, value: item[field], required: true, inputmode: 'numeric',
      'data-item': index, 'data-field': field, 'aria-labelledby': `${id}-label`,
    });
    input.addEventListener('input', () => {
      item[field] = input.value === '' ? null : Number(input.value);
      touch(item, field);
      check();
    });
    input.addEventListener('blur', () => {
      touch(item, field);
      if (onScreen()) check();
    });
    // The message sits inside the label, beside its field; the field's name is the label's
    // first words alone (aria-labelledby), and the message its description.
    return h('label', { class: 'field' }, h('span', { id: `${id}-label` }, label), ' ', input,
      h('span', { class: 'field-error', id: `${id}-error`, hidden: true }));
  }

  function move(index, by) {
    const [item] = draft.items.splice(index, 1);
    draft.items.splice(index + by, 0, item);
    render(index + by, by < 0 ? 'up' : 'down');
  }

  function itemRow(item, index) {
    const e = Page.exercise(item.exercise);
    // Reps, a hold, or reps each held: a field for each amount the exercise counts.
    const reps = e.dose.reps ? numberField(Page.t('builder.reps'), index, 'reps') : null;
    const hold = e.dose.holdSeconds ? numberField(Page.t(e.dose.reps ? 'builder.holdEach' : 'builder.hold'), index, 'holdSeconds') : null;
    const sides = h('input', { type: 'checkbox', checked: item.perSide });
    sides.addEventListener('change', () => { item.perSide = sides.checked; check(); });
    const last = draft.items.length - 1;
    return h('li', { class: 'build-item', 'data-index': index },
      Page.exerciseFigure(e),
      h('h3', null, `${index + 1}. ${e.name}`),
      h('p', { class: 'hint' }, e.provenance.dose),
      h('div', { class: 'dose' }, reps, hold, numberField(Page.t('builder.sets'), index, 'sets'),
        e.dose.perSide ? h('label', null, sides, ' ', Page.t('builder.eachSide')) : null),
      h('div', { class: 'row-actions' },
        h('button', {
          type: 'button', 'data-move': 'up', disabled: index === 0, 'aria-label': Page.t('builder.upLabel', { name: e.name }),
          onclick: () => move(index, -1),
        }, Page.t('builder.up')),
        h('button', {
          type: 'button', 'data-move': 'down', disabled: index === last, 'aria-label': Page.t('builder.downLabel', { name: e.name }),
          onclick: () => move(index, 1),
        }, Page.t('builder.down')),
        h('button', {
          type: 'button',
          'aria-label': Page.t('builder.removeLabel', { name: e.name }),
          onclick: () => removeItem(index),
        }, Page.t('builder.remove'))));
  }

  // Redraws the list; keyboard focus stays with the row the user just moved.
  function render(focusIndex = -1, focusButton = '') {
    fill($('builder-items'), draft.items.map(itemRow));
    $('builder-empty').hidden = draft.items.length > 0;
    if (focusIndex >= 0) {
      const row = $('builder-items').children[focusIndex];
      const target = row && (row.querySelector(`[data-move="${focusButton}"]:not(:disabled)`) || row.querySelector('button:not(:disabled)'));
      if (target) target.focus();
    } else if (focusButton === 'remove') {
      $('builder-add-heading').focus();
    }
    check();
  }

  // Removes one exercise; Undo puts it back at its place with its dose, if the builder still
  // holds the same draft.
  function removeItem(index) {
    const [item] = draft.items.splice(index, 1);
    render(Math.min(index, draft.items.length - 1), 'remove');
    const { name } = Page.exercise(item.exercise);
    const from = generation;
    withdrawUndo = Page.offerUndo(Page.t('builder.removed', { name }), Page.t('builder.back', { name }), () => {
      if (from !== generation) return;
      draft.items.splice(Math.min(index, draft.items.length), 0, item);
      if ($('view-builder').hidden) Page.draftStore.write(draft);
      else render(index);
    });
  }

  // Opening a routine in the builder replaces a different draft kept there: Undo brings
  // that draft back.
  function offerEarlierDraft(earlier, routineName) {
    const kept = Page.draftStore.text();
    if (earlier === null || kept === earlier) return;
    const from = generation;
    withdrawUndo = Page.offerUndo(Page.t('builder.replaced', { name: routineName }), Page.t('builder.draftBack'), () => {
      if (from !== generation) return;
      Page.draftStore.restoreText(earlier);
      if (!$('view-builder').hidden) {
        history.replaceState(history.state, '', '#build');
        Page.builder.show(null);
      }
    });
  }

  function add(exercise) {
    draft.items.push({ exercise: exercise.id, ...exercise.dose });
    render();
    setText($('builder-announce'), Page.t('builder.added', { name: exercise.name }));
  }

  // Built when the builder is first shown: at load it would lengthen the page's takeover
  // for a view most visits never open.
  function listCatalog() {
    if ($('builder-catalog').childElementCount) return;
    fill($('builder-catalog'), Page.catalog().exercises.map((e) => h('li', null,
      Page.exerciseFigure(e),
      h('span', { class: 'catalog-name' }, h('strong', null, e.name), ` · ${Page.positionText(e)} · ${Page.catalog().kindNames[e.kind]}`),
      h('button', { type: 'button', 'aria-label': Page.t('builder.addLabel', { name: e.name }), onclick: () => add(e) }, Page.t('builder.addOne')))));
  }

  Page.builder = {
    init() {
      // The catalog is listed again when next shown, and the draft's rows now.
      Page.language.onChange(() => {
        fill($('builder-catalog'));
        if ($('view-builder').hidden) return;
        listCatalog();
        render();
        document.title = Page.t('title.builder');
      });
      $('builder-name').addEventListener('input', () => {
        draft.name = $('builder-name').value.trim();
        nameTouched = true;
        check();
      });
      $('builder-name').addEventListener('blur', () => {
        nameTouched = true;
        if (onScreen()) check();
      });
      $('builder-form').addEventListener('submit', (e) => {
        e.preventDefault();
        check();
        if (!result.ok) return;
        Page.favourites.add(result.routine.link);
        Page.draftStore.forget();
        location.hash = result.routine.link;
      });
    },
    // The kept draft (or an empty one), or a routine to start from (a link decoded by the core).
    show(routine) {
      listCatalog();
      const earlier = Page.draftStore.text();
      const next = routine ? { name: routine.name, items: routine.items.map((i) => ({ exercise: i.exercise, ...i.dose })) }
        : Page.draftStore.read() || { name: '', items: [] };
      if (JSON.stringify(next) !== JSON.stringify(draft)) {
        generation += 1;
        withdrawUndo();
      }
      draft.name = next.name;
      draft.items = next.items;
      // A routine's doses were set, not left blank: one outside its range (a built-in
      // routine's shortened dose) is marked at once.
      if (routine) for (const item of draft.items) for (const field of Object.keys(RANGE_KEYS)) touch(item, field);
      $('builder-name').value = draft.name;
      nameTouched = false;
      document.title = Page.t('title.builder');
      render();
      if (routine) offerEarlierDraft(earlier, routine.name);
    },
  };
})(window.Page);
