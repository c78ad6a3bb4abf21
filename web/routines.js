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
      place: Page.t(`place.${place}`),
      kinds,
      kindText: kinds.map((k) => catalog.kindNames[k]).join(' · '),
      equipment,
      equipmentText: equipment.length ? Page.t('facts.needs', { equipment: Page.words.list(equipment.map((q) => catalog.equipmentNames[q])) })
        : Page.t('facts.noEquipment'),
    };
  };

  Page.positionText = (exercise) => catalog.positionNames[exercise.position];

  // "10 reps", "10 reps, each held 5 s", "30 s hold × 3 sets, each side"
  Page.doseText = function doseText(dose) {
    const { reps, holdSeconds: seconds } = dose;
    let amount = Page.t(reps && seconds ? 'dose.repsHeld' : reps ? 'dose.reps' : 'dose.hold', { reps, seconds });
    if (dose.sets > 1) amount = Page.t('dose.sets', { amount, sets: dose.sets });
    return dose.perSide ? Page.t('dose.eachSide', { amount }) : amount;
  };
})(window.Page);
