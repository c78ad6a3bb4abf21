// The home page on a laptop screen (1366×768): on a first visit the routines are on the
// first screen, empty sections are one short line, the header's "Routines" link
// brings the routine list into view with its heading focused, and no renderer is made
// for the canvas the home view hides.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, fragment, go, openApp, text, waitView } from './page-helpers.mjs';

const LAPTOP = { width: 1366, height: 768 };

// The element's box in viewport coordinates.
const box = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
});
const inViewport = (b) => b.top >= 0 && b.left >= 0 && b.bottom <= LAPTOP.height && b.right <= LAPTOP.width;
const shown = (page, selector) => page.$eval(selector, (el) => el.getClientRects().length > 0);
const focusedId = (page) => page.evaluate(() => document.activeElement.id);

// The routine list's heading at the top of the viewport (within a few pixels) and focused.
async function assertAtRoutines(page) {
  await waitFor(page, () => document.activeElement.id === 'routines-title');
  const heading = await box(page, '#routines-title');
  assert.ok(heading.top >= -1 && heading.top < 40, `the heading is at the top: ${JSON.stringify(heading)}`);
  const card = await box(page, '#routine-list > li:first-child');
  assert.ok(inViewport(card), `the first routine card is in view: ${JSON.stringify(card)}`);
}

for (const browserName of BROWSERS) {
  describe(`page, home, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('first visit at 1366×768: a routine card on the first screen, empty sections one friendly line', async () => {
      const opened = await openApp(browser, '', { viewport: LAPTOP });
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      assert.ok(inViewport(await box(page, '#quick-break')), 'the 2-minute break is on the first screen');
      const cards = await page.$$eval('#routine-list > li', (els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }));
      assert.equal(cards.length, 7);
      assert.ok(cards.some(inViewport), `a routine card is wholly on the first screen: ${JSON.stringify(cards[0])}`);

      // Empty favourites: one short line, nothing to export, import at hand but quiet.
      const favourites = await box(page, '#favourites');
      assert.ok(favourites.height < 80, `empty favourites take ${favourites.height} px`);
      assert.equal(await text(page, '#favourites-empty'), 'Star a routine to keep it here.');
      assert.equal(await shown(page, '#export-favourites'), false, 'nothing to export');
      assert.equal(await shown(page, '#import-favourites'), true);
      // The first week: no count of days without a break.
      assert.equal(await text(page, '#week-summary'), 'Your breaks will show here once you take one.');
      assert.equal(await shown(page, '#week-days'), false);
      assert.equal(await shown(page, '#week-goal'), false);
      assert.doesNotMatch(await page.$eval('#view-home', (el) => el.innerText), /had none/);
      assert.ok((await box(page, '#week')).height < 80);
      assert.equal(await shown(page, '#reminder-line'), false, 'no reminder line while reminders are off');
      assertClean(opened);
      await opened.close();
    });

    test('a starred routine fills favourites, with Export', async () => {
      const opened = await openApp(browser, '', { viewport: LAPTOP });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#routine-list > li:first-child button.star');
      await waitFor(page, () => document.querySelectorAll('#favourite-list > li').length === 1);
      assert.equal(await shown(page, '#favourites-empty'), false);
      assert.equal(await shown(page, '#export-favourites'), true);
      assert.ok((await box(page, '#favourites')).height > 150, 'a card and its buttons');
      assertClean(opened);
      await opened.close();
    });

    test('the header\'s "Routines" brings the list into view and focus, from any view and again', async () => {
      const opened = await openApp(browser, '', { viewport: LAPTOP });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.click('nav a[href="#routines"]');
      await assertAtRoutines(page);
      assert.equal(await fragment(page), '#routines');

      // Clicked again where it already is: no hashchange, the list comes back all the same.
      await page.focus('#import-favourites');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      assert.equal(await focusedId(page), 'import-favourites');
      await page.click('nav a[href="#routines"]');
      await assertAtRoutines(page);

      await go(page, 'build', 'view-builder');
      await page.click('nav a[href="#routines"]');
      await waitView(page, 'view-home');
      await assertAtRoutines(page);
      // Tab goes on into the filters below the heading.
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), 'filter-floor');
      assertClean(opened);
      await opened.close();
    });

    // A canvas SDL has made its window on holds its drawing buffer's size, not the
    // browser's default of 300 x 150.
    test('the home view and a routine page make no renderer; the player makes it once shown', async () => {
      const opened = await openApp(browser, '', { viewport: LAPTOP });
      const { page } = opened;
      await waitView(page, 'view-home');
      const canvas = () => page.evaluate(() => ({ renderer: limber.info().renderer, width: document.getElementById('canvas').width }));
      assert.deepEqual(await canvas(), { renderer: null, width: 300 });
      await go(page, 'v1/routine/micro-break', 'view-routine');
      assert.deepEqual(await canvas(), { renderer: null, width: 300 });
      await go(page, 'play/v1/routine/micro-break', 'view-player');
      await waitFor(page, () => limber.metrics().framesDrawn > 0);
      const made = await canvas();
      assert.equal(made.renderer, browserName === 'firefox' ? 'software' : 'opengles2');
      assert.notEqual(made.width, 300);
      assertClean(opened);
      await opened.close();
    });
  });
}
