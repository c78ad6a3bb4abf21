// How much of a frame's time is the main thread's own work: the routine played at real
// speed under a Chromium trace, each run of the main loop's requestAnimationFrame callback
// (emscripten's Browser.mainLoop.runner: the core's frame and the page's frame listeners)
// taken with its wall time and its thread CPU time (the trace's `dur` and `tdur`). A
// callback much longer by the clock than on the CPU waited for its core; a garbage
// collection inside one is counted apart.
import { launchChromium, openPage, sleep } from './browser.mjs';
import { summary } from './stats.mjs';

// The glue is minified, so the trace names the callback by where it is kept, as V8 infers
// it ("se.mainLoop.runner"); unminified it is Browser_mainLoop_runner.
const MAIN_LOOP = /mainLoop[._]runner$/;

export async function frameCpu(productUrl, routine, seconds) {
  const browser = await launchChromium(false);
  try {
    const { page, errors } = await openPage(browser, `${productUrl}#play/${routine}`);
    await page.evaluate(() => limber.ready);
    await page.click('#start');
    await sleep(2000);  // past the start's one-off work (opening the audio output)
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await sleep(seconds * 1000);
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    return { seconds, errors, ...analyseTrace(trace.traceEvents || trace) };
  } finally {
    await browser.close();
  }
}

export function analyseTrace(events) {
  const complete = events.filter((e) => e.ph === 'X');
  const frames = complete.filter((e) => e.name === 'FunctionCall' && MAIN_LOOP.test(e.args?.data?.functionName ?? '') && e.tdur !== undefined);
  const gcs = complete.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC');
  const within = (gc, f) => gc.tid === f.tid && gc.ts >= f.ts && gc.ts < f.ts + f.dur;
  const wallMs = frames.map((f) => f.dur / 1000);
  const cpuMs = frames.map((f) => f.tdur / 1000);
  const over = (i) => wallMs[i] > 1;
  const slow = frames.map((_, i) => i).filter(over);
  return {
    frames: frames.length,
    wallMs: summary(wallMs),
    cpuMs: summary(cpuMs),
    over1msWall: slow.length,
    over1msWallNotCpu: slow.filter((i) => cpuMs[i] <= 1).length,
    over1msWithGc: slow.filter((i) => gcs.some((gc) => within(gc, frames[i]))).length,
    gcs: gcs.length,
  };
}
