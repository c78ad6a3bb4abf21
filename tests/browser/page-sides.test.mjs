// Whose left: a one-sided exercise says "your left side", draws its working arm (in the
// highlight colour) on the screen's left for the left side, as a mirror would, and on the
// right for the right side; while switching sides the dial shows the coming side.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { BROWSERS, canvasPng, launch, waitFor } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, customLink, openApp, text, waitView } from './page-helpers.mjs';

const WORKING = [200, 88, 44];  // the working sleeve in the light palette, src/app/palette.h (kWorking)
const SHIRT = [59, 110, 116];  // the shirt, kShirt

// Pixels of `colour` in a picture: how many, and their mean x (in the picture's pixels).
function colourAt(png, colour) {
  const img = PNG.sync.read(png);
  let count = 0, sumX = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = 4 * (y * img.width + x);
      if (colour.every((c, k) => Math.abs(img.data[i + k] - c) <= 10)) {
        count++;
        sumX += x;
      }
    }
  }
  return { count, meanX: count ? sumX / count : NaN, width: img.width };
}

async function resume(page) {
  await page.click('#pause');
  await waitFor(page, () => !limber.state().paused);
}

for (const browserName of BROWSERS) {
  describe(`page, one-sided exercises, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('your left side: the working arm on the screen\'s left; switching shows the coming side in the dial', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      const link = await customLink(page, { name: 'Sides', items: [{ exercise: 'side-stretch', holdSeconds: 20, sets: 1, perSide: true }] });
      await page.evaluate((l) => { location.hash = `play/${l}`; }, link);
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.setTimeScale(4));
      await page.click('#start');

      // Early in the left side's hold: the arm has just gone up, before the bend.
      await pauseWhen(page, (s) => s.phase === 'work' && s.side === 'left' && s.breath === 'in' && s.elapsedMs > 5000);
      assert.equal(await text(page, '#detail'), 'Your left side');
      const clip = await figureClip(page);
      const left = colourAt(await canvasPng(page, '#canvas', clip), WORKING);
      assert.ok(left.count > 200, `the working arm is marked: ${left.count} pixels in its colour`);
      assert.ok(left.meanX < left.width * 0.45, `left side: the working arm at x ${left.meanX.toFixed(0)} of ${left.width}, on the screen's left`);

      // Switching sides: the dial is not empty, it shows the right side's start in its ring.
      await resume(page);
      await pauseWhen(page, (s) => s.phase === 'switch' && s.segmentProgress > 0.05);
      assert.equal(await text(page, '#detail'), 'Switch to your right side');
      const { hud } = await page.evaluate(() => limber.regions());
      const dial = await canvasPng(page, '#canvas', { x: Math.ceil(hud.x), y: Math.ceil(hud.y), width: Math.floor(hud.w), height: Math.floor(hud.h) });
      assert.ok(colourAt(dial, SHIRT).count > 30, 'the dial holds a figure while switching sides');
      assert.ok(colourAt(dial, WORKING).count > 5, 'with its working arm marked');

      // The right side: the working arm on the screen's right.
      await resume(page);
      await pauseWhen(page, (s) => s.phase === 'work' && s.side === 'right' && s.breath === 'in');
      assert.equal(await text(page, '#detail'), 'Your right side');
      const right = colourAt(await canvasPng(page, '#canvas', clip), WORKING);
      assert.ok(right.count > 200, `the working arm is marked: ${right.count} pixels in its colour`);
      assert.ok(right.meanX > right.width * 0.55, `right side: the working arm at x ${right.meanX.toFixed(0)} of ${right.width}, on the screen's right`);
      assertClean(opened);
      await opened.close();
    });
  });
}
