// Where a frame's time goes (docs/performance.md): plays a routine in headless Chromium
// for a while, samples the page with the CDP profiler and prints self time by function,
// with the frame cost meanwhile. Wasm functions have names only in a core linked with
// --profiling-funcs; without them they show as wasm-function[N].
// Usage: node bench/frame-profile.mjs [seconds] [routine link] [dist dir]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { launchChromium, openPage, sleep } from './browser.mjs';
import { summary } from './stats.mjs';

const seconds = Number(process.argv[2] || 20);
const link = process.argv[3] || 'v1/routine/micro-break';
const dist = process.argv[4] || DIST_DIR;
const browser = await launchChromium(false);
try {
  const { page, cdp } = await openPage(browser, `${pathToFileURL(path.join(dist, 'index.html')).href}#play/${link}`);
  await page.evaluate(() => limber.ready);
  await page.evaluate(() => {
    window.costs = [];
    limber.onFrame(() => {
      const s = limber.state();
      if (s.screen === 'player' && !s.paused) window.costs.push(limber.metrics().frameCostMs);
    });
  });
  await page.click('#start');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await sleep(seconds * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const costs = await page.evaluate(() => window.costs);
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + profile.timeDeltas[i] / 1000);
  for (const [id, ms] of dt) {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url ? path.basename(f.url).slice(0, 20) : ''}`;
    self.set(name, (self.get(name) || 0) + ms);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]);
  const busy = rows.filter(([n]) => !n.startsWith('(idle)')).reduce((s, [, ms]) => s + ms, 0);
  console.log(`frames ${costs.length}, frame cost`, summary(costs));
  console.log(`sampled busy ${busy.toFixed(0)} ms over ${seconds} s`);
  for (const [n, ms] of rows.slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${(100 * ms / busy).toFixed(1).padStart(5)}%  ${n}`);
} finally {
  await browser.close();
}
