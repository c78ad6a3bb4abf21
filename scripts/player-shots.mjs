// Renders the player as a phone (390×844, touch) and a desktop (1366×768) show it, in the
// light and the dark theme, from dist/ in headless Chromium: docs/player-<size>-<theme>.png,
// paused early in the side stretch's left side (the working arm marked). Prints what it
// measures: the header's height, the canvas and the figure's drawn size in CSS pixels.
import path from 'node:path';
import { PNG } from 'pngjs';
import { DIST_DIR, distUrl, launch, openPage } from '../tests/browser/harness.mjs';
import { pauseWhen } from '../tests/browser/moments.mjs';

const SIZES = {
  phone: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { width: 1366, height: 768, deviceScaleFactor: 1 },
};

// The drawn figure's extent: pixels of the figure's region, above the floor, unlike the room.
function figureExtent(png, figure) {
  const img = PNG.sync.read(png);
  const at = (x, y) => 4 * (y * img.width + x);
  const corner = at(Math.floor(figure.x + figure.w / 2), Math.ceil(figure.y) + 4);
  const room = img.data.slice(corner, corner + 3);
  let lo = Infinity, hi = -Infinity, top = Infinity, bottom = -Infinity;
  const floor = Math.floor(figure.y + figure.h * 0.9) - 1;
  for (let y = Math.ceil(figure.y); y < Math.min(floor, img.height); y++) {
    for (let x = Math.ceil(figure.x); x < Math.min(figure.x + figure.w, img.width); x++) {
      const i = at(x, y);
      if (Math.abs(img.data[i] - room[0]) + Math.abs(img.data[i + 1] - room[1]) + Math.abs(img.data[i + 2] - room[2]) <= 40) continue;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { w: hi - lo + 1, h: bottom - top + 1 };
}

const browser = await launch('chromium');
try {
  for (const theme of ['light', 'dark']) {
    for (const [name, viewport] of Object.entries(SIZES)) {
      const { page } = await openPage(browser, distUrl('icon.svg'));  // the page's own file: the safety note is stored as read
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.setViewport(viewport);
      await page.goto(`${distUrl()}#play/v1/routine/micro-break`);
      await page.evaluate(() => limber.ready);
      await page.evaluate(() => limber.setTimeScale(8));
      await page.click('#start');
      await pauseWhen(page, (s) => s.exerciseId === 'side-stretch' && s.phase === 'work' && s.side === 'left' && s.breath === 'in' && s.breathProgress > 0.5, { timeout: 60_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const m = await page.evaluate(() => {
        const box = (sel) => {
          const r = document.querySelector(sel).getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        return { header: box('header.top').height, canvas: box('#canvas'), figure: limber.regions().figure };
      });
      const { x, y, width, height } = m.canvas;
      const canvas = await page.screenshot({ clip: { x, y, width, height } });
      const drawn = figureExtent(canvas, m.figure);
      const out = path.join(DIST_DIR, '..', 'docs', `player-${name}-${theme}.png`);
      await page.screenshot({ path: out });
      console.log(`${out}: header ${Math.round(m.header)} px, canvas ${Math.round(width)}×${Math.round(height)}, figure ${drawn.w}×${drawn.h}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
