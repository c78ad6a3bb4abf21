// The first paint is the real page: the home view is in dist/index.html as built, the same
// markup the page renders from the core once it is up, painted before the core is ready;
// and taking over moves nothing (cumulative layout shift under 0.01) on any view, at the
// widths the other tests use and on a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSERS, DIST_DIR, launch } from './harness.mjs';
import { assertClean, openApp, savedText, waitView } from './page-helpers.mjs';

const BUILT_HTML = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
const WIDTHS = [{ width: 1200, height: 900 }, { width: 900, height: 560 }, { width: 390, height: 800 }];
const LINKS = [
  ['', 'view-home'], ['#routines', 'view-home'], ['#v1/routine/micro-break', 'view-routine'],
  ['#play/v1/routine/micro-break', 'view-player'], ['#build', 'view-builder'],
];

// Runs before the page's scripts: sums the layout shifts no input caused, and notes the
// moment the core is ready.
function watchShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.shifts.push({ value: e.value, at: e.startTime, what: e.sources.map((s) => s.node?.id || s.node?.className || s.node?.nodeName) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  let api;
  Object.defineProperty(window, 'limber', {
    configurable: true,
    get: () => api,
    set(v) {
      api = v;
      v.ready.then(() => { window.readyAt = performance.now(); });
    },
  });
}

const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));

for (const browserName of BROWSERS) {
  describe(`page, first paint, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('the home view as built is what the page renders from the core on a first visit', async () => {
      const opened = await openApp(browser, '', { firstVisit: true });
      const { page } = opened;
      await waitView(page, 'view-home');
      const { live, built, names } = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        // The days of the week are the visitor's: the page fills them in.
        const home = (root) => {
          root.getElementById('week-days').replaceChildren();
          return root.getElementById('view-home');
        };
        return {
          live: home(document).innerHTML,
          built: home(doc).hidden ? null : home(doc).innerHTML,
          names: limber.catalog().routines.flatMap((r) => [r.name, r.description]),
        };
      }, BUILT_HTML);
      assert.ok(built, 'the home view is shown in the HTML as built');
      for (const words of names) assert.ok(BUILT_HTML.includes(words), `the built page says "${words}"`);
      assert.equal(built, live, 'the built home view is the one the page renders');
      assertClean(opened);
      await opened.close();
    });

    test('the home view paints before the core is ready', async () => {
      const opened = await openApp(browser, '', { setup: watchShifts });
      const { page } = opened;
      await waitView(page, 'view-home');
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, ready: window.readyAt,
      }));
      assert.ok(t.paint > 0 && t.ready > 0, JSON.stringify(t));
      assert.ok(t.paint < t.ready, `first contentful paint ${t.paint} ms, core ready ${t.ready} ms`);
      await opened.close();
    });

    for (const viewport of WIDTHS) {
      test(`${viewport.width}×${viewport.height}: no view moves as the core takes over, for a first visit and a returning one`,
        { skip: browserName !== 'chromium' && 'Firefox has no layout-shift entries (Layout Instability API)' }, async () => {
          const favourites = savedText('favourites', ['v1/routine/micro-break']);
          for (const [hash, view] of LINKS) {
            for (const visitor of ['first', 'returning']) {
              const storage = visitor === 'returning' ? { 'limber.favourites': favourites } : {};
              const opened = await openApp(browser, hash, { viewport, setup: watchShifts, storage, firstVisit: visitor === 'first' });
              const { page } = opened;
              await waitView(page, view);
              await settle(page);
              const shifts = await page.evaluate(() => window.shifts);
              const cls = shifts.reduce((sum, s) => sum + s.value, 0);
              assert.ok(cls < 0.01, `${visitor} visit to "${hash}": layout shift ${cls.toFixed(4)} ${JSON.stringify(shifts)}`);
              assertClean(opened);
              await opened.close();
            }
          }
        });
    }
  });
}
