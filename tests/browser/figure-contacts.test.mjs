// Where the body presses on a prop, the player marks the prop's face (a gold patch around
// the touch): the forearms on the corner's two walls and on the door jambs, the head, back
// and arms on the wall in wall angels, the upper back on the roller. The user starts the
// exercise with the Start button; at the end of the in-breath and of the out-breath the
// marks are in the figure's region, in the light and the dark theme. Cat-cow leans on
// nothing and shows none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { BROWSERS, canvasPng, launch } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

// The contact mark in the light and the dark palette (kContact, src/app/palette.cpp).
const CONTACT = { light: [222, 170, 40], dark: [236, 192, 72] };

function count(png, colour) {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (colour.every((c, k) => Math.abs(img.data[i + k] - c) <= 6)) n++;
  }
  return n;
}

// The figure at the end of each breath half, as the user sees it after pressing Start.
async function framesOf(browser, id, theme) {
  const opened = await openApp(browser, `#play/v1/custom/Contacts/${id}`, { viewport: { width: 1100, height: 760 } });
  const { page } = opened;
  if (theme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await waitView(page, 'view-player');
  await page.click('#start');
  await page.evaluate(() => limber.setTimeScale(8));
  const clip = await figureClip(page);
  await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.9);
  const inhale = await canvasPng(page, '#canvas', clip);
  await page.evaluate(() => limber.resume());
  await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.9);
  const exhale = await canvasPng(page, '#canvas', clip);
  return { opened, frames: [inhale, exhale] };
}

const LEANS = ['corner-stretch', 'doorway-chest-stretch', 'wall-angels', 'thoracic-extension'];
// Pixels of marks each shows at least. The back lying across the roller covers most of its
// band: what shows is the band's ends beside the body, a few dozen pixels.
const LEAST = { 'corner-stretch': 40, 'doorway-chest-stretch': 40, 'wall-angels': 40, 'thoracic-extension': 12 };

for (const browserName of BROWSERS) {
  describe(`contact marks, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    for (const id of LEANS) {
      test(`${id}: the touches on the prop are marked through the rep`, async () => {
        const { opened, frames } = await framesOf(browser, id, null);
        for (const [i, png] of frames.entries()) {
          const n = count(png, CONTACT.light);
          assert.ok(n >= LEAST[id], `${id}, ${i ? 'out' : 'in'}-breath: only ${n} pixels of contact marks`);
        }
        assertClean(opened);
        await opened.close();
      });
    }

    test('cat-cow leans on nothing: no contact mark', async () => {
      const { opened, frames } = await framesOf(browser, 'cat-cow', null);
      for (const png of frames) assert.equal(count(png, CONTACT.light), 0);
      assertClean(opened);
      await opened.close();
    });

    if (browserName === 'chromium') {
      test('the marks show in the dark theme too', async () => {
        for (const id of LEANS) {
          const { opened, frames } = await framesOf(browser, id, 'dark');
          for (const png of frames) {
            const n = count(png, CONTACT.dark);
            assert.ok(n >= LEAST[id], `${id} (dark): only ${n} pixels of contact marks`);
            assert.equal(count(png, CONTACT.light), 0, `${id} (dark): the light palette's mark`);
          }
          assertClean(opened);
          await opened.close();
        }
      });
    }
  });
}
