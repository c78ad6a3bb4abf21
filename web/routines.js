// What the page says about routines and exercises: where you do them, what you need,
// what kind of work they are, and each dose in words. All from the core's catalog.
'use strict';

(function (Page) {
  const FLOOR = new Set(['all-fours', 'kneeling', 'lying']);
  const AT_DESK = new Set(['seated', 'standing']);
  const EQUIPMENT = {
    chair: 'a chair', wall: 'a wall', doorway: 'a doorway', 'foam-roller-or-towel': 'a foam roller or rolled towel',
    'band-or-dumbbells': 'a band or light dumbbells',
  };
  const KIND = { stretch: 'Stretch', mobility: 'Mobility', strength: 'Strength' };
  const POSITION = {
    standing: 'standing', seated: 'seated', 'all-fours': 'on all fours', kneeling: 'kneeling', lying: 'lying down',
    wall: 'at a wall', doorway: 'in a doorway',
  };

  let catalog = { exercises: [], routines: [] };
  Page.setCatalog = (c) => { catalog = c; };
  Page.catalog = () => catalog;
  Page.exercise = (id) => catalog.exercises.find((e) => e.id === id);

  // Where and with what a routine is done, and what it works on.
  Page.facts = function facts(routine) {
    const exercises = routine.items.map((item) => Page.exercise(item.exercise)).filter(Boolean);
    const floor = exercises.some((e) => FLOOR.has(e.position));
    const desk = exercises.every((e) => AT_DESK.has(e.position) && (e.equipment === 'none' || e.equipment === 'chair'));
    const kinds = [...new Set(exercises.map((e) => e.kind))];
    const equipment = [...new Set(exercises.map((e) => e.equipment).filter((q) => q !== 'none'))];
    return {
      floor,
      place: floor ? 'Floor' : desk ? 'Desk-friendly' : 'Standing',
      kinds,
      kindText: kinds.map((k) => KIND[k]).join(' · '),
      equipment,
      equipmentText: equipment.length ? `Needs ${equipment.map((q) => EQUIPMENT[q]).join(', ')}` : 'No equipment',
      strength: kinds.includes('strength'),
    };
  };

  Page.positionText = (exercise) => POSITION[exercise.position] || exercise.position;

  // "10 reps", "30 s hold × 3 sets, each side"
  Page.doseText = function doseText(dose) {
    const amount = dose.reps ? `${dose.reps} reps` : `${dose.holdSeconds} s hold`;
    const sets = dose.sets > 1 ? ` × ${dose.sets} sets` : '';
    return `${amount}${sets}${dose.perSide ? ', each side' : ''}`;
  };

  // How often, in the articles' words turned into ours.
  Page.frequencyText = function frequencyText(routine) {
    const exercises = routine.items.map((item) => Page.exercise(item.exercise)).filter(Boolean);
    const some = exercises.some((e) => e.frequency === '3-4-per-week');
    const all = exercises.every((e) => e.frequency === '3-4-per-week');
    if (all) return 'How often: three or four times a week, with a rest day between.';
    if (some) return 'How often: the gentle moves suit every day; do the stronger ones three or four times a week.';
    return 'How often: a few minutes every day, and whenever your back feels stiff from sitting.';
  };
})(window.Page);
