// Renders docs/contact-sheet.png from dist/ in headless Chromium: one row per
// exercise in catalog order, showing the start pose (end of the get-ready), the end
// of an in-breath and the end of an out-breath, as the player draws them.
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { IN_END, OUT_END, READY_END, exerciseFrames, openFrames, stitch } from './figure-frames.mjs';

const out = path.join(DIST_DIR, '..', 'docs', 'contact-sheet.png');
const { browser, page } = await openFrames();
try {
  const ids = await page.evaluate(() => limber.catalog().exercises.map((e) => e.id));
  const rows = [];
  for (const id of ids) {
    rows.push(await exerciseFrames(page, id, [READY_END, IN_END, OUT_END]));
    console.log(`${id}`);
  }
  fs.writeFileSync(out, stitch(rows));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
