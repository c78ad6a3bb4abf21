// What the page says about routines and exercises: where you do them, what you need,
// what kind of work they are, and each dose in words. All from the core's catalog.
'use strict';

(function (Page) {
  let catalog = { exercises: [], routines: [] };
  Page.setCatalog = (c) => { catalog = c; };
  Page.catalog = () => catalog;
  Page.exercise = (id) => catalog.exercises.find((e) => e.id === id);

  // Where and with what a routine is done, and what it works on: the core's facts, in words.
  Page.facts = function facts(routine) {
    const { place, floor, kinds, equipment } = routine.facts;
    return {
      floor,
      place,
      kinds,
      kindText: kinds.map((k) => catalog.kindNames[k]).join(' · '),
      equipment,
      equipmentText: equipment.length ? `Needs ${equipment.map((q) => catalog.equipmentNames[q]).join(', ')}` : 'No equipment',
    };
  };

  Page.positionText = (exercise) => catalog.positionNames[exercise.position];

  // "10 reps", "10 reps, each held 5 s", "30 s hold × 3 sets, each side"
  Page.doseText = function doseText(dose) {
    const held = dose.reps && dose.holdSeconds ? `${dose.reps} reps, each held ${dose.holdSeconds} s` : null;
    const amount = held ?? (dose.reps ? `${dose.reps} reps` : `${dose.holdSeconds} s hold`);
    const sets = dose.sets > 1 ? ` × ${dose.sets} sets` : '';
    return `${amount}${sets}${dose.perSide ? ', each side' : ''}`;
  };
})(window.Page);
