// Time to the first drawn frame from navigation, over cold loads (a fresh browser
// each time), for the player and the floor program alternately.
import { launchChromium, openPage } from './browser.mjs';

// Runs before the page's scripts: both pages publish an object with a `ready` promise.
// The floor's resolves in its first frame, drawn. The player's resolves in the core's
// first frame, which draws nothing while the page still hides the canvas: the moment
// noted is the end of its first drawn frame.
function markFirstFrame() {
  for (const name of ['limber', 'floor']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set(v) {
        value = v;
        v.ready.then(() => {
          const drawn = () => name === 'floor' || v.metrics().framesDrawn > 0;
          if (drawn()) {
            window.firstFrameMs = performance.now();
            return;
          }
          const stop = v.onFrame(() => {
            if (!drawn()) return;
            window.firstFrameMs = performance.now();
            stop();
          });
        });
      },
    });
  }
}

async function coldLoad(url) {
  const browser = await launchChromium(true);
  try {
    const { page, errors } = await openPage(browser, url, { beforeLoad: markFirstFrame });
    await page.waitForFunction(() => window.firstFrameMs !== undefined, { timeout: 30_000, polling: 20 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { firstFrameMs: window.firstFrameMs, loadEventMs: nav.loadEventEnd };
    });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return t;
  } finally {
    await browser.close();
  }
}

export async function startup(productUrl, floorUrl, loads) {
  const product = [];
  const floor = [];
  for (let i = 0; i < loads; i++) {
    product.push(await coldLoad(productUrl));
    floor.push(await coldLoad(floorUrl));
  }
  return { product, floor };
}
