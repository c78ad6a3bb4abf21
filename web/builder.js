// The routine builder: pick exercises from the catalog, order them, set each dose and
// sides, name it, and see its length as the engine computes it. Saving makes it a
// favourite with its own link. The URL follows the draft, and the draft is kept
// (draft.js), so leaving the builder or a reload loses nothing; every removal can be undone.
'use strict';

(function (Page) {
  const { h, $, fill, setText, minutes } = Page;
  const draft = { name: '', items: [] };
  let result = null;  // the core's answer for the draft: {ok, routine | error}
  let generation = 0;  // counts drafts replaced by another: an undo belongs to the one it came from
  let withdrawUndo = () => {};

  function check() {
    result = limber.customRoutine(draft);
    const status = $('builder-status');
    if (result.ok) {
      setText(status, `${draft.items.length} ${draft.items.length === 1 ? 'exercise' : 'exercises'}, ${minutes(result.routine.totalMs)} in all.`);
      status.classList.remove('problem');
      history.replaceState(history.state, '', `#build/${result.routine.link}`);
    } else {
      setText(status, draft.items.length || draft.name ? `Not ready: ${result.error}.` : 'Add exercises and give your routine a name.');
      status.classList.add('problem');
      // No link yet: #build opens the kept draft, as it is now.
      history.replaceState(history.state, '', '#build');
    }
    $('builder-save').disabled = !result.ok;
    Page.draftStore.write(draft);
  }

  function numberField(label, value, min, max, onValue) {
    const input = h('input', { type: 'number', min, max, step: 1, value, required: true, inputmode: 'numeric' });
    input.addEventListener('input', () => {
      const n = Number(input.value);
      if (Number.isInteger(n)) onValue(n);
      check();
    });
    return h('label', null, `${label} `, input);
  }

  function move(index, by) {
    const [item] = draft.items.splice(index, 1);
    draft.items.splice(index + by, 0, item);
    render(index + by, by < 0 ? 'up' : 'down');
  }

  function itemRow(item, index) {
    const e = Page.exercise(item.exercise);
    const { limits } = Page.catalog();
    const amount = e.dose.reps
      ? numberField('Reps', item.reps, limits.reps.min, limits.reps.max, (n) => { item.reps = n; })
      : numberField('Hold (s)', item.holdSeconds, limits.holdSeconds.min, limits.holdSeconds.max, (n) => { item.holdSeconds = n; });
    const sides = h('input', { type: 'checkbox', checked: item.perSide });
    sides.addEventListener('change', () => { item.perSide = sides.checked; check(); });
    const last = draft.items.length - 1;
    return h('li', { class: 'build-item', 'data-index': index },
      h('h3', null, `${index + 1}. ${e.name}`),
      h('p', { class: 'hint' }, `The articles suggest ${Page.doseText(e.dose)}.`),
      h('div', { class: 'dose' }, amount, numberField('Sets', item.sets, limits.sets.min, limits.sets.max, (n) => { item.sets = n; }),
        e.dose.perSide ? h('label', null, sides, ' Each side') : null),
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', 'data-move': 'up', disabled: index === 0, 'aria-label': `Move ${e.name} up`, onclick: () => move(index, -1) }, '↑ Up'),
        h('button', { type: 'button', 'data-move': 'down', disabled: index === last, 'aria-label': `Move ${e.name} down`, onclick: () => move(index, 1) }, '↓ Down'),
        h('button', {
          type: 'button',
          'aria-label': `Remove ${e.name}`,
          onclick: () => removeItem(index),
        }, 'Remove')));
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
    withdrawUndo = Page.offerUndo(`Removed ${name} from your routine.`, `${name} is back in your routine.`, () => {
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
    withdrawUndo = Page.offerUndo(`Your earlier draft was replaced by ${routineName}.`, 'Your earlier draft is back.', () => {
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
    setText($('builder-announce'), `Added ${exercise.name}.`);
  }

  Page.builder = {
    init() {
      fill($('builder-catalog'), Page.catalog().exercises.map((e) => h('li', null,
        h('span', null, h('strong', null, e.name), ` · ${Page.positionText(e)} · ${e.kind}`),
        h('button', { type: 'button', 'aria-label': `Add ${e.name}`, onclick: () => add(e) }, 'Add'))));
      $('builder-name').addEventListener('input', () => { draft.name = $('builder-name').value.trim(); check(); });
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
      const earlier = Page.draftStore.text();
      const next = routine ? { name: routine.name, items: routine.items.map((i) => ({ exercise: i.exercise, ...i.dose })) }
        : Page.draftStore.read() || { name: '', items: [] };
      if (JSON.stringify(next) !== JSON.stringify(draft)) {
        generation += 1;
        withdrawUndo();
      }
      draft.name = next.name;
      draft.items = next.items;
      $('builder-name').value = draft.name;
      document.title = 'Build a routine — Limber';
      render();
      if (routine) offerEarlierDraft(earlier, routine.name);
    },
  };
})(window.Page);
