// Where the browser's time goes while a routine plays, beyond the core's own frame: plays
// a routine in headless Chromium, records a performance trace for a while and prints the
// time of each traced event per second of play, on the page's main thread and elsewhere
// (the GPU process, the compositor), with the frames drawn meanwhile. Events nest, so
// the rows overlap: read them as where the time is, not as a sum.
// Usage: node bench/frame-trace.mjs [seconds] [routine link] [dist dir]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { launchChromium, openPage, sleep } from './browser.mjs';

const seconds = Number(process.argv[2] || 10);
const link = process.argv[3] || 'v1/routine/micro-break';
const dist = process.argv[4] || DIST_DIR;
const ROWS = 30;

const browser = await launchChromium(false);
try {
  const { page, cdp } = await openPage(browser, `${pathToFileURL(path.join(dist, 'index.html')).href}#play/${link}`);
  await page.evaluate(() => limber.ready);
  await page.click('#start');
  await sleep(6000);  // past the get-ready, into the first exercise's work
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,viz', transferMode: 'ReportEvents' });
  const before = await page.evaluate(() => limber.metrics());
  await sleep(seconds * 1000);
  const after = await page.evaluate(() => limber.metrics());
  await cdp.send('Tracing.end');
  await complete;
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const total = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid === main.pid && e.tid === main.tid ? 'main ' : 'other'} ${e.name}`;
    total.set(key, (total.get(key) ?? 0) + e.dur / 1000);
  }
  const drawn = after.framesDrawn - before.framesDrawn;
  console.log(`${link}, ${seconds} s: ${drawn} frames drawn of ${after.displayFrames - before.displayFrames} display frames; ${after.frameVertices} vertices, ${after.frameIndices / 3} triangles in the last one`);
  console.log('  ms/s   ms/drawn frame  thread  event');
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, ROWS)) {
    console.log(`${(ms / seconds).toFixed(1).padStart(7)} ${(ms / Math.max(1, drawn)).toFixed(2).padStart(9)}       ${key}`);
  }
} finally {
  await browser.close();
}
