// The exercises' stills (the figures in the routine view and the builder): the time the
// core takes to draw all 16, each anew, at the routine view's box on a 1x and a 2x screen.
import { launchChromium, openPage } from './browser.mjs';
import { median, max } from './stats.mjs';

export async function stills(productUrl, repeats) {
  const browser = await launchChromium(false);
  try {
    const { page, errors } = await openPage(browser, `${productUrl}#build`);
    await page.evaluate(() => limber.ready);
    const result = { errors };
    for (const [name, width, height] of [['x1', 192, 144], ['x2', 384, 288]]) {
      const samples = [];
      for (let i = 0; i < repeats; i++) {
        samples.push(await page.evaluate((w, h) => {
          const ids = limber.catalog().exercises.map((e) => e.id);
          const start = performance.now();
          for (const id of ids) limber.exerciseImage(id, w, h, { dark: false });
          return performance.now() - start;
        }, width, height));
      }
      result[name] = { width, height, samples, medianMs: median(samples), maxMs: max(samples) };
    }
    return result;
  } finally {
    await browser.close();
  }
}
