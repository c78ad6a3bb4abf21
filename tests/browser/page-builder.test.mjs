// The routine builder: add from the catalog, reorder, remove, set dose and sides,
// name it, preview its length as the engine computes it, save it as a favourite with its
// own link; typing in it is never taken by SDL or the player's keys.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, fragment, go, messages, openApp, retype, stored, text, texts, waitView } from './page-helpers.mjs';

const rowTitles = (page) => texts(page, '#builder-items > li h3');
const draftLink = async (page) => (await fragment(page)).replace(/^#build\//, '');
const decoded = (page, link) => page.evaluate((l) => limber.decodeLink(l), link);
const focusedLabel = (page) => page.evaluate(() => document.activeElement.getAttribute('aria-label'));

// The ids of the fields marked invalid, and the problems shown.
const marked = (page) => page.$$eval('#builder-form [aria-invalid="true"]', (els) => els.map((el) => el.id));
const notes = (page) => page.$$eval('#builder-form .field-error', (els) => els.filter((el) => !el.hidden).map((el) => el.textContent));

// The field `id` is marked invalid and described by `message`, shown right beside it.
async function assertBeside(page, id, message) {
  const field = await page.$eval(`#${id}`, (el) => {
    const note = document.getElementById(el.getAttribute('aria-describedby'));
    const a = el.getBoundingClientRect();
    const b = note && note.getBoundingClientRect();
    return {
      invalid: el.getAttribute('aria-invalid'), note: note && note.textContent, visible: Boolean(note) && !note.hidden,
      gap: b ? Math.max(b.top - a.bottom, a.top - b.bottom) : null, left: b ? b.left - a.left : null,
    };
  });
  assert.equal(field.invalid, 'true', `${id} is marked`);
  assert.equal(field.note, message);
  assert.ok(field.visible, `${id}: its message is shown`);
  assert.ok(field.gap < 16 && Math.abs(field.left) < 200, `${id}: the message is beside the field: ${JSON.stringify(field)}`);
}

// Replaces the value of the `nth` number field (1-based) of builder row `row`, as typed.
async function setNumber(page, row, nth, value) {
  await retype(page, `#builder-items > li:nth-child(${row}) .dose label:nth-child(${nth}) input`, value);
}

// The status line previews the draft, whose link the engine opens as `totalMs` long.
async function assertPreview(page, status, totalMs) {
  const d = await decoded(page, await draftLink(page));
  assert.equal(d.ok, true, d.error);
  assert.equal(d.routine.totalMs, totalMs);
  assert.equal(await text(page, '#builder-status'), status);
  return d.routine;
}

for (const browserName of BROWSERS) {
  describe(`page, builder, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('add, name, dose, sides, reorder, remove, preview, save as a favourite with its own link', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-empty', (el) => el.hidden), false);
      assert.equal(await page.$eval('#builder-save', (el) => el.disabled), true);
      assert.equal(await text(page, '#builder-status'), 'Add exercises and give your routine a name.');

      for (const name of ['Shoulder rolls', 'Side stretch', 'Seated thoracic rotation']) {
        await page.click(`#builder-catalog button[aria-label="Add ${name}"]`);
        assert.equal(await text(page, '#builder-announce'), `Added ${name}.`);
      }
      assert.deepEqual(await rowTitles(page), ['1. Shoulder rolls', '2. Side stretch', '3. Seated thoracic rotation']);
      // Each row says where its dose comes from, as the catalog records it.
      const notes = await page.evaluate(() => ['shoulder-rolls', 'side-stretch', 'thoracic-rotation']
        .map((id) => limber.catalog().exercises.find((e) => e.id === id).provenance.dose));
      assert.deepEqual(await page.$$eval('#builder-items .hint', (els) => els.map((p) => p.textContent)), notes);
      assert.match(notes[0], /^Article 003: 10 to 15 rolls/);
      assert.equal(await text(page, '#builder-status'), 'Give your routine a name.');
      assert.equal(await page.$eval('#builder-save', (el) => el.disabled), true);

      await page.type('#builder-name', 'Desk reset');
      await waitFor(page, () => !document.getElementById('builder-save').disabled);
      assert.equal(await draftLink(page), 'v1/custom/Desk%20reset/shoulder-rolls,side-stretch,thoracic-rotation');
      await assertPreview(page, '3 exercises, 4 min in all.', 211000);

      await setNumber(page, 1, 1, 12);       // shoulder rolls: 12 reps
      await setNumber(page, 2, 1, 30);       // side stretch: 30 s holds, the most its range allows
      await page.click('#builder-items > li:nth-child(3) .dose input[type="checkbox"]');  // the twist once, not each side
      await waitFor(page, () => location.hash.includes('oneside'));
      assert.equal(await draftLink(page), 'v1/custom/Desk%20reset/shoulder-rolls.12reps,side-stretch.30s,thoracic-rotation.oneside');
      const dosed = await assertPreview(page, '3 exercises, 3 min in all.', 188000);
      assert.deepEqual(dosed.items.map((i) => i.dose), [
        { reps: 12, sets: 1, perSide: false }, { holdSeconds: 30, sets: 1, perSide: true }, { reps: 8, sets: 1, perSide: false }]);

      // A dose outside the exercise's range is named with the range and whose it is, and
      // nothing is saved, linked or playable until it is fixed.
      for (const reps of [9, 16, 0]) {
        await setNumber(page, 1, 1, reps);
        assert.equal(await text(page, '#builder-1-reps-error'), 'Shoulder rolls takes 10 to 15 reps (the articles\' range).');
        assert.equal(await text(page, '#builder-status'), 'Not ready: fix the field marked above.');
        assert.equal(await page.$eval('#builder-save', (el) => el.disabled), true);
        assert.equal(await fragment(page), '#build', 'no link to open or play');
      }
      await setNumber(page, 1, 1, 12);
      await assertPreview(page, '3 exercises, 3 min in all.', 188000);

      await page.click('#builder-items button[aria-label="Move Side stretch up"]');
      assert.deepEqual(await rowTitles(page), ['1. Side stretch', '2. Shoulder rolls', '3. Seated thoracic rotation']);
      assert.equal(await focusedLabel(page), 'Move Side stretch down', 'focus stays with the moved row');
      assert.equal(await draftLink(page), 'v1/custom/Desk%20reset/side-stretch.30s,shoulder-rolls.12reps,thoracic-rotation.oneside');
      await page.keyboard.press('Enter');
      assert.deepEqual(await rowTitles(page), ['1. Shoulder rolls', '2. Side stretch', '3. Seated thoracic rotation']);
      await page.click('#builder-items button[aria-label="Remove Shoulder rolls"]');
      assert.deepEqual(await rowTitles(page), ['1. Side stretch', '2. Seated thoracic rotation']);
      const link = await draftLink(page);
      assert.equal(link, 'v1/custom/Desk%20reset/side-stretch.30s,thoracic-rotation.oneside');
      const routine = await assertPreview(page, '2 exercises, 2 min in all.', 123000);

      await page.click('#builder-save');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), `#${link}`);
      assert.equal(await text(page, '#routine-title'), 'Desk reset');
      assert.equal(await page.$$eval('#routine-exercises > li', (els) => els.length), 2);
      assert.equal(await page.$eval('#routine-star button', (b) => b.getAttribute('aria-pressed')), 'true');
      const saved = await page.evaluate((t) => limber.readSaved('favourites', t), await stored(page, 'limber.favourites'));
      assert.deepEqual(saved.entries.map((e) => e.link), [link]);
      assert.equal(routine.totalMs, (await decoded(page, link)).routine.totalMs);
      await go(page, '', 'view-home');
      assert.deepEqual(await texts(page, '#favourite-list > li h3 a'), ['Desk reset']);
      assertClean(opened);
      await opened.close();
    });

    test('"Edit a copy" opens a built-in routine in the builder, each shortened dose brought up to its range and named', async () => {
      const opened = await openApp(browser, '#v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-routine');
      await page.click('#routine-edit');
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Micro-break');
      assert.deepEqual(await rowTitles(page), ['1. Shoulder rolls', '2. Seated thoracic rotation', '3. Side stretch']);
      assert.equal(await page.$eval('#builder-items > li:nth-child(1) .dose input', (el) => el.value), '10');
      const copy = await assertPreview(page, '3 exercises, 3 min in all.', 201000);
      // The copy is the user's own, so it keeps to each exercise's range: a dose the built-in
      // routine shortened below it starts at the range's least, and the page says which.
      const { original, exercises } = await page.evaluate(() => ({
        original: limber.decodeLink('v1/routine/micro-break').routine, exercises: limber.catalog().exercises,
      }));
      const least = (id, key) => exercises.find((e) => e.id === id).range[key];
      assert.deepEqual(copy.items, original.items.map(({ exercise, dose, shortened }) => ({ exercise,
        dose: !shortened ? dose : dose.reps ? { ...dose, reps: least(exercise, 'repsMin') } : { ...dose, holdSeconds: least(exercise, 'holdMin') } })));
      assert.equal(original.items.filter((i) => i.shortened).length, 3);
      assert.deepEqual(await messages(page), [{ role: 'status', text: [
        'Shoulder rolls takes 10 to 15 reps (the articles\' range); this link asked for 6, so it plays 10.',
        'Seated thoracic rotation takes 8 to 10 reps (the articles\' range); this link asked for 4, so it plays 8.',
        'Side stretch is held for 15 to 30 seconds (the articles\' range); this link asked for 10, so it plays 15.'].join(' ') }]);
      await page.click('#builder-save');
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Micro-break');
      assertClean(opened);
      await opened.close();
    });

    test('typing in the builder after playing: letters, m, f, ? and spaces land in the field; Tab moves on', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.keyboard.press(' ');
      await waitFor(page, () => limber.state().screen === 'player');
      const audio = await page.evaluate(() => limber.state().audio.enabled);
      await page.click('nav a[href="#build"]');
      await waitFor(page, () => document.getElementById('leave-confirm').open);  // the routine is in progress: it asks first
      await page.click('#leave-go');
      await waitView(page, 'view-builder');
      await page.click('#builder-name');
      const typed = 'My fm break? Mind the F key';
      await page.keyboard.type(typed);
      assert.equal(await page.$eval('#builder-name', (el) => el.value), typed);
      assert.equal(await page.evaluate(() => limber.state().audio.enabled), audio, 'm was not taken as the sound key');
      assert.equal(await page.evaluate(() => document.getElementById('help').open), false, '? was not taken');
      assert.equal(await page.evaluate(() => Boolean(document.fullscreenElement)), false, 'f was not taken');
      assert.equal(await page.$eval('#view-builder', (el) => el.hidden), false);

      await page.keyboard.press('Tab');
      assert.equal(await focusedLabel(page), 'Add Cat-cow', 'Tab goes on to the first enabled control');
      await page.keyboard.press('Enter');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow']);
      await retype(page, '#builder-items input[type="number"]', 15);
      assert.equal(await page.$eval('#builder-items input[type="number"]', (el) => el.value), '15');
      await waitFor(page, () => location.hash.endsWith('/cat-cow.15reps'));
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'builder-name');
      assertClean(opened);
      await opened.close();
    });

    test('problems in plain words beside their field, only once it was typed in or left; whole numbers only', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      await waitView(page, 'view-builder');
      await page.click('#builder-catalog button[aria-label="Add Shoulder rolls"]');
      await page.click('#builder-catalog button[aria-label="Add Side stretch"]');
      assert.deepEqual(await marked(page), [], 'nothing is called wrong before anything is typed');
      assert.deepEqual(await notes(page), []);
      assert.equal(await text(page, '#builder-status'), 'Give your routine a name.');
      assert.equal(await page.$eval('#builder-status', (el) => el.classList.contains('problem')), false);
      // Each dose field's limits are the exercise's range as the core reports it.
      const range = (id) => page.evaluate((i) => limber.catalog().exercises.find((e) => e.id === i).range, id);
      const [rolls, stretch] = [await range('shoulder-rolls'), await range('side-stretch')];
      assert.deepEqual(await page.$eval('#builder-1-reps', (el) => [el.min, el.max, el.step, el.inputMode]),
        [String(rolls.repsMin), String(rolls.repsMax), '1', 'numeric']);
      assert.deepEqual(await page.$eval('#builder-2-holdSeconds', (el) => [el.min, el.max]), [stretch.holdMin, stretch.holdMax].map(String));
      assert.deepEqual(await page.$eval('#builder-2-sets', (el) => [el.min, el.max]), [stretch.setsMin, stretch.setsMax].map(String));
      assert.deepEqual([rolls.repsMin, rolls.repsMax, stretch.holdMin, stretch.holdMax, stretch.setsMax], [10, 15, 15, 30, 1],
        'the messages below name these ranges');
      const valid = await page.$eval('#builder-1-reps', (el) => getComputedStyle(el).borderTopColor);

      // Left empty, the name says what it needs; typing one clears it.
      await page.click('#builder-name');
      await page.keyboard.press('Tab');
      await assertBeside(page, 'builder-name', 'Give your routine a name.');
      assert.deepEqual(await marked(page), ['builder-name']);
      await page.click('#builder-name');
      await page.keyboard.type('Desk');
      assert.deepEqual(await marked(page), []);
      assert.equal(await text(page, '#builder-status'), '2 exercises, 2 min in all.');

      await retype(page, '#builder-1-reps', '12.5');
      await assertBeside(page, 'builder-1-reps', 'Reps must be a whole number from 10 to 15.');
      assert.notEqual(await page.$eval('#builder-1-reps', (el) => getComputedStyle(el).borderTopColor), valid, 'the field looks marked');
      assert.equal(await text(page, '#builder-status'), 'Not ready: fix the field marked above.');
      assert.equal(await page.$eval('#builder-save', (el) => el.disabled), true);
      await retype(page, '#builder-1-reps', '9');
      await assertBeside(page, 'builder-1-reps', 'Shoulder rolls takes 10 to 15 reps (the articles\' range).');
      await retype(page, '#builder-1-reps', '101');
      await assertBeside(page, 'builder-1-reps', 'Shoulder rolls takes 10 to 15 reps (the articles\' range).');
      await retype(page, '#builder-1-reps', '12');
      assert.deepEqual(await marked(page), []);
      assert.deepEqual(await notes(page), []);

      await retype(page, '#builder-2-holdSeconds', '31');
      await assertBeside(page, 'builder-2-holdSeconds', 'Side stretch is held for 15 to 30 seconds (the articles\' range).');
      await retype(page, '#builder-2-holdSeconds', '0');
      await assertBeside(page, 'builder-2-holdSeconds', 'Side stretch is held for 15 to 30 seconds (the articles\' range).');
      await retype(page, '#builder-2-holdSeconds', '2.5');
      await assertBeside(page, 'builder-2-holdSeconds', 'Hold time must be a whole number of seconds from 15 to 30.');
      assert.deepEqual(await marked(page), ['builder-2-holdSeconds'], 'only that field');
      // Two fields wrong at once: both marked.
      await retype(page, '#builder-2-sets', '2');
      await assertBeside(page, 'builder-2-sets', 'Side stretch takes 1 set (the articles\' range).');
      assert.deepEqual(await marked(page), ['builder-2-holdSeconds', 'builder-2-sets']);
      assert.equal(await text(page, '#builder-status'), 'Not ready: fix the 2 fields marked above.');
      // Emptied, the field asks for a number.
      await page.$eval('#builder-2-sets', (el) => { el.focus(); el.select(); });
      await page.keyboard.press('Backspace');
      await assertBeside(page, 'builder-2-sets', 'Sets must be 1.');
      await page.keyboard.type('1');
      await retype(page, '#builder-2-holdSeconds', '25');
      assert.deepEqual(await marked(page), []);
      assert.equal(await text(page, '#builder-status'), '2 exercises, 2 min in all.');
      assert.equal(await draftLink(page), 'v1/custom/Desk/shoulder-rolls.12reps,side-stretch.25s');

      // A mark moves with its row.
      await retype(page, '#builder-2-holdSeconds', '700');
      await page.click('#builder-items button[aria-label="Move Side stretch up"]');
      await assertBeside(page, 'builder-1-holdSeconds', 'Side stretch is held for 15 to 30 seconds (the articles\' range).');
      assert.deepEqual(await marked(page), ['builder-1-holdSeconds']);
      assertClean(opened);
      await opened.close();
    });

    test('reps each held: the squeeze has a field for its reps and one for each hold, each kept to its range', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      await waitView(page, 'view-builder');
      await page.click('#builder-catalog button[aria-label="Add Shoulder blade squeeze"]');
      await page.click('#builder-name');
      await page.keyboard.type('Squeezes');
      const squeeze = await page.evaluate(() => limber.catalog().exercises.find((e) => e.id === 'scapular-squeeze'));
      assert.ok(squeeze.dose.reps > 0 && squeeze.dose.holdSeconds > 0, 'the squeeze holds each rep');
      assert.equal(await text(page, '#builder-1-holdSeconds-label'), 'Hold each (s)');
      assert.deepEqual(await page.$eval('#builder-1-holdSeconds', (el) => [el.min, el.max, el.value]),
        [squeeze.range.holdMin, squeeze.range.holdMax, squeeze.dose.holdSeconds].map(String));
      await retype(page, '#builder-1-holdSeconds', String(squeeze.range.holdMax + 1));
      await assertBeside(page, 'builder-1-holdSeconds',
        `Shoulder blade squeeze is held for ${squeeze.range.holdMin} to ${squeeze.range.holdMax} seconds (the articles' range).`);
      assert.deepEqual(await marked(page), ['builder-1-holdSeconds'], 'the reps stay unmarked');
      await retype(page, '#builder-1-holdSeconds', String(squeeze.range.holdMax));
      await retype(page, '#builder-1-reps', '12');
      assert.deepEqual(await marked(page), []);
      assert.equal(await draftLink(page), `v1/custom/Squeezes/scapular-squeeze.12reps.${squeeze.range.holdMax}s`);
      assertClean(opened);
      await opened.close();
    });
  });
}
