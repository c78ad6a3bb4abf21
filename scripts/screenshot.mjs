// Renders the player as users see it from dist/ in headless Chromium, mid-routine and paused:
// docs/player.png for the README, and docs/player-{desktop,phone}-{light,dark}.png for
// docs/page.md (a 1366×768 desk screen and a 390×844 touch phone, in both themes).
import path from 'node:path';
import { DIST_DIR, distUrl, launch, openPage, waitFor } from '../tests/browser/harness.mjs';

const DOCS = path.join(DIST_DIR, '..', 'docs');
const SHOTS = [
  { file: 'player.png', viewport: { width: 1200, height: 760 }, theme: 'light' },
  ...['light', 'dark'].flatMap((theme) => [
    { file: `player-desktop-${theme}.png`, viewport: { width: 1366, height: 768 }, theme },
    { file: `player-phone-${theme}.png`, viewport: { width: 390, height: 844, isMobile: true, hasTouch: true }, theme },
  ]),
];

async function shoot(browser, { file, viewport, theme }) {
  const { page } = await openPage(browser, `${distUrl()}#play/v1/routine/micro-break`);
  await page.setViewport({ deviceScaleFactor: 1, ...viewport });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await page.evaluate(() => limber.ready);
  await page.click('#start');
  await page.evaluate(() => limber.setTimeScale(10));
  // Second rep, near the top of the in-breath: shoulders lifted, breath disc large.
  await waitFor(page, () => { const s = limber.state(); return s.rep === 2 && s.breath === 'in' && s.breathProgress > 0.8; });
  await page.evaluate(() => limber.pause());
  const out = path.join(DOCS, file);
  await page.screenshot({ path: out });
  await page.close();
  console.log(`wrote ${out}`);
}

const browser = await launch('chromium');
try {
  for (const shot of SHOTS) await shoot(browser, shot);
} finally {
  await browser.close();
}
