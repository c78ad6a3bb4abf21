// Finding and starting: the home view lists every routine with its length,
// place, kind and equipment, filters change the list, the quick break starts at once, and
// a routine's own view shows each exercise's steps, dose and cautions and how often.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, fragment, openApp, text, texts, waitView } from './page-helpers.mjs';

// Every built-in routine's card, as the home view shows it: name, then length, place,
// kinds and equipment.
const ROUTINES = {
  'relief-five': ['Five-stretch relief', '6 min', 'Floor', 'Stretch · Mobility', 'Needs a chair'],
  'mid-back-mobility': ['Mid-back mobility', '7 min', 'Floor', 'Mobility · Stretch', 'Needs a wall'],
  strengthening: ['Back strengthening', '8 min', 'Floor', 'Strength · Stretch', 'Needs a band or light dumbbells'],
  'instant-relief': ['Instant relief', '6 min', 'Floor', 'Stretch · Mobility', 'Needs a doorway'],
  'physio-set': ['Physio set', '8 min', 'Floor', 'Mobility · Stretch · Strength', 'Needs a foam roller or rolled towel'],
  'desk-break': ['Desk break', '5 min', 'Desk-friendly', 'Mobility · Strength · Stretch', 'Needs a chair'],
  'micro-break': ['Micro-break', '2 min', 'Desk-friendly', 'Mobility · Stretch', 'Needs a chair'],
};

const cards = (page, list) => page.$$eval(`${list} > li`, (els) => els.map((li) => ({
  name: li.querySelector('h3 a').textContent,
  href: li.querySelector('h3 a').getAttribute('href'),
  facts: [...li.querySelectorAll('.facts span')].map((s) => s.textContent),
  start: li.querySelector('.card-actions a').getAttribute('href'),
  star: li.querySelector('button.star').getAttribute('aria-pressed'),
})));

for (const browserName of BROWSERS) {
  describe(`page, finding and starting, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('home lists every built-in routine with length, place, kind, equipment, Start and a star', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.equal(await fragment(page), '');
      const shown = await cards(page, '#routine-list');
      assert.deepEqual(shown, Object.entries(ROUTINES).map(([id, [name, ...facts]]) => ({
        name, href: `#v1/routine/${id}`, facts, start: `#play/v1/routine/${id}`, star: 'false',
      })));
      assert.equal(await text(page, '#routine-count'), '7 of 7 routines');
      assert.match(await text(page, '.safety'), /Stop if anything hurts.*professional if pain persists/);
      assertClean(opened);
      await opened.close();
    });

    test('the no-floor, length and focus filters change the list', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      const names = async () => (await texts(page, '#routine-list > li h3 a')).sort();

      await page.click('#filter-floor');
      assert.deepEqual(await names(), ['Desk break', 'Micro-break']);
      assert.equal(await text(page, '#routine-count'), '2 of 7 routines');
      await page.click('#filter-floor');

      await page.select('#filter-duration', '3');
      assert.deepEqual(await names(), ['Micro-break']);
      await page.select('#filter-duration', '');

      await page.select('#filter-focus', 'strength');
      assert.deepEqual(await names(), ['Back strengthening', 'Desk break', 'Physio set']);
      assert.equal(await page.$eval('#no-match', (el) => el.hidden), true);

      // All three together leave nothing: the page says so.
      await page.click('#filter-floor');
      await page.select('#filter-duration', '3');
      assert.deepEqual(await names(), []);
      assert.equal(await page.$eval('#no-match', (el) => el.hidden), false);
      assertClean(opened);
      await opened.close();
    });

    test('"Start a 2-minute break" starts the micro-break at once', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.equal(await text(page, '#quick-break'), 'Start a 2-minute break');
      await page.click('#quick-break');
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), '#play/v1/routine/micro-break');
      await waitFor(page, () => limber.state().elapsedMs > 200);
      const s = await page.evaluate(() => limber.state());
      assert.equal(s.routine, 'micro-break');
      assert.equal(s.screen, 'player');
      assert.equal(s.paused, false);
      assert.equal(Math.round(s.elapsedMs + s.remainingMs), 123000, 'a 2-minute break');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
      assertClean(opened);
      await opened.close();
    });

    test('a routine view shows each exercise with steps, dose and cautions, how often, and Start', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#routine-list a[href="#v1/routine/relief-five"]');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), '#v1/routine/relief-five');
      const { routine, exercises } = await page.evaluate(() => {
        const c = limber.catalog();
        return { routine: c.routines.find((r) => r.id === 'relief-five'), exercises: c.exercises };
      });
      assert.equal(await text(page, '#routine-title'), routine.name);
      assert.equal(await text(page, '#routine-description'), routine.description);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'routine-title');
      const items = await page.$$eval('#routine-exercises > li', (els) => els.map((li) => ({
        heading: li.querySelector('h3').textContent,
        dose: li.querySelector('.facts span').textContent,
        steps: [...li.querySelectorAll('ol.steps li')].map((s) => s.textContent),
        cautions: [...li.querySelectorAll('.cautions li')].map((s) => s.textContent),
      })));
      assert.equal(items.length, routine.items.length);
      assert.deepEqual(items.map((item) => [item.heading, item.dose]), [
        ["1. Child's pose", '30 s hold × 3 sets'],
        ['2. Cat-cow', '10 reps'],
        ['3. Side stretch', '20 s hold, each side'],
        ['4. Seated thoracic rotation', '8 reps, each side'],
        ['5. Thread the needle', '20 s hold, each side'],
      ]);
      routine.items.forEach((item, i) => {
        const e = exercises.find((x) => x.id === item.exercise);
        assert.deepEqual(items[i].steps, e.steps);
        assert.ok(e.cautions.length > 0);
        assert.deepEqual(items[i].cautions, e.cautions);
      });
      const daily = await text(page, '#routine-frequency');
      assert.match(daily, /^How often: .*every day/);
      // Instant relief mixes daily moves with article 003's three-or-four-a-week ones: the advice names them.
      await page.evaluate(() => { location.hash = 'v1/routine/instant-relief'; });
      await waitFor(page, () => document.getElementById('routine-title').textContent === 'Instant relief');
      assert.match(await text(page, '#routine-frequency'), /but Doorway chest stretch and Arm circles only three or four times a week/);
      assert.notEqual(await text(page, '#routine-frequency'), daily);
      assert.equal(await page.$$eval('#routine-exercises .shortened', (els) => els.length), 0);

      // The two-minute break goes below the articles' doses, and says so beside each one.
      await page.evaluate(() => { location.hash = 'v1/routine/micro-break'; });
      await waitFor(page, () => document.getElementById('routine-title').textContent === 'Micro-break');
      const shortened = await page.$$eval('#routine-exercises > li', (els) => els.map((li) => li.querySelector('.shortened')?.textContent));
      assert.deepEqual(shortened, [
        "Shortened: A two-minute break: 6 rolls instead of article 003's 10 to 15.",
        "Shortened: A two-minute break: 4 turns a side instead of article 004's 8 to 10.",
        "Shortened: A two-minute break: 10 seconds a side instead of article 004's 15 to 30.",
      ]);
      await page.evaluate(() => { location.hash = 'v1/routine/instant-relief'; });
      await waitFor(page, () => document.getElementById('routine-title').textContent === 'Instant relief');

      await page.click('#routine-start');
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), '#play/v1/routine/instant-relief');
      await waitFor(page, () => limber.state().screen === 'player' && limber.state().routine === 'instant-relief');
      assertClean(opened);
      await opened.close();
    });
  });
}
