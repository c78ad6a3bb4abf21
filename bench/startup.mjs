// Time to the first drawn frame from navigation, over cold loads (a fresh browser
// each time), for the player and the floor program alternately.
import { launchChromium, openPage } from './browser.mjs';

// Runs before the page's scripts: both pages publish an object with a `ready` promise
// that resolves in their first frame; note the moment it does.
function markFirstFrame() {
  for (const name of ['limber', 'floor']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set(v) {
        value = v;
        v.ready.then(() => { window.firstFrameMs = performance.now(); });
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
