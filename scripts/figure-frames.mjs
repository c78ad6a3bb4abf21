// Frames of an exercise as the player draws them, from dist/ in headless Chromium:
// scripts/contact-sheet.mjs takes three of every exercise, scripts/preview.mjs more of one.
import { PNG } from 'pngjs';
import { canvasPng, launch, openPlayer } from '../tests/browser/harness.mjs';
import { pauseWhen } from '../tests/browser/moments.mjs';

// Moments in the order a routine reaches them. Each test runs in the page, on
// limber.state(), so it names no outside variable.
export const READY_END = (s) => s.phase === 'ready' && s.segmentProgress > 0.9;
export const IN_MIDDLE = (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.5;
export const IN_END = (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.97;
export const OUT_MIDDLE = (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.5;
export const OUT_END = (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.97;
export const SWITCH_END = (s) => s.phase === 'switch' && s.segmentProgress > 0.9;
export const RIGHT_IN_MIDDLE = (s) => s.phase === 'work' && s.side === 'right' && s.breath === 'in' && s.breathProgress > 0.5;
export const RIGHT_IN_END = (s) => s.phase === 'work' && s.side === 'right' && s.breath === 'in' && s.breathProgress > 0.97;
export const RIGHT_OUT_MIDDLE = (s) => s.phase === 'work' && s.side === 'right' && s.breath === 'out' && s.breathProgress > 0.5;
export const RIGHT_OUT_END = (s) => s.phase === 'work' && s.side === 'right' && s.breath === 'out' && s.breathProgress > 0.97;

// Chromium on the player's view, where the canvas is on screen, at a fixed size.
export async function openFrames() {
  const browser = await launch('chromium');
  const { page } = await openPlayer(browser);
  await page.setViewport({ width: 640, height: 400, deviceScaleFactor: 1 });
  return { browser, page };
}

// Runs exercise `id` on its own (its catalog dose, `speed` times faster) and takes the
// canvas and the pose it draws at each moment. A moment near a breath's end lasts about
// four frames at 2x; one missed on a busy machine is met again a breath later, in the
// same pose, so the wait allows for a whole side of the slowest exercise.
export async function exerciseMoments(page, id, moments, { speed = 2 } = {}) {
  await page.evaluate((link, x) => { limber.start(link); limber.setTimeScale(x); }, `v1/custom/Preview/${id}`, speed);
  const taken = [];
  for (const when of moments) {
    await pauseWhen(page, when, { timeout: 90_000 });
    const pose = await page.evaluate(() => limber.state().pose);
    taken.push({ frame: PNG.sync.read(await canvasPng(page)), pose });
    await page.evaluate(() => limber.resume());
  }
  return taken;
}

export async function exerciseFrames(page, id, moments, options) {
  return (await exerciseMoments(page, id, moments, options)).map((m) => m.frame);
}

// Rows of equal-sized frames laid out as one picture.
export function stitch(rows) {
  const cell = rows[0][0];
  const columns = Math.max(...rows.map((row) => row.length));
  const sheet = new PNG({ width: cell.width * columns, height: cell.height * rows.length });
  rows.forEach((row, r) => row.forEach((img, c) => PNG.bitblt(img, sheet, 0, 0, cell.width, cell.height, c * cell.width, r * cell.height)));
  return PNG.sync.write(sheet);
}
