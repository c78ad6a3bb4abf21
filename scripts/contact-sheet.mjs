// Renders docs/contact-sheet.png from dist/ in headless Chromium: one row per
// exercise in catalog order, showing the start pose (end of the get-ready), the end
// of an in-breath and the end of an out-breath, as the player draws them.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { DIST_DIR, canvasPng, launch, openPlayer } from '../tests/browser/harness.mjs';
import { pauseWhen } from '../tests/browser/moments.mjs';

const out = path.join(DIST_DIR, '..', 'docs', 'contact-sheet.png');
const moments = [
  (s) => s.phase === 'ready' && s.segmentProgress > 0.9,
  (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.97,
  (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.97,
];

const browser = await launch('chromium');
try {
  // The player's view, where the canvas is on screen.
  const { page } = await openPlayer(browser);
  await page.setViewport({ width: 640, height: 400, deviceScaleFactor: 1 });
  const ids = await page.evaluate(() => limber.catalog().exercises.map((e) => e.id));
  const rows = [];
  for (const id of ids) {
    await page.evaluate((link) => { limber.start(link); limber.setTimeScale(4); }, `v1/custom/Sheet/${id}`);
    const row = [];
    for (const when of moments) {
      await pauseWhen(page, when);
      row.push(PNG.sync.read(await canvasPng(page)));
      await page.evaluate(() => limber.resume());
    }
    rows.push(row);
    console.log(`${id}`);
  }
  const cell = rows[0][0];
  const sheet = new PNG({ width: cell.width * moments.length, height: cell.height * rows.length });
  rows.forEach((row, r) => row.forEach((img, c) => PNG.bitblt(img, sheet, 0, 0, cell.width, cell.height, c * cell.width, r * cell.height)));
  fs.writeFileSync(out, PNG.sync.write(sheet));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
