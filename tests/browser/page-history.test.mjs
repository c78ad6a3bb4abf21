// History: each finished routine is recorded in the stored format; the home view
// shows this week's breaks and the streak of days against the articles' daily advice.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch } from './harness.mjs';
import { assertClean, customLink, go, openApp, reload, savedText, stored, text, waitView } from './page-helpers.mjs';

// Noon, `daysAgo` days back, in local time (the page counts local days).
function noon(daysAgo) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() - daysAgo);
  return d.getTime();
}

for (const browserName of BROWSERS) {
  describe(`page, history, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('no history: one friendly line, no empty week', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.equal(await text(page, '#week-summary'), 'Your breaks will show here once you take one.');
      assert.equal(await page.$eval('#week-days', (el) => el.hidden), true);
      assert.equal(await page.$eval('#week-goal', (el) => el.hidden), true);
      assertClean(opened);
      await opened.close();
    });

    test('earlier days count toward the week and the streak; a finished routine extends both', async () => {
      const seeded = [
        { link: 'v1/routine/micro-break', finishedAt: noon(1), durationMs: 120000 },
        { link: 'v1/routine/desk-break', finishedAt: noon(2), durationMs: 300000 },
        { link: 'v1/routine/micro-break', finishedAt: noon(4), durationMs: 60000 },
        { link: 'v1/routine/micro-break', finishedAt: noon(9), durationMs: 120000 },  // before this week
      ];
      const opened = await openApp(browser, '', { storage: { 'limber.history': savedText('history', seeded) } });
      const { page } = opened;
      await waitView(page, 'view-home');
      // Yesterday and the day before in a row; today has none yet, so the streak still stands.
      assert.equal(await text(page, '#week-summary'), '3 breaks on 3 of the last 7 days, 8 min in all. Streak: 2 days.');
      assert.equal(await text(page, '#week-goal'), 'Articles 001 and 004 suggest a few minutes each day; 4 days this week had none.');
      const days = await page.$$eval('#week-days li', (els) => els.map((li) => li.classList.contains('done')));
      assert.deepEqual(days, [false, false, true, false, true, true, false]);
      assert.match(await page.$eval('#week-days li:nth-child(6)', (li) => li.getAttribute('aria-label')), /: 1 break$/);

      const link = await customLink(page, { name: 'Ten rolls', items: [{ exercise: 'shoulder-rolls', reps: 10, sets: 1, perSide: false }] });
      await go(page, `play/${link}`, 'view-player');
      await page.evaluate(() => limber.setTimeScale(20));
      await page.click('#start');
      await waitView(page, 'view-finish');
      assert.equal(await text(page, '#finish-streak'), 'Streak: 3 days in a row with a break.');
      const history = await page.evaluate((t) => limber.readSaved('history', t), await stored(page, 'limber.history'));
      assert.equal(history.error, null);
      assert.equal(history.entries.length, 5);
      const last = history.entries.at(-1);
      assert.equal(last.link, link);
      assert.equal(last.durationMs, 55000);
      assert.ok(Math.abs(last.atMs - Date.now()) < 60_000, 'recorded as finished now');
      assert.equal(JSON.parse(await stored(page, 'limber.history')).entries.at(-1).finishedAt, last.atMs);

      await page.click('#finish-back');
      await waitView(page, 'view-routine');
      await go(page, '', 'view-home');
      const expected = '4 breaks on 4 of the last 7 days, 9 min in all. Streak: 3 days.';  // 2 + 5 + 1 min and 55 s
      assert.equal(await text(page, '#week-summary'), expected);
      assert.equal(await page.$eval('#week-days li:last-child', (li) => li.classList.contains('done')), true);
      await reload(page);
      assert.equal(await text(page, '#week-summary'), expected);
      assertClean(opened);
      await opened.close();
    });
  });
}
