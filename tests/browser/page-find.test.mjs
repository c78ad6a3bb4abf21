// Issue 6, finding and starting: the home view lists every routine with its length,
// place, kind and equipment, filters change the list, the quick break starts at once, and
// a routine's own view shows each exercise's steps, dose and cautions and how often.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, fragment, openApp, text, texts, waitView } from './page-helpers.mjs';

const FLOOR = ['all-fours', 'kneeling', 'lying'];

// What each routine is, from the core's catalog: whether it needs the floor, its kinds.
async function routineFacts(page) {
  return page.evaluate((floor) => {
    const { exercises, routines } = limber.catalog();
    const byId = Object.fromEntries(exercises.map((e) => [e.id, e]));
    return routines.map((r) => {
      const used = r.items.map((i) => byId[i.exercise]);
      return {
        ...r, floor: used.some((e) => floor.includes(e.position)), kinds: [...new Set(used.map((e) => e.kind))],
        equipment: [...new Set(used.map((e) => e.equipment).filter((q) => q !== 'none'))],
      };
    });
  }, FLOOR);
}

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
      const routines = await routineFacts(page);
      const shown = await cards(page, '#routine-list');
      assert.equal(shown.length, routines.length);
      assert.ok(routines.length >= 7);
      for (const r of routines) {
        const card = shown.find((c) => c.name === r.name);
        assert.ok(card, `no card for ${r.name}`);
        assert.equal(card.href, `#${r.link}`);
        assert.equal(card.start, `#play/${r.link}`);
        assert.equal(card.star, 'false');
        assert.equal(card.facts[0], `${Math.round(r.totalMs / 60000)} min`, `${r.name} length`);
        if (r.floor) assert.equal(card.facts[1], 'Floor', `${r.name} is done on the floor`);
        else assert.match(card.facts[1], /^(Desk-friendly|Standing)$/);
        for (const kind of r.kinds) assert.match(card.facts[2], new RegExp(kind, 'i'), `${r.name} kinds`);
        assert.equal(card.facts[3] === 'No equipment', r.equipment.length === 0, `${r.name} equipment: ${card.facts[3]}`);
      }
      const byId = (id) => shown.find((c) => c.name === routines.find((r) => r.id === id).name);
      assert.equal(byId('micro-break').facts[1], 'Desk-friendly');
      assert.equal(byId('desk-break').facts[1], 'Standing', 'a doorway stretch is not at the desk');
      assert.match(byId('strengthening').facts[3], /band or light dumbbells/);
      assert.equal(await text(page, '#routine-count'), `${routines.length} of ${routines.length} routines`);
      assert.match(await text(page, '.safety'), /Stop if anything hurts.*professional if pain persists/);
      assertClean(opened);
      await opened.close();
    });

    test('the no-floor, length and focus filters change the list', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      const routines = await routineFacts(page);
      const names = async () => (await texts(page, '#routine-list > li h3 a')).sort();
      const expect = (keep) => routines.filter(keep).map((r) => r.name).sort();

      await page.click('#filter-floor');
      const noFloor = expect((r) => !r.floor);
      assert.ok(noFloor.length > 0 && noFloor.length < routines.length);
      assert.deepEqual(await names(), noFloor);
      assert.equal(await text(page, '#routine-count'), `${noFloor.length} of ${routines.length} routines`);
      await page.click('#filter-floor');

      await page.select('#filter-duration', '3');
      const short = expect((r) => r.totalMs <= 3 * 60000);
      assert.ok(short.length > 0 && short.length < routines.length);
      assert.deepEqual(await names(), short);
      await page.select('#filter-duration', '');

      await page.select('#filter-focus', 'strength');
      const strength = expect((r) => r.kinds.includes('strength'));
      assert.ok(strength.length > 0 && strength.length < routines.length);
      assert.deepEqual(await names(), strength);
      assert.equal(await page.$eval('#no-match', (el) => el.hidden), true);

      // All three together may leave nothing: the page says so.
      await page.click('#filter-floor');
      await page.select('#filter-duration', '3');
      const all = expect((r) => !r.floor && r.totalMs <= 3 * 60000 && r.kinds.includes('strength'));
      assert.deepEqual(await names(), all);
      assert.equal(await page.$eval('#no-match', (el) => el.hidden), all.length > 0);
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
      const total = await page.evaluate(() => limber.catalog().routines.find((r) => r.id === 'micro-break').totalMs);
      assert.ok(Math.abs(total - 120000) <= 15000, `a 2-minute break lasts ${total} ms`);
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
      routine.items.forEach((item, i) => {
        const e = exercises.find((x) => x.id === item.exercise);
        assert.equal(items[i].heading, `${i + 1}. ${e.name}`);
        assert.deepEqual(items[i].steps, e.steps);
        assert.ok(e.cautions.length > 0);
        assert.deepEqual(items[i].cautions, e.cautions);
        const amount = item.dose.reps ? `${item.dose.reps} reps` : `${item.dose.holdSeconds} s hold`;
        assert.ok(items[i].dose.startsWith(amount), `${e.name} dose "${items[i].dose}"`);
        assert.equal(items[i].dose.includes(`× ${item.dose.sets} sets`), item.dose.sets > 1, items[i].dose);
        assert.equal(items[i].dose.includes('each side'), item.dose.perSide, items[i].dose);
      });
      const daily = await text(page, '#routine-frequency');
      assert.match(daily, /^How often: .*every day/);
      // Strengthening mixes daily moves with three-or-four-a-week ones: the advice differs.
      await page.evaluate(() => { location.hash = 'v1/routine/strengthening'; });
      await waitFor(page, () => document.getElementById('routine-title').textContent === 'Back strengthening');
      assert.match(await text(page, '#routine-frequency'), /three or four times a week/);
      assert.notEqual(await text(page, '#routine-frequency'), daily);

      await page.click('#routine-start');
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), '#play/v1/routine/strengthening');
      await waitFor(page, () => limber.state().screen === 'player' && limber.state().routine === 'strengthening');
      assertClean(opened);
      await opened.close();
    });
  });
}
