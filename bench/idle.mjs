// Idle cost: frames drawn and CPU spent per second on the home view and while a
// routine is paused, beside the same figures while it plays and for a blank page; and
// the player playing against the floor program at the player's canvas size, one after
// the other in the same browser.
import { browserCpuMs, cpuMsBetween, launchChromium, mainThreadBusyMs, openPage, sleep } from './browser.mjs';
import { median } from './stats.mjs';

// `counts` reads the page's running totals: {drawn, display} frames.
async function measure(browser, page, cdp, seconds, counts) {
  const before = await page.evaluate(counts);
  const cpu = browserCpuMs(browser);
  const busy = await mainThreadBusyMs(cdp);
  const t = performance.now();
  await sleep(seconds * 1000);
  const after = await page.evaluate(counts);
  const s = (performance.now() - t) / 1000;
  return {
    framesPerS: (after.drawn - before.drawn) / s,
    displayFramesPerS: (after.display - before.display) / s,
    mainThreadMsPerS: ((await mainThreadBusyMs(cdp)) - busy) / s,
    browserCpuMsPerS: cpuMsBetween(cpu, browserCpuMs(browser)) / s,
  };
}

// The core counts the display frames its main loop ran and those it drew.
const playerCounts = () => {
  const m = window.limber.metrics();
  return { drawn: m.framesDrawn, display: m.displayFrames };
};
// The floor draws every display frame.
const floorCounts = () => ({ drawn: window.floor.frames, display: window.floor.frames });
const blankCounts = () => ({ drawn: 0, display: 0 });

const HOLD = 'v1/custom/Hold/childs-pose.60s';

async function once(productUrl, floorUrl, seconds) {
  const browser = await launchChromium(false);
  try {
    const { page, cdp, errors } = await openPage(browser, productUrl);
    await page.evaluate(() => limber.ready);
    await sleep(1000);  // start-up work settles
    const home = await measure(browser, page, cdp, seconds, playerCounts);
    await page.evaluate(() => { location.hash = 'play/v1/routine/micro-break'; });
    await page.waitForSelector('#start', { visible: true });
    await page.click('#start');
    // Sound on, the page decodes the voice sheet: one-off work the floor has no part of.
    await page.waitForFunction(() => limber.state().audio.voiceArrived, { timeout: 30000 });
    await page.evaluate(() => limber.pause());
    await sleep(500);
    const paused = await measure(browser, page, cdp, seconds, playerCounts);
    // Playing: the rest of the routine, its get-readies, reps, holds and sides alike.
    await page.evaluate(() => limber.resume());
    const canvas = await page.evaluate(() => ({ width: limber.info().width, height: limber.info().height }));
    const left = await page.evaluate(() => limber.state().remainingMs);
    const playing = await measure(browser, page, cdp, left / 1000 - 1, playerCounts);
    // A slow stretch: a minute's hold of child's pose, past its get-ready. Its first
    // seconds are the move into the pose, which is not slow; the hold itself from 15 s in.
    await page.evaluate((link) => limber.start(link), HOLD);
    await page.waitForFunction(() => limber.state().phase === 'work', { timeout: 30000 });
    await sleep(500);
    const settling = await measure(browser, page, cdp, seconds, playerCounts);
    await page.waitForFunction(() => limber.state().phase === 'work' && limber.state().segmentProgress >= 0.25, { timeout: 60000 });
    const holding = await measure(browser, page, cdp, seconds, playerCounts);
    if (errors.length) throw new Error(`idle: ${errors.join('; ')}`);
    await page.close();
    const floor = await openPage(browser, `${floorUrl}#${canvas.width}x${canvas.height}`);
    await floor.page.evaluate(() => floor.ready);
    await sleep(1000);
    const floorPlaying = { ...(await measure(browser, floor.page, floor.cdp, seconds, floorCounts)), ...canvas };
    if (floor.errors.length) throw new Error(`idle, floor: ${floor.errors.join('; ')}`);
    await floor.page.close();
    const blank = await openPage(browser, 'data:text/html,<title>blank</title>');
    await sleep(2000);
    const blankPage = await measure(browser, blank.page, blank.cdp, seconds, blankCounts);
    return { home, paused, playing, settling, holding, floorPlaying, blankPage };
  } finally {
    await browser.close();
  }
}

export async function idle(productUrl, floorUrl, seconds, repeats) {
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await once(productUrl, floorUrl, seconds));
  const result = {};
  for (const view of Object.keys(runs[0])) {
    result[view] = {};
    for (const k of Object.keys(runs[0][view])) result[view][k] = median(runs.map((r) => r[view][k]));
  }
  return result;
}
