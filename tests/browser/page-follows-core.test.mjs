// The core owns whether a routine runs and when it ends: the page follows a routine
// started through window.limber, records each finish the core reports exactly once,
// and shows the facts and limits the core's catalog gives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, fragment, go, openApp, stored, text, texts, waitView } from './page-helpers.mjs';

for (const browserName of BROWSERS) {
  describe(`page follows the core, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('limber.start from the home view opens the player on that routine', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.evaluate(() => limber.start('desk-break'));
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), '#play/v1/routine/desk-break');
      assert.equal(await text(page, '#player-title'), 'Desk break');
      assert.equal(await page.$eval('#canvas', (c) => c.getBoundingClientRect().width > 0), true);
      assert.equal(await page.evaluate(() => limber.state().screen), 'player', 'following the core did not stop the routine');
      assertClean(opened);
      await opened.close();
    });

    test('a routine started by link from another routine\'s player replaces it on screen', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.start('v1/custom/Twelve%20rolls/shoulder-rolls.12reps'));
      await waitFor(page, () => location.hash === '#play/v1/custom/Twelve%20rolls/shoulder-rolls.12reps');
      assert.equal(await text(page, '#player-title'), 'Twelve rolls');
      assert.equal(await page.evaluate(() => limber.state().screen), 'player');
      assertClean(opened);
      await opened.close();
    });

    test('each finish the core reports goes into the history once, even when started through the API', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.evaluate(() => { limber.start('v1/custom/Ten%20rolls/shoulder-rolls'); limber.setTimeScale(50); });
      await waitView(page, 'view-finish');
      assert.equal(await text(page, '#finish-title'), 'Well done: Ten rolls');
      await page.evaluate(() => { limber.restart(); limber.setTimeScale(50); });
      await waitFor(page, () => limber.state().finished && limber.state().finished.run === 2);
      await waitView(page, 'view-finish');
      const history = JSON.parse(await stored(page, 'limber.history'));
      assert.deepEqual(history.entries.map((e) => e.link), ['v1/custom/Ten%20rolls/shoulder-rolls', 'v1/custom/Ten%20rolls/shoulder-rolls']);
      assertClean(opened);
      await opened.close();
    });

    test('routine cards and the builder show what the catalog says', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      // Past the length: where, what kind of work (in the routine's order), what is needed.
      const facts = (name) => page.$$eval('#routine-list li.card', (cards, n) => [...cards
        .find((c) => c.querySelector('h3').textContent === n)
        .querySelectorAll('.facts span')].slice(1).map((span) => span.textContent), name);
      assert.deepEqual(await facts('Desk break'), ['Desk-friendly', 'Mobility · Strength · Stretch', 'Needs a chair']);
      assert.deepEqual(await facts('Instant relief'), ['Floor', 'Stretch · Mobility', 'Needs a doorway']);
      // Each dose field keeps to the exercise's range as the catalog gives it.
      await go(page, 'build/v1/custom/Mine/cat-cow.12reps', 'view-builder');
      const limits = await page.$$eval('#builder-items input[type=number]', (inputs) => inputs.map((i) => [i.min, i.max]));
      const range = await page.evaluate(() => limber.catalog().exercises.find((e) => e.id === 'cat-cow').range);
      assert.deepEqual(limits, [[range.repsMin, range.repsMax], [range.setsMin, range.setsMax]].map((r) => r.map(String)));
      assert.deepEqual(await texts(page, '#builder-items h3'), ['1. Cat-cow']);
      assertClean(opened);
      await opened.close();
    });
  });
}
