// The props stand still while the figure moves, in Chromium and Firefox: the user starts
// an exercise with the Start button, and at the end of the in-breath and of the out-breath
// the prop is drawn (its colour, in a lit or a shadow tone, covers part of the figure's
// region) in the same place, while the figure has moved.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { BROWSERS, canvasPng, distUrl, launch, maskedDiff, openPage } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';

// Light palette (src/app/palette.cpp): the wood of the door frame and chair, the roller's shell.
const WOOD = [186, 150, 112];
const ROLLER = [112, 150, 190];
// The gold mark where the body rests on a prop (light palette).
const CONTACT = [222, 170, 40];

// Pixels that are the colour times one shading factor (the shadow and lit tones lie in
// 0.68..1.01 of it): their share of the picture and their bounding box.
function propPixels(png, colour) {
  const img = PNG.sync.read(png);
  let hits = 0;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      const k = colour.map((c, j) => img.data[i + j] / c);
      if (k[0] < 0.68 || k[0] > 1.01 || k.some((v) => Math.abs(v - k[0]) > 0.025)) continue;
      hits++;
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  }
  return { share: hits / (img.width * img.height), box };
}

const CASES = [
  { id: 'doorway-chest-stretch', colour: WOOD, what: 'door frame' },
  // Seen along its length, the roller's far end passes under the near elbow as the arms
  // drop in the extension: its left and bottom edges show where it is.
  // Its bare shell shows well past the mark the back presses on it: run end to end, the mark
  // covered most of what showed of the roller (round 19: "roller placement hard to see").
  { id: 'thoracic-extension', colour: ROLLER, what: 'foam roller', edges: ['x0', 'y1'], overMark: 4 },
  // Seen from in front, the turning trunk and elbows pass in front of the backrest and
  // the legs hide the seat's sides, so only its lowest edge shows where the chair is.
  { id: 'thoracic-rotation', colour: WOOD, what: 'chair', edges: ['y1'] },
];

for (const browserName of BROWSERS) {
  describe(`props in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    for (const { id, colour, what, edges = ['x0', 'x1', 'y1'], overMark } of CASES) {
      test(`${id}: the ${what} is drawn and stays put while the figure moves`, async () => {
        const opened = await openPage(browser, `${distUrl()}#play/v1/custom/Props/${id}`);
        const { page } = opened;
        await page.setViewport({ width: 900, height: 560 });
        await page.evaluate(() => limber.ready);
        await page.evaluate(() => limber.setTimeScale(8));
        await page.click('#start');
        const clip = await figureClip(page);
        await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.9);
        const inhale = await canvasPng(page, '#canvas', clip);
        await page.evaluate(() => limber.resume());
        await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.9);
        const exhale = await canvasPng(page, '#canvas', clip);
        assert.ok(maskedDiff(inhale, exhale).fraction > 0.002, `${id}: the figure moved`);
        const a = propPixels(inhale, colour), b = propPixels(exhale, colour);
        assert.ok(a.share > 0.002 && b.share > 0.002, `${id}: the ${what} covers ${a.share}, ${b.share} of the region`);
        if (overMark) {
          for (const [png, prop] of [[inhale, a], [exhale, b]]) {
            const mark = propPixels(png, CONTACT).share;
            assert.ok(prop.share > overMark * mark, `${id}: the ${what} covers ${prop.share}, its contact mark ${mark}`);
          }
        }
        // Left, right and bottom: the top of the chair's backrest hides behind the turning
        // shoulders, so its top edge is where the figure is, not where the chair is.
        for (const edge of edges) {
          assert.ok(Math.abs(a.box[edge] - b.box[edge]) <= 4, `${id}: the ${what}'s ${edge} moved from ${a.box[edge]} to ${b.box[edge]}`);
        }
        assert.deepEqual(opened.pageErrors, []);
        assert.deepEqual(opened.consoleErrors, []);
        await page.close();
      });
    }
  });
}
