// The player on a phone (390×844, touch): a one-line header, the figure across the width,
// Previous, Start/Pause and Next in reach at the foot of the screen and worked by taps, and
// no keyboard help on a touch screen; on a desktop (1366×768) the keys are offered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1366, height: 768, deviceScaleFactor: 1 };

const box = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height, shown: getComputedStyle(el).display !== 'none' && r.width > 0 };
});

function assertInViewport(b, viewport, name) {
  assert.ok(b.shown, `${name} is shown`);
  assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.w <= viewport.width && b.y + b.h <= viewport.height,
    `${name} lies inside the ${viewport.width}×${viewport.height} viewport: ${JSON.stringify(b)}`);
}

for (const browserName of BROWSERS) {
  describe(`page, the player on a phone and a desktop, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('390×844 touch: small header, the figure across the width, the controls in reach, no keys help', async (t) => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { viewport: PHONE });
      const { page } = opened;
      await waitView(page, 'view-player');
      const touch = await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches);
      const canvas = await box(page, '#canvas');
      assert.ok(canvas.w >= 0.9 * PHONE.width, `the canvas is ${canvas.w} px wide`);
      assert.ok(canvas.h > canvas.w, `taller than wide, the dial under the figure: ${canvas.w}×${canvas.h}`);
      const { figure } = await page.evaluate(() => limber.regions());
      assert.ok(figure.w >= 0.9 * PHONE.width && figure.h >= 300, `the figure's region is ${figure.w}×${figure.h}`);
      assertInViewport(await box(page, '#start'), PHONE, 'Start');
      assertInViewport(await box(page, '#next'), PHONE, 'Next');
      assertInViewport(await box(page, '#previous'), PHONE, 'Previous');

      if (!touch) {
        // puppeteer's isMobile/hasTouch are CDP emulation, which WebDriver BiDi (Firefox) lacks;
        // a narrow window with a mouse keeps "Keys ?", so its header may take two lines.
        t.skip(`${browserName} cannot emulate a touch screen here: the header, taps and the touch-only CSS are not checked`);
        assertClean(opened);
        await opened.close();
        return;
      }
      const header = await box(page, 'header.top');
      assert.ok(header.h < 80, `the header is ${header.h} px tall`);
      assert.equal((await box(page, '#open-help')).shown, false, 'no "Keys ?" on a touch screen');
      assert.doesNotMatch(await page.$eval('#player-notice', (el) => el.innerText), /Space/, 'no key hint in the notice');

      await page.evaluate(() => limber.setTimeScale(4));
      await page.tap('#start');
      await waitFor(page, () => limber.state().phase !== null && !limber.state().paused);
      // Playing, the page may have scrolled nowhere: the bar is still in reach.
      assertInViewport(await box(page, '#pause'), PHONE, 'Pause');
      assertInViewport(await box(page, '#next'), PHONE, 'Next');
      // What to do now and the count are seen without scrolling, above the bar.
      const bar = await box(page, '.transport');
      for (const [selector, name] of [['#exercise-name', 'the exercise'], ['#phase', 'the instruction'], ['#countdown', 'the count'], ['#countdown-label', 'what it counts']]) {
        const b = await box(page, selector);
        assert.ok(b.shown && b.y >= 0 && b.y + b.h <= bar.y, `${name} lies above the bar (top ${bar.y}): ${JSON.stringify(b)}`);
      }
      await page.tap('#pause');
      await waitFor(page, () => limber.state().paused);
      await page.tap('#next');
      await waitFor(page, () => limber.state().exerciseIndex === 1);
      await page.tap('#previous');
      await waitFor(page, () => limber.state().exerciseIndex === 0);
      // Scrolled down to the steps, the controls stay at the foot of the screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      assertInViewport(await box(page, '#pause'), PHONE, 'Pause after scrolling');
      await page.tap('#pause');
      await waitFor(page, () => !limber.state().paused);
      assertClean(opened);
      await opened.close();
    });

    test('1366×768: the keys help is offered and the controls sit beside the figure', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { viewport: DESKTOP });
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.equal((await box(page, '#open-help')).shown, true, '"Keys ?" is shown');
      assert.match(await page.$eval('#player-notice', (el) => el.innerText), /\(or Space\)/);
      assert.ok((await box(page, 'header.top')).h < 80);
      const canvas = await box(page, '#canvas');
      const start = await box(page, '#start');
      assert.ok(start.x > canvas.x + canvas.w, 'the controls are beside the figure, not in a bar under it');
      assert.equal(await page.$eval('.transport', (el) => getComputedStyle(el).position), 'static');
      assertInViewport(start, DESKTOP, 'Start');
      await page.click('#start');
      await waitFor(page, () => limber.state().phase !== null);
      assertClean(opened);
      await opened.close();
    });
  });
}
