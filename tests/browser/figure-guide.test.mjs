// The motion guide: in shoulder rolls the player draws the shoulder's path over the rep
// (a faint violet loop), arrowheads showing its way, and a dot where the shoulder is now,
// over the figure. Cat-cow's guide marks its mid back going down and up. A turn
// there and back (seated rotation) points only toward the turn, never back.
// Where both sides move (both elbows going round in the seated rotation) the guide is on
// both; arm circles, seen from the side, guide only the near hand.
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

// The middle of the violet arrowheads and dot: where the marks of the guide sit.
function marksCentre(png) {
  const img = PNG.sync.read(png);
  const marks = [];
  for (let i = 0; i < img.data.length; i += 4) {
    if (GUIDE_NOW.every((c, k) => Math.abs(img.data[i + k] - c) <= 8)) {
      marks.push({ x: (i / 4) % img.width, y: Math.floor(i / 4 / img.width) });
    }
  }
  const n = marks.length;
  assert.ok(n >= 20, `only ${n} pixels of the guide's marks`);
  return { x: marks.reduce((sum, m) => sum + m.x, 0) / n, y: marks.reduce((sum, m) => sum + m.y, 0) / n };
}

const apart = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);

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

    test('arm circles: seen from the front three-quarter, a loop round each hand, each with its arrowhead and dot', async () => {
      const { opened, png } = await figureAtEndOfInBreath(browser, 'arm-circles');
      const img = PNG.sync.read(png);
      const xs = [];
      for (let i = 0; i < img.data.length; i += 4) {
        if (GUIDE_NOW.every((c, k) => Math.abs(img.data[i + k] - c) <= 8)) xs.push((i / 4) % img.width);
      }
      xs.sort((a, b) => a - b);
      // Seen from the side (round 16) the far loop lay over the near one and only one was
      // drawn; from the front three-quarter the arms stay long and each hand's loop lies out
      // beside its own shoulder: the marks fall in two clusters, far apart, one per hand.
      assert.ok(xs.length >= 40, `${xs.length} pixels of the arrowheads and the dots`);
      let gapAt = 1;
      for (let i = 1; i < xs.length; i++) if (xs[i] - xs[i - 1] > xs[gapAt] - xs[gapAt - 1]) gapAt = i;
      const left = xs.slice(0, gapAt), right = xs.slice(gapAt);
      assert.ok(left.length >= 15 && right.length >= 15, `marks ${left.length} and ${right.length} pixels: one hand's missing`);
      assert.ok(xs[gapAt] - xs[gapAt - 1] > img.width / 6, `the two hands' marks only ${xs[gapAt] - xs[gapAt - 1]}px apart`);
      for (const cluster of [left, right]) {
        const spread = cluster[cluster.length - 1] - cluster[0];
        assert.ok(spread < img.width / 6, `one hand's marks spread ${spread}px across`);
      }
      const path = count(png, GUIDE);
      assert.ok(path >= 120, `only ${path} pixels of the guides' paths`);
      assertClean(opened);
      await opened.close();
    });

    test('seated rotation: the arrowhead points only toward the turn; coming back shows the dot alone', async () => {
      const opened = await openApp(browser, '#play/v1/custom/Guide/thoracic-rotation', { viewport: { width: 1100, height: 760 } });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      // Real time: each moment below is pinned to one rep, and the last tenth of a breath
      // (a quarter second) must hold a frame even when a loaded machine draws few.
      // The second rep: its in-breath comes back from the turn the first out-breath made.
      const at = async (condition) => {
        await pauseWhen(page, condition);
        const png = await canvasPng(page, '#canvas', await figureClip(page));
        await page.evaluate(() => limber.resume());
        return { centre: marksCentre(png), marks: count(png, GUIDE_NOW) };
      };
      const outMiddle = await at((s) => s.phase === 'work' && s.rep === 1 && s.breath === 'out' && s.breathProgress > 0.5);
      const outEnd = await at((s) => s.phase === 'work' && s.rep === 1 && s.breath === 'out' && s.breathProgress > 0.9);
      const inMiddle = await at((s) => s.phase === 'work' && s.rep === 2 && s.breath === 'in' && s.breathProgress > 0.5);
      const inEnd = await at((s) => s.phase === 'work' && s.rep === 2 && s.breath === 'in' && s.breathProgress > 0.9);
      // Near a breath's end the dot sits at that end of the path.
      assert.ok(apart(outEnd.centre, inEnd.centre) > 20, `the two ends are only ${apart(outEnd.centre, inEnd.centre).toFixed(1)} px apart`);
      // Turning, the dot is midway and the arrowhead at the turn's end pulls the marks toward it.
      assert.ok(apart(outMiddle.centre, outEnd.centre) + 5 < apart(outMiddle.centre, inEnd.centre),
        `breathing out, the marks are ${apart(outMiddle.centre, outEnd.centre).toFixed(1)} px from the turn and ${apart(outMiddle.centre, inEnd.centre).toFixed(1)} px from the front`);
      // Coming back there is no arrowhead: the marks are the dot alone, well under half of
      // the dot and arrowhead together.
      assert.ok(inMiddle.marks * 2 < outMiddle.marks, `coming back ${inMiddle.marks} mark pixels, turning ${outMiddle.marks}`);
      assertClean(opened);
      await opened.close();
    });

    // Every exercise has a guide now; cat-cow, once the example of one without, shows its
    // mid back going down into the cow.
    test("cat-cow: the mid back's guide is drawn, its arrowhead at the cow's end", async () => {
      const { opened, png } = await figureAtEndOfInBreath(browser, 'cat-cow');
      assert.ok(count(png, GUIDE) >= 30, `only ${count(png, GUIDE)} pixels of the guide's path`);
      assert.ok(count(png, GUIDE_NOW) >= 20, `only ${count(png, GUIDE_NOW)} pixels of the arrowhead and the dot`);
      assertClean(opened);
      await opened.close();
    });
  });
}
