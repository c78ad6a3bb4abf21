// Idle cost: frames drawn and CPU spent per second on the home view and while a
// routine is paused, beside the same figures while it plays and for a blank page.
import { browserCpuMs, launchChromium, mainThreadBusyMs, openPage, sleep } from './browser.mjs';
import { median } from './stats.mjs';

async function measure(browser, page, cdp, seconds) {
  await page.evaluate(() => {
    window.benchFrames = 0;
    window.benchStop?.();
    window.benchStop = window.limber?.onFrame(() => window.benchFrames++);
  });
  const cpu = browserCpuMs(browser);
  const busy = await mainThreadBusyMs(cdp);
  const t = performance.now();
  await sleep(seconds * 1000);
  const frames = await page.evaluate(() => window.benchFrames);
  const s = (performance.now() - t) / 1000;
  return {
    framesPerS: frames / s,
    mainThreadMsPerS: ((await mainThreadBusyMs(cdp)) - busy) / s,
    browserCpuMsPerS: (browserCpuMs(browser) - cpu) / s,
  };
}

async function once(productUrl, seconds) {
  const browser = await launchChromium(false);
  try {
    const { page, cdp, errors } = await openPage(browser, productUrl);
    await page.evaluate(() => limber.ready);
    await sleep(1000);  // start-up work settles
    const home = await measure(browser, page, cdp, seconds);
    await page.evaluate(() => { location.hash = 'play/v1/routine/micro-break'; });
    await page.waitForSelector('#start', { visible: true });
    await page.click('#start');
    await sleep(500);
    const playing = await measure(browser, page, cdp, seconds);
    await page.evaluate(() => limber.pause());
    await sleep(500);
    const paused = await measure(browser, page, cdp, seconds);
    if (errors.length) throw new Error(`idle: ${errors.join('; ')}`);
    await page.close();
    const blank = await openPage(browser, 'data:text/html,<title>blank</title>');
    await sleep(2000);
    const blankPage = await measure(browser, blank.page, blank.cdp, seconds);
    return { home, paused, playing, blankPage };
  } finally {
    await browser.close();
  }
}

export async function idle(productUrl, seconds, repeats) {
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await once(productUrl, seconds));
  const result = {};
  for (const view of Object.keys(runs[0])) {
    result[view] = {};
    for (const k of Object.keys(runs[0][view])) result[view][k] = median(runs.map((r) => r[view][k]));
  }
  return result;
}
