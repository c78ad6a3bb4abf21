// Renders the README's screenshot of the player (docs/player.png) from dist/ in
// headless Chromium, mid-routine and paused, so the picture is what a user sees.
import path from 'node:path';
import { DIST_DIR, distUrl, launch, openPage, waitFor } from '../tests/browser/harness.mjs';

const out = path.join(DIST_DIR, '..', 'docs', 'player.png');
const browser = await launch('chromium');
try {
  const { page } = await openPage(browser, `${distUrl()}#play/v1/routine/micro-break`);
  await page.setViewport({ width: 1200, height: 760, deviceScaleFactor: 1 });
  await page.evaluate(() => limber.ready);
  await page.click('#start');
  await page.evaluate(() => limber.setTimeScale(10));
  // Second rep, near the top of the in-breath: shoulders lifted, breath disc large.
  await waitFor(page, () => { const s = limber.state(); return s.rep === 2 && s.breath === 'in' && s.breathProgress > 0.8; });
  await page.evaluate(() => limber.pause());
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
