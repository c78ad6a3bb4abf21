// Skipping: a break moved through with → is not a finished break. The finish view says
// what was really done, the history records the time actually spent and each exercise
// done or skipped, and the home page's week and streak do not count it; a break played
// through still does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, axeViolations, go, openApp, stored, text, texts, waitView } from './page-helpers.mjs';

const NOT_COUNTED = 'Most of this break was skipped, so it doesn\'t count towards your streak.';

// The micro-break's name and its exercises' names, from the catalog.
const microBreak = (page) => page.evaluate(() => {
  const c = limber.catalog();
  const r = c.routines.find((x) => x.id === 'micro-break');
  return { name: r.name, exercises: r.items.map((i) => c.exercises.find((e) => e.id === i.exercise).name) };
});

// The history as stored, read back by the core.
async function history(page) {
  const read = await page.evaluate((t) => limber.readSaved('history', t), await stored(page, 'limber.history'));
  assert.equal(read.error, null);
  assert.deepEqual(read.skipped, []);
  return read.entries;
}

for (const browserName of BROWSERS) {
  describe(`page, skipping through a break, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('→ three times through the 2-minute break: a few seconds spent, every exercise skipped, no streak', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      const routine = await microBreak(page);
      assert.equal(routine.exercises.length, 3);
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
      await waitView(page, 'view-finish');

      const finished = await page.evaluate(() => limber.state().finished);
      assert.equal(finished.counts, false);
      assert.deepEqual(finished.exercises, ['skipped', 'skipped', 'skipped']);
      assert.ok(finished.spentMs < 10_000, `spent ${finished.spentMs} ms`);
      assert.equal(finished.elapsedMs, 123_000);

      assert.equal(await text(page, '#finish-title'), `Break ended early: ${routine.name}`);
      assert.match(await text(page, '#finish-time'), /^Time spent: 0:0\d of 2:03$/);
      assert.equal(await text(page, '#finish-streak'), NOT_COUNTED);
      assert.equal((await texts(page, '#finish-done li')).length, 3);
      for (const [i, line] of (await texts(page, '#finish-done li')).entries()) {
        assert.ok(line.startsWith(routine.exercises[i]), line);
        assert.ok(line.endsWith(': skipped'), line);
      }
      assert.doesNotMatch(await page.$eval('#view-finish', (el) => el.textContent), /Well done/);
      assert.deepEqual(await axeViolations(page), [], 'the skipped lines, in their quieter colour, are still readable');

      const entries = await history(page);
      assert.equal(entries.length, 1);
      assert.equal(entries[0].link, 'v1/routine/micro-break');
      assert.equal(entries[0].durationMs, finished.spentMs);
      assert.equal(entries[0].counts, false);
      assert.deepEqual(entries[0].exercises, ['skipped', 'skipped', 'skipped']);
      const raw = JSON.parse(await stored(page, 'limber.history')).entries[0];
      assert.equal(raw.counts, false);
      assert.deepEqual(raw.exercises, ['skipped', 'skipped', 'skipped']);

      await go(page, '', 'view-home');
      const summary = await text(page, '#week-summary');
      assert.match(summary, /^No counted breaks in the last 7 days yet: 1 was mostly skipped and not counted \(\d+ s spent\)\.$/);
      assert.doesNotMatch(summary, /2 min|Streak/);
      assert.equal(await page.$$eval('#week-days li.done', (els) => els.length), 0);
      assert.equal(await text(page, '#week-goal'), 'Articles 001 and 004 suggest a few minutes each day; 7 days this week had none.');
      assertClean(opened);
      await opened.close();
    });

    test('the 2-minute break played through: all of it spent, every exercise done, and a streak of one day', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      const routine = await microBreak(page);
      await page.evaluate(() => limber.setTimeScale(40));
      await page.click('#start');
      await waitView(page, 'view-finish');

      const finished = await page.evaluate(() => limber.state().finished);
      assert.equal(finished.counts, true);
      assert.deepEqual(finished.exercises, ['done', 'done', 'done']);
      assert.equal(finished.spentMs, 123_000);
      assert.equal(await text(page, '#finish-title'), `Well done: ${routine.name}`);
      assert.equal(await text(page, '#finish-time'), 'Time spent: 2:03');
      assert.equal(await text(page, '#finish-streak'), 'Streak: 1 day in a row with a break.');
      assert.equal((await texts(page, '#finish-done li')).length, 3);
      for (const [i, line] of (await texts(page, '#finish-done li')).entries()) {
        assert.ok(line.startsWith(routine.exercises[i]), line);
        assert.ok(line.endsWith(': done'), line);
      }

      const entries = await history(page);
      assert.equal(entries.length, 1);
      assert.equal(entries[0].durationMs, 123_000);
      assert.equal(entries[0].counts, true);
      assert.deepEqual(entries[0].exercises, ['done', 'done', 'done']);

      await go(page, '', 'view-home');
      assert.equal(await text(page, '#week-summary'), '1 break on 1 of the last 7 days, 2 min in all. Streak: 1 day.');
      assert.equal(await page.$$eval('#week-days li.done', (els) => els.length), 1);
      assert.equal(await page.$eval('#week-days li:last-child', (li) => li.classList.contains('done')), true);
      assertClean(opened);
      await opened.close();
    });
  });
}
