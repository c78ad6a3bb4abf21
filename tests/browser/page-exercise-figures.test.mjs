// Each exercise's figure beside its name: the routine view, the builder's list and its
// catalog show a still drawn by the player's own scene code, named for those who cannot
// see it, drawn only as it scrolls near, without moving the page, and in the dark theme's
// colours with the dark theme. Firefox runs it without WebGL, from file://.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

// "Back strengthening": its exercises, what each figure is called, and what the body does
// at the end of the in- and out-breath (the still shows whichever moves farther from the start).
const STRENGTHENING = [
  ['scapular-squeeze', 'Shoulder blade squeeze, standing: ', 'release and stand tall', 'squeeze the shoulder blades together'],
  ['superman', 'Superman, lying down: ', 'lower down and rest', 'lift arms, chest and legs'],
  ['bent-over-row', 'Bent-over row, standing: ', 'arms lower slowly', 'pull in and squeeze the shoulder blades'],
  ['reverse-fly', 'Reverse fly, standing: ', 'arms return to the front', 'arms open wide, shoulder blades squeeze'],
  ['cobra', 'Cobra, lying down: ', 'chest lifts and widens', 'shoulders slide down, away from the ears'],
];

// The figure's name for those who cannot see it, for the moment it shows.
function assertLabel(f, [, named, atIn, atOut]) {
  assert.ok(['in', 'out'].includes(f.moment), `${f.exercise}: shown at the end of a breath, not ${f.moment}`);
  assert.equal(f.label, `${named}${f.moment === 'in' ? atIn : atOut}`);
}

// What each figure canvas under `selector` shows: its exercise, name, moment, theme, box,
// the room's luminance and the share of pixels above the floor that are neither
// room nor floor: the figure and its props.
const figures = (page, selector) => page.$$eval(selector, (canvases) => canvases.map((c) => {
  const box = c.getBoundingClientRect();
  const out = {
    exercise: c.dataset.exercise, label: c.getAttribute('aria-label'), role: c.getAttribute('role'), moment: c.dataset.moment,
    theme: c.dataset.theme || null, cssWidth: box.width, cssHeight: box.height, top: box.top + window.scrollY,
  };
  if (!out.theme) return out;
  const { data, width, height } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
  const at = (x, y) => data.slice(4 * (y * width + x), 4 * (y * width + x) + 3);
  // The room is the commonest colour above the floor, the floor the commonest in the bottom row.
  const commonest = (y0, y1) => {
    const counts = new Map();
    for (let y = y0; y < y1; y++) {
      for (let x = 0; x < width; x += 2) {
        const key = at(x, y).join();
        counts.set(key, (counts.get(key) || 0) + 1);
      }
    }
    return [...counts].sort((p, q) => q[1] - p[1])[0][0].split(',').map(Number);
  };
  const room = commonest(0, Math.floor(height * 0.5));
  const floor = commonest(height - 1, height);
  const far = (p, q) => Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 48;
  let drawn = 0;
  const rows = Math.floor(height * 0.85);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const p = at(x, y);
      if (far(p, room) && far(p, floor)) drawn++;
    }
  }
  return { ...out, pixels: [width, height], room: (room[0] + room[1] + room[2]) / 765, drawn: drawn / (rows * width) };
}));

// The share of pixels that differ between two same-sized figure canvases.
const difference = (page, a, b) => page.evaluate((sa, sb) => {
  const read = (s) => { const c = document.querySelector(s); return c.getContext('2d').getImageData(0, 0, c.width, c.height).data; };
  const p = read(sa);
  const q = read(sb);
  let differ = 0;
  for (let i = 0; i < p.length; i += 4) {
    if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 48) differ++;
  }
  return differ / (p.length / 4);
}, a, b);

// Scrolls the page with the mouse wheel, as a user does, until every figure under
// `selector` is drawn.
async function scrollUntilDrawn(page, selector) {
  const viewport = page.viewport();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 40; i++) {
    // Toward the first figure still waiting: up when it is above the screen.
    const waiting = await page.$$eval(selector, (els) => els.filter((el) => !el.dataset.theme).map((el) => el.getBoundingClientRect().top));
    if (!waiting.length) return;
    await page.mouse.wheel({ deltaY: waiting[0] < 0 ? -300 : 300 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await waitFor(page, (s) => [...document.querySelectorAll(s)].every((el) => el.dataset.theme), {}, selector);
}

function assertFigure(f, theme, where) {
  assert.equal(f.role, 'img', `${where} ${f.exercise}: a picture to assistive technology`);
  assert.equal(f.theme, theme, `${where} ${f.exercise}: drawn in the ${theme} theme`);
  assert.ok(f.drawn > 0.01, `${where} ${f.exercise}: the figure covers ${(100 * f.drawn).toFixed(2)}% of the room`);
  // The commonest colour is the room's, or a prop filling the still: seen from behind, the
  // doorway's wall (light theme 0.62, lit and shaded faces).
  assert.ok(theme === 'dark' ? f.room < 0.25 : f.room > 0.55, `${where} ${f.exercise}: a ${theme} room, luminance ${f.room.toFixed(2)}`);
}

for (const browserName of BROWSERS) {
  describe(`page, exercise figures, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('the routine view and the builder show each exercise\'s figure, named, drawn as it comes near, without moving the page', async () => {
      const opened = await openApp(browser, '', { viewport: { width: 1200, height: 700 } });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#view-home a[href="#v1/routine/strengthening"]');
      await waitView(page, 'view-routine');

      const list = '#routine-exercises canvas.exercise-figure';
      const before = await figures(page, list);
      assert.deepEqual(before.map((f) => f.exercise), STRENGTHENING.map(([id]) => id));
      assert.ok(before.some((f) => !f.theme), 'figures far below the screen wait until scrolled near');
      const headings = () => page.$$eval('#routine-exercises h3', (els) => els.map((el) => el.getBoundingClientRect().top + window.scrollY));
      const headingsBefore = await headings();
      await scrollUntilDrawn(page, list);
      const shown = await figures(page, list);
      // Within half a pixel: scrolling adds subpixel noise to document positions, not movement.
      const headingsAfter = await headings();
      assert.ok(headingsAfter.length === 5 && headingsAfter.every((y, i) => Math.abs(y - headingsBefore[i]) < 0.5),
        `no heading moved as the figures arrived: ${headingsBefore} then ${headingsAfter}`);
      for (const [i, f] of shown.entries()) {
        assertFigure(f, 'light', 'routine view');
        assertLabel(f, STRENGTHENING[i]);
        assert.equal(f.moment, await page.evaluate((id) => limber.exerciseMoment(id), f.exercise));
        assert.deepEqual([f.cssWidth, f.cssHeight], [before[i].cssWidth, before[i].cssHeight], `${f.exercise}: its box was kept for it`);
        assert.ok(f.cssWidth >= 150 && f.cssHeight >= 110, `${f.exercise}: ${f.cssWidth}×${f.cssHeight} CSS pixels`);
        assert.deepEqual(f.pixels, [Math.round(f.cssWidth), Math.round(f.cssHeight)], 'drawn at device pixels');
      }
      // The superman lies, the row bends standing: their pictures differ.
      assert.ok(await difference(page, `${list}[data-exercise="superman"]`, `${list}[data-exercise="bent-over-row"]`) > 0.02);

      await page.click('#routine-edit');
      await waitView(page, 'view-builder');
      const rows = '#builder-items canvas.exercise-figure';
      await scrollUntilDrawn(page, rows);
      const inDraft = await figures(page, rows);
      assert.deepEqual(inDraft.map((f) => f.exercise), STRENGTHENING.map(([id]) => id));
      for (const [i, f] of inDraft.entries()) {
        assertFigure(f, 'light', 'builder row');
        assertLabel(f, STRENGTHENING[i]);
      }

      const catalog = '#builder-catalog canvas.exercise-figure';
      await scrollUntilDrawn(page, catalog);
      const offered = await figures(page, catalog);
      assert.equal(offered.length, 16);
      for (const f of offered) assertFigure(f, 'light', 'builder catalog');
      assert.equal(new Set(offered.map((f) => f.label)).size, 16, 'every figure has its own name');
      // Every exercise's still differs from every other's.
      for (let a = 0; a < offered.length; a++) {
        for (let b = a + 1; b < offered.length; b++) {
          const share = await difference(page, `${catalog}[data-exercise="${offered[a].exercise}"]`, `${catalog}[data-exercise="${offered[b].exercise}"]`);
          assert.ok(share > 0.005, `${offered[a].exercise} and ${offered[b].exercise} differ in ${(100 * share).toFixed(2)}% of pixels`);
        }
      }
      // The user adds one from the catalog: its row shows its figure too.
      await page.click('#builder-catalog button[aria-label="Add Cat-cow"]');
      await scrollUntilDrawn(page, rows);
      const added = (await figures(page, rows)).at(-1);
      assert.equal(added.exercise, 'cat-cow');
      assertFigure(added, 'light', 'added row');
      assertLabel(added, ['cat-cow', 'Cat-cow, on all fours: ', 'belly sinks, chest lifts (cow)', 'back curves up, chin drops (cat)']);
      assertClean(opened);
      await opened.close();
    });

    test('on a phone the figures fit beside the text', async () => {
      const opened = await openApp(browser, '', { viewport: { width: 390, height: 844 } });
      const { page } = opened;
      await page.click('#view-home a[href="#v1/routine/strengthening"]');
      await waitView(page, 'view-routine');
      const list = '#routine-exercises canvas.exercise-figure';
      await scrollUntilDrawn(page, list);
      const boxes = await page.$$eval(list, (canvases) => canvases.map((c) => {
        const own = c.getBoundingClientRect();
        const item = c.closest('li').getBoundingClientRect();
        // The heading's text, not its box: a block runs on under a float, its lines do not.
        const words = document.createRange();
        words.selectNodeContents(c.closest('li').querySelector('h3'));
        const heading = words.getBoundingClientRect();
        return { left: own.left - item.left, right: item.right - own.right, width: own.width, itemWidth: item.width,
          besideHeading: heading.right <= own.left + 0.5 };
      }));
      for (const b of boxes) {
        assert.ok(b.left > 0 && b.right > 0, `inside its item: ${JSON.stringify(b)}`);
        assert.ok(b.width >= 100 && b.width <= 0.4 * b.itemWidth, `a third of the item or so: ${JSON.stringify(b)}`);
        assert.ok(b.besideHeading, `the heading stays beside it: ${JSON.stringify(b)}`);
      }
      for (const f of await figures(page, list)) assertFigure(f, 'light', 'phone');
      assertClean(opened);
      await opened.close();
    });

    test('sixteen stills are quick to draw', async (t) => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      const ms = await page.evaluate(() => {
        const ids = limber.catalog().exercises.map((e) => e.id);
        const start = performance.now();
        for (const id of ids) limber.exerciseImage(id, 192, 144, { dark: false });
        return performance.now() - start;
      });
      t.diagnostic(`16 stills of 192×144 pixels: ${ms.toFixed(1)} ms`);
      assert.ok(ms < 4000, `${ms} ms`);  // a loose bound: the real figure is in the diagnostic
      assertClean(opened);
      await opened.close();
    });

    test('the API refuses what it cannot draw, and leaves the player as it was', async () => {
      const opened = await openApp(browser, '#build');
      const { page } = opened;
      const answers = await page.evaluate(() => {
        const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } };
        const before = limber.state();
        const image = limber.exerciseImage('cobra', 40, 30, { dark: true });
        return {
          image: [image.constructor.name, image.width, image.height, image.data.length],
          unknown: attempt(() => limber.exerciseImage('handstand', 40, 30)),
          moment: attempt(() => limber.exerciseMoment('handstand')),
          size: attempt(() => limber.exerciseImage('cobra', 0, 30)),
          huge: attempt(() => limber.exerciseImage('cobra', 4000, 30)),
          fraction: attempt(() => limber.exerciseImage('cobra', 40.5, 30)),
          dark: attempt(() => limber.exerciseImage('cobra', 40, 30, { dark: 'yes' })),
          same: JSON.stringify(limber.state()) === JSON.stringify(before),
        };
      });
      assert.deepEqual(answers, {
        image: ['ImageData', 40, 30, 4800],
        unknown: 'RangeError: exerciseImage(id, width, height, options): there is no exercise "handstand".',
        moment: 'RangeError: exerciseMoment(id): there is no exercise "handstand".',
        size: 'RangeError: exerciseImage(id, width, height, options): width must be from 1 to 2048, not 0.',
        huge: 'RangeError: exerciseImage(id, width, height, options): width must be from 1 to 2048, not 4000.',
        fraction: 'TypeError: exerciseImage(id, width, height, options): width must be a whole number, not 40.5.',
        dark: 'TypeError: exerciseImage(id, width, height, options): options.dark must be true or false, not "yes".',
        same: true,
      });
      assertClean(opened);
      await opened.close();
    });

    if (browserName === 'chromium') {
      test('the figures follow the theme when it changes', async () => {
        const opened = await openApp(browser, '#build');
        const { page } = opened;
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        const catalog = '#builder-catalog canvas.exercise-figure';
        await scrollUntilDrawn(page, catalog);
        for (const f of await figures(page, catalog)) assertFigure(f, 'light', 'light');
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await waitFor(page, (s) => [...document.querySelectorAll(s)].every((el) => el.dataset.theme === 'dark'), {}, catalog);
        for (const f of await figures(page, catalog)) assertFigure(f, 'dark', 'dark');
        assertClean(opened);
        await opened.close();
      });
    }
  });
}

// Firefox cannot switch the theme over BiDi: a Firefox started in the dark theme shows it.
describe('page, exercise figures, in a dark Firefox', { skip: !BROWSERS.includes('firefox') && 'Firefox is not among LIMBER_BROWSERS' }, () => {
  let browser;
  before(async () => { browser = await launch('firefox', { firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 } }); });
  after(async () => { await browser?.close(); });

  test('the builder\'s figures are drawn in the dark theme\'s colours', async () => {
    const opened = await openApp(browser, '#build');
    const { page } = opened;
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the browser is in the dark theme');
    const catalog = '#builder-catalog canvas.exercise-figure';
    await scrollUntilDrawn(page, catalog);
    const shown = await figures(page, catalog);
    assert.equal(shown.length, 16);
    for (const f of shown) assertFigure(f, 'dark', 'dark Firefox');
    assertClean(opened);
    await opened.close();
  });
});
