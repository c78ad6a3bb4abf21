// Memory: the wasm heap and the JS heap after load and across a long loop of every
// built-in routine in turn at high speed (the soak), sampled as it runs.
import { jsHeapBytes, launchChromium, openPage, sleep } from './browser.mjs';

// In the page: plays the built-in routines one after another until `hours` of routine
// time have passed at `speed`; window.benchLoop counts what has been played.
function loop(hours, speed) {
  const ids = limber.catalog().routines.map((r) => r.id);
  const state = { routineMs: 0, runs: 0, routines: ids.length, done: false };
  window.benchLoop = state;
  limber.setTimeScale(speed);
  limber.start(ids[0]);
  const timer = setInterval(() => {
    if (limber.state().screen !== 'finished') return;
    state.routineMs += limber.timeline().totalMs;
    state.runs++;
    if (state.routineMs >= hours * 3_600_000) {
      state.done = true;
      clearInterval(timer);
    } else {
      limber.start(ids[state.runs % ids.length]);
    }
  }, 50);
}

async function sample(page, cdp, t0) {
  const js = await jsHeapBytes(cdp);
  const m = await page.evaluate(() => ({ ...limber.metrics(), ...(window.benchLoop || {}) }));
  return { wallS: (performance.now() - t0) / 1000, routineMs: m.routineMs ?? 0, runs: m.runs ?? 0, routines: m.routines ?? null,
    wasmMemoryBytes: m.heapBytes, mallocInUseBytes: m.heapUsedBytes, jsHeapBytes: js };
}

export async function soak(productUrl, { hours, speed, sampleEveryS = 10 }) {
  const browser = await launchChromium(true);
  try {
    const { page, cdp, errors } = await openPage(browser, productUrl);
    await page.evaluate(() => limber.ready);
    await page.evaluate(() => limber.unlockAudio());
    await page.waitForFunction(() => limber.state().audio.state === 'running', { polling: 50 });
    const t0 = performance.now();
    const samples = [await sample(page, cdp, t0)];
    await page.evaluate(loop, hours, speed);
    for (;;) {
      await sleep(sampleEveryS * 1000);
      samples.push(await sample(page, cdp, t0));
      if (await page.evaluate(() => window.benchLoop.done)) break;
    }
    return { hours, speed, samples, errors };
  } finally {
    await browser.close();
  }
}
