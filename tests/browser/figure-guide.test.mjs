// The motion guide: in shoulder rolls the player draws the shoulder's path over the rep
// (a faint violet loop), arrowheads showing its way, and a dot where the shoulder is now,
// over the figure. An exercise without a guide (cat-cow) draws none of that violet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { BROWSERS, canvasPng, launch } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

// The light palette's guide path and its arrowheads and dot (kGuide, src/app/palette.cpp).
const GUIDE = [196, 150, 214];
const GUIDE_NOW = [126, 58, 158];

function count(png, colour) {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (colour.every((c, k) => Math.abs(img.data[i + k] - c) <= 8)) n++;
  }
  return n;
}

async function figureAtEndOfInBreath(browser, id) {
  const opened = await openApp(browser, `#play/v1/custom/Guide/${id}`, { viewport: { width: 1100, height: 760 } });
  const { page } = opened;
  await waitView(page, 'view-player');
  await page.click('#start');
  await page.evaluate(() => limber.setTimeScale(4));
  await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.9);
  const png = await canvasPng(page, '#canvas', await figureClip(page));
  return { opened, png };
}

for (const browserName of BROWSERS) {
  describe(`the motion guide, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test("shoulder rolls: the shoulder's path, its arrowheads and its dot appear in the figure region", async () => {
      const { opened, png } = await figureAtEndOfInBreath(browser, 'shoulder-rolls');
      const path = count(png, GUIDE), marks = count(png, GUIDE_NOW);
      assert.ok(path >= 60, `only ${path} pixels of the guide's path`);
      assert.ok(marks >= 40, `only ${marks} pixels of the arrowheads and the dot`);
      assertClean(opened);
      await opened.close();
    });

    test('cat-cow has no guide: none of its colours appear', async () => {
      const { opened, png } = await figureAtEndOfInBreath(browser, 'cat-cow');
      assert.equal(count(png, GUIDE), 0);
      assert.equal(count(png, GUIDE_NOW), 0);
      assertClean(opened);
      await opened.close();
    });
  });
}
