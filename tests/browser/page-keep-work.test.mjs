// Nothing is lost without warning: the builder's draft outlives leaving the builder and a
// reload, every removal can be undone (the stored text put back byte for byte), leaving a
// routine in progress asks first, and a routine cut off by a reload can be resumed from
// the exercise it was in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, axeViolations, fragment, messages, openApp, reload, savedText, state, stored, text, texts, waitView } from './page-helpers.mjs';

const rowTitles = (page) => texts(page, '#builder-items > li h3');
const focused = (page) => page.evaluate(() => document.activeElement.id || document.activeElement.textContent);
const favouriteNames = (page) => texts(page, '#favourite-list > li h3 a');
const dialogOpen = (page) => page.evaluate(() => document.getElementById('leave-confirm').open);
const unloadHandler = (page) => page.evaluate(() => typeof window.onbeforeunload);
const toast = (page) => page.$eval('#undo', (el) => ({ role: el.getAttribute('role'), text: el.querySelector('p')?.textContent ?? '' }));

async function clickNav(page, label) {
  const [link] = await page.$$(`xpath/.//nav//a[normalize-space(.)="${label}"]`);
  assert.ok(link, `a "${label}" link in the header`);
  await link.click();
}

async function startFromRoutineView(page) {
  await page.click('#routine-start');
  await waitView(page, 'view-player');
  await waitFor(page, () => limber.state().screen === 'player');
}

for (const browserName of BROWSERS) {
  describe(`page, nothing lost, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('a builder draft survives clicking Routines and coming back, and a reload', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      await waitView(page, 'view-builder');
      await page.click('#builder-catalog button[aria-label="Add Cat-cow"]');
      await page.click('#builder-catalog button[aria-label="Add Side stretch"]');
      await clickNav(page, 'Routines');
      await waitView(page, 'view-home');
      await clickNav(page, 'Build your own');
      await waitView(page, 'view-builder');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch'], 'a draft with no name yet is kept');
      assert.equal(await stored(page, 'limber.draft'), '{"version":1,"name":"","link":"v1/custom/Untitled/cat-cow,side-stretch"}');

      await page.type('#builder-name', 'Lunch');
      await page.$eval('#builder-items > li:nth-child(2) .dose input', (el) => { el.focus(); el.select(); });
      await page.keyboard.type('25');
      await waitFor(page, () => location.hash.endsWith('side-stretch.25s'));
      await clickNav(page, 'Routines');
      await waitView(page, 'view-home');
      await clickNav(page, 'Build your own');
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Lunch');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch']);
      assert.equal(await page.$eval('#builder-items > li:nth-child(2) .dose input', (el) => el.value), '25');

      await reload(page);
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Lunch');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch']);
      assert.equal(await stored(page, 'limber.draft'), '{"version":1,"name":"Lunch","link":"v1/custom/Lunch/cat-cow,side-stretch.25s"}');
      assert.equal((await toast(page)).text, '', 'the kept draft is not taken for a replaced one');

      // Half typed (no name): the URL is #build, and a reload brings back the draft as it is.
      await page.$eval('#builder-name', (el) => { el.focus(); el.select(); });
      await page.keyboard.press('Backspace');
      await waitFor(page, () => location.hash === '#build');
      await reload(page);
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), '');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch']);
      assert.equal((await toast(page)).text, '');
      await page.type('#builder-name', 'Lunch');
      await waitFor(page, () => location.hash.endsWith('side-stretch.25s'));

      // Saving makes it a favourite: the builder starts afresh.
      await page.click('#builder-save');
      await waitView(page, 'view-routine');
      assert.equal(await stored(page, 'limber.draft'), null);
      await clickNav(page, 'Build your own');
      await waitView(page, 'view-builder');
      assert.deepEqual(await rowTitles(page), []);
      assert.equal(await page.$eval('#builder-name', (el) => el.value), '');
      assertClean(opened);
      await opened.close();
    });

    test('"Edit a copy" over a kept draft replaces it, and Undo brings the draft back', async () => {
      const kept = '{"version":1,"name":"Lunch","link":"v1/custom/Lunch/cat-cow.12reps"}';
      const opened = await openApp(browser, '#v1/routine/micro-break', { storage: { 'limber.draft': kept } });
      const { page } = opened;
      await waitView(page, 'view-routine');
      await page.click('#routine-edit');
      await waitView(page, 'view-builder');
      assert.deepEqual(await rowTitles(page), ['1. Shoulder rolls', '2. Seated thoracic rotation', '3. Side stretch']);
      assert.equal((await toast(page)).text, 'Your earlier draft was replaced by Micro-break.');
      assert.notEqual(await stored(page, 'limber.draft'), kept);
      await page.click('#undo button[data-undo]');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow']);
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Lunch');
      assert.equal(await page.$eval('#builder-items input[type="number"]', (el) => el.value), '12');
      assert.equal(await stored(page, 'limber.draft'), kept);
      assert.equal(await fragment(page), '#build/v1/custom/Lunch/cat-cow.12reps');
      assertClean(opened);
      await opened.close();
    });

    test('a damaged kept draft: a message, an empty builder, the text set aside', async () => {
      const damaged = '{"version":1,"name":"Mine","link":"v1/custom/Mine/cat-kow"}';
      const opened = await openApp(browser, '#build', { storage: { 'limber.draft': damaged } });
      const { page } = opened;
      await waitView(page, 'view-builder');
      assert.deepEqual(await rowTitles(page), []);
      assert.equal(await page.$eval('#builder-name', (el) => el.value), '');
      const shown = await messages(page);
      assert.equal(shown.length, 1);
      assert.match(shown[0].text, /^Your unsaved routine draft could not be read \(exercise 1 \('cat-kow'\): .+\), so the builder starts empty\.$/);
      assert.equal(await stored(page, 'limber.draft.damaged'), damaged);
      assert.equal(await stored(page, 'limber.draft'), null);
      assertClean(opened);
      await opened.close();
    });

    test('a kept draft whose name is longer than a link can carry is set aside, counted in bytes as the core counts', async () => {
      // 41 two-byte letters: 41 characters, 82 bytes, two more than a routine name may have.
      const damaged = `{"version":1,"name":"${'é'.repeat(41)}","link":"v1/custom/Mine/cat-cow"}`;
      const opened = await openApp(browser, '#build', { storage: { 'limber.draft': damaged } });
      const { page } = opened;
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), '');
      const shown = await messages(page);
      assert.equal(shown.length, 1);
      assert.equal(shown[0].text, 'Your unsaved routine draft could not be read (its name is not text of up to 80 bytes), so the builder starts empty.');
      assert.equal(await stored(page, 'limber.draft.damaged'), damaged);
      assertClean(opened);
      await opened.close();
    });

    test('removing an exercise from the draft: Undo by keyboard puts it back in its place', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      await waitView(page, 'view-builder');
      for (const name of ['Cat-cow', 'Side stretch', 'Cobra']) await page.click(`#builder-catalog button[aria-label="Add ${name}"]`);
      await page.type('#builder-name', 'Three');
      await waitFor(page, () => location.hash.startsWith('#build/'));
      const before = await stored(page, 'limber.draft');
      assert.equal(before, '{"version":1,"name":"Three","link":"v1/custom/Three/cat-cow,side-stretch,cobra"}');

      await page.click('#builder-items button[aria-label="Remove Side stretch"]');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Cobra']);
      assert.deepEqual(await toast(page), { role: 'status', text: 'Removed Side stretch from your routine.' });
      assert.equal(await stored(page, 'limber.draft'), '{"version":1,"name":"Three","link":"v1/custom/Three/cat-cow,cobra"}');

      await page.focus('#undo button[data-undo]');
      assert.equal(await focused(page), 'Undo');
      await page.keyboard.press('Enter');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch', '3. Cobra']);
      assert.equal(await stored(page, 'limber.draft'), before);
      assert.equal(await fragment(page), '#build/v1/custom/Three/cat-cow,side-stretch,cobra');
      assert.equal((await toast(page)).text, 'Side stretch is back in your routine.');
      assert.equal(await page.$('#undo button[data-undo]'), null, 'one removal, one undo');

      // Ctrl+Z outside a text field undoes the latest removal too.
      await page.click('#builder-items button[aria-label="Remove Cat-cow"]');
      assert.deepEqual(await rowTitles(page), ['1. Side stretch', '2. Cobra']);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      assert.deepEqual(await rowTitles(page), ['1. Cat-cow', '2. Side stretch', '3. Cobra']);
      assert.equal(await stored(page, 'limber.draft'), before);
      assertClean(opened);
      await opened.close();
    });

    test('un-starring a routine of one\'s own: the notice stays 8 s, Undo puts it back, stored byte for byte', async () => {
      const own = 'v1/custom/Desk%20reset/shoulder-rolls,side-stretch';
      const seeded = savedText('favourites', ['v1/routine/micro-break', own, 'v1/routine/desk-break']);
      const opened = await openApp(browser, '', { storage: { 'limber.favourites': seeded } });
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk reset', 'Desk break']);
      await page.click('#favourite-list a[href="#v1/custom/Desk%20reset/shoulder-rolls,side-stretch"]');
      await waitView(page, 'view-routine');
      const removedAt = Date.now();
      await page.click('#routine-star button');
      assert.equal(await page.$eval('#routine-star button', (b) => b.getAttribute('aria-pressed')), 'false');
      assert.deepEqual(await toast(page), { role: 'status', text: 'Removed “Desk reset” from your favourites, the only place it was kept.' });
      assert.deepEqual(await axeViolations(page), []);
      const without = await stored(page, 'limber.favourites');
      assert.notEqual(without, seeded);
      assert.equal((await page.evaluate((t) => limber.readSaved('favourites', t), without)).entries.length, 2);

      await new Promise((resolve) => { setTimeout(resolve, Math.max(0, removedAt + 8500 - Date.now())); });
      assert.notEqual(await page.$('#undo button[data-undo]'), null, 'the Undo button is still there after 8 s');
      await page.click('#undo button[data-undo]');
      assert.equal(await stored(page, 'limber.favourites'), seeded, 'the stored text is back byte for byte');
      assert.equal(await page.$eval('#routine-star button', (b) => b.getAttribute('aria-pressed')), 'true');
      assert.equal((await toast(page)).text, '“Desk reset” is back in your favourites.');
      await clickNav(page, 'Routines');
      await waitView(page, 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk reset', 'Desk break'], 'in its old place');

      // A built-in routine un-starred from the favourites list comes back the same way.
      await page.click('#favourite-list button[aria-label="Star Micro-break"]');
      assert.deepEqual(await favouriteNames(page), ['Desk reset', 'Desk break']);
      assert.equal((await toast(page)).text, 'Removed “Micro-break” from your favourites.');
      await page.click('#undo button[data-undo]');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk reset', 'Desk break']);
      assert.equal(await stored(page, 'limber.favourites'), seeded);
      assertClean(opened);
      await opened.close();
    });

    test('leaving a routine in progress asks first: Esc, Leave, a header link, Back; not before Start or after the end', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.equal(await unloadHandler(page), 'object', 'no unload prompt before Start');
      await page.keyboard.press('Escape');
      await waitView(page, 'view-routine');
      assert.equal(await dialogOpen(page), false, 'nothing asked before Start');

      await startFromRoutineView(page);
      // The guard follows the state frame by frame: the next drawn frame has registered it.
      await page.evaluate(() => new Promise((resolve) => { const stop = limber.onFrame(() => { stop(); resolve(); }); }));
      assert.equal(await unloadHandler(page), 'function', 'a reload or a closed tab is prompted while a routine is in progress');
      await page.keyboard.press('Escape');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      assert.equal(await text(page, '#leave-title'), 'Leave Micro-break?');
      assert.equal(await focused(page), 'leave-keep', 'Keep going is the default');
      assert.equal((await state(page)).paused, true, 'the routine waits while the dialog asks');
      assert.deepEqual(await axeViolations(page), []);
      await page.keyboard.press('Enter');
      await waitFor(page, () => !document.getElementById('leave-confirm').open);
      let s = await state(page);
      assert.deepEqual([s.screen, s.paused], ['player', false], 'Keep going: still playing');
      assert.equal(await fragment(page), '#play/v1/routine/micro-break');
      // Esc in the dialog is Keep going too.
      await page.focus('#canvas');
      await page.keyboard.press('Escape');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.getElementById('leave-confirm').open);
      s = await state(page);
      assert.deepEqual([s.screen, s.paused], ['player', false], 'Esc in the dialog: still playing');

      await page.click('#leave');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      assert.equal((await state(page)).screen, 'home');
      assert.equal(await unloadHandler(page), 'object');

      await startFromRoutineView(page);
      await clickNav(page, 'Routines');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-keep');
      await waitFor(page, () => !document.getElementById('leave-confirm').open);
      assert.equal((await state(page)).screen, 'player');
      assert.equal(await page.$eval('#view-player', (el) => el.hidden), false);
      await clickNav(page, 'Routines');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-home');
      assert.equal(await fragment(page), '#routines', 'the header link goes on to where it points');
      assert.equal((await state(page)).screen, 'home');

      await page.click('#routine-list a[href="#v1/routine/micro-break"]');
      await waitView(page, 'view-routine');
      await startFromRoutineView(page);
      await page.evaluate(() => history.back());
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      assert.equal(await fragment(page), '#play/v1/routine/micro-break', 'the URL still names what is on screen');
      await page.click('#leave-keep');
      await waitFor(page, () => !document.getElementById('leave-confirm').open);
      s = await state(page);
      assert.deepEqual([s.screen, s.paused], ['player', false]);
      await page.evaluate(() => history.back());
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-home');
      assert.equal((await state(page)).screen, 'home');

      // At the end, leaving asks nothing.
      await page.click('#quick-break');
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.setTimeScale(100));
      await waitView(page, 'view-finish');
      assert.equal(await unloadHandler(page), 'object', 'no unload prompt after the end');
      await page.click('#finish-back');
      await waitView(page, 'view-routine');
      assert.equal(await dialogOpen(page), false);
      assertClean(opened);
      await opened.close();
    });

    test('a reload mid-routine offers to resume it from the exercise it was in', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true);
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      await page.click('#next');
      await waitFor(page, () => limber.state().exerciseIndex === 1);
      await reload(page);
      await waitView(page, 'view-player');
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), false);
      assert.equal(await text(page, '#resume-text'), 'Resume Micro-break from Seated thoracic rotation (exercise 2 of 3)?');
      assert.equal((await state(page)).screen, 'home', 'nothing starts by itself');
      assert.equal(await focused(page), 'resume-go', 'the offer has the focus');
      assert.deepEqual(await axeViolations(page), []);

      await page.click('#resume-go');
      await waitFor(page, () => limber.state().screen === 'player');
      const s = await state(page);
      assert.deepEqual([s.exerciseIndex, s.paused, s.exerciseName], [1, false, 'Seated thoracic rotation']);
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true);
      await waitFor(page, () => limber.state().elapsedMs > 0);

      // Start over: from the first exercise. Dismiss: the offer is gone, on this visit and the next.
      await reload(page);
      await waitFor(page, () => !document.getElementById('resume-offer').hidden);
      assert.equal(await text(page, '#resume-text'), 'Resume Micro-break from Seated thoracic rotation (exercise 2 of 3)?');
      await page.click('#resume-over');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal((await state(page)).exerciseIndex, 0);
      await page.click('#next');
      await page.click('#next');
      await waitFor(page, () => limber.state().exerciseIndex === 2);
      await reload(page);
      await waitFor(page, () => !document.getElementById('resume-offer').hidden);
      assert.equal(await text(page, '#resume-text'), 'Resume Micro-break from Side stretch (exercise 3 of 3)?');
      await page.click('#resume-dismiss');
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true);
      assert.equal(await stored(page, 'limber.resume'), null);
      await reload(page);
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true);

      // Leaving deliberately forgets it.
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.notEqual(await stored(page, 'limber.resume'), null);
      await page.click('#leave');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      await waitFor(page, () => localStorage.getItem('limber.resume') === null);
      await reload(page);
      assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true);
      if (browserName === 'chromium') assert.ok(opened.unloadPrompts.length >= 1, 'the browser asked before the reloads mid-routine');
      assertClean(opened);
      await opened.close();
    });

    test('a kept routine that is stale, damaged or points past its end is not offered', async () => {
      const now = Date.now();
      for (const kept of [
        { version: 1, link: 'v1/routine/micro-break', exercise: 1, atMs: now - 13 * 3600 * 1000 },
        { version: 1, link: 'v1/routine/micro-break', exercise: 3, atMs: now },
        { version: 1, link: 'v1/routine/nope', exercise: 0, atMs: now },
        { version: 2, link: 'v1/routine/micro-break', exercise: 0, atMs: now },
        '{"version":1,',
      ]) {
        const raw = typeof kept === 'string' ? kept : JSON.stringify(kept);
        const opened = await openApp(browser, '', { storage: { 'limber.resume': raw } });
        const { page } = opened;
        await waitView(page, 'view-home');
        assert.equal(await page.$eval('#resume-offer', (el) => el.hidden), true, raw);
        assert.equal(await stored(page, 'limber.resume'), null, raw);
        assertClean(opened);
        await opened.close();
      }
      const fresh = JSON.stringify({ version: 1, link: 'v1/routine/desk-break', exercise: 4, atMs: now - 11 * 3600 * 1000 });
      const opened = await openApp(browser, '', { storage: { 'limber.resume': fresh } });
      await waitView(opened.page, 'view-home');
      assert.equal(await text(opened.page, '#resume-text'), 'Resume Desk break from Arm circles (exercise 5 of 5)?');
      await opened.page.click('#resume-go');
      await waitView(opened.page, 'view-player');
      await waitFor(opened.page, () => limber.state().exerciseIndex === 4);
      assert.equal(await fragment(opened.page), '#play/v1/routine/desk-break');
      assertClean(opened);
      await opened.close();
    });
  });
}
