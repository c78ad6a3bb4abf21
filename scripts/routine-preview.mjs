// Renders docs/routine-preview.gif from dist/ in headless Chromium: a routine as the
// player draws it, each exercise getting into position and then one breath of its work
// (the left side of a sided one), so the README shows the figure moving.
//   node scripts/routine-preview.mjs [routine-id]     (default: relief-five)
import fs from 'node:fs';
import path from 'node:path';
import gifenc from 'gifenc';
import { PNG } from 'pngjs';
import { DIST_DIR, canvasPng } from '../tests/browser/harness.mjs';
import { pauseWhen } from '../tests/browser/moments.mjs';
import { openFrames } from './figure-frames.mjs';

const { GIFEncoder, applyPalette, quantize } = gifenc;  // a CommonJS module
const routine = process.argv[2] ?? 'relief-five';
const out = path.join(DIST_DIR, '..', 'docs', 'routine-preview.gif');
const STEPS_PER_HALF = 6;  // frames in each breath half
const FRAME_MS = 250;      // how long each frame shows: a breath plays about twice as fast as the player's

// The moments of exercise `i`: the end of its get-ready, then evenly through its first
// in- and out-breath.
function moments(i) {
  const list = [`(s) => s.exerciseIndex === ${i} && s.phase === 'ready' && s.segmentProgress > 0.5`,
    `(s) => s.exerciseIndex === ${i} && s.phase === 'ready' && s.segmentProgress > 0.9`];
  for (const half of ['in', 'out']) {
    for (let k = 1; k <= STEPS_PER_HALF; k++) {
      const at = Math.min(0.97, k / STEPS_PER_HALF);
      list.push(`(s) => s.exerciseIndex === ${i} && s.phase === 'work' && s.breath === '${half}' && s.breathProgress >= ${at}`);
    }
  }
  return list;
}

const { browser, page } = await openFrames();
try {
  await page.setViewport({ width: 480, height: 300, deviceScaleFactor: 1 });
  const count = await page.evaluate((id) => {
    limber.start(id);
    limber.setTimeScale(2);
    return limber.timeline().segments.reduce((n, s) => Math.max(n, s.exerciseIndex + 1), 0);
  }, routine);
  const frames = [];
  for (let i = 0; i < count; i++) {
    for (const when of moments(i)) {
      // Each condition is built from literals: pauseWhen sends its source to the page.
      await pauseWhen(page, new Function(`return ${when}`)());
      frames.push(PNG.sync.read(await canvasPng(page)));
      await page.evaluate(() => limber.resume());
    }
    console.log(`exercise ${i + 1} of ${count}`);
    if (i + 1 < count) await page.evaluate(() => limber.next());
  }
  // One palette for the whole animation, from a sample of its frames, so colours do not
  // flicker from frame to frame.
  const { width, height } = frames[0];
  const sample = Buffer.concat(frames.filter((_, k) => k % 7 === 0).map((f) => f.data));
  const palette = quantize(sample, 256);
  const gif = GIFEncoder();
  for (const f of frames) gif.writeFrame(applyPalette(f.data, palette), width, height, { palette, delay: FRAME_MS });
  gif.finish();
  fs.writeFileSync(out, gif.bytes());
  console.log(`wrote ${out}: ${frames.length} frames, ${(fs.statSync(out).size / 1024).toFixed(0)} KB`);
} finally {
  await browser.close();
}
