// Soak: eight hours of routines back to back, every built-in routine in turn, played
// through the page at 100x (about five minutes), in Chromium, where the JS heap and the
// DOM can be measured. Nothing may go wrong, and nothing may grow: the wasm heap, the
// memory the core has allocated, the JS heap after a collection, DOM nodes, listeners.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, openPlayer, waitFor } from './harness.mjs';

const ROUTINE_TIME_MS = 8 * 3600 * 1000;
const SCALE = 100;
// After the first round of every routine, what the end may be above the start:
const TOLERANCE = {
  wasmHeapBytes: 0,                // the wasm memory does not grow at all
  coreAllocatedBytes: 64 * 1024,   // the core's malloc'd bytes
  jsHeapBytes: 1024 * 1024,        // the history list grows by one small entry a routine
  domNodes: 100,
  listeners: 10,
};

async function sample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const core = await page.evaluate(() => limber.metrics());
  return {
    wasmHeapBytes: core.heapBytes,
    coreAllocatedBytes: core.heapUsedBytes,
    jsHeapBytes: usedSize,
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

test('eight hours of routines at 100x in Chromium: no errors, no growth', {
  skip: !BROWSERS.includes('chromium') && 'Chromium is not among LIMBER_BROWSERS',
  timeout: 20 * 60_000,
}, async (t) => {
  const browser = await launch('chromium');
  try {
    const opened = await openPlayer(browser);
    const { page } = opened;
    const cdp = await page.createCDPSession();
    const routines = await page.evaluate(() => limber.catalog().routines);
    const samples = [];
    let played = 0;
    let runs = 0;
    const started = Date.now();
    while (played < ROUTINE_TIME_MS) {
      const routine = routines[runs % routines.length];
      await page.evaluate((link) => { location.hash = `play/${link}`; }, routine.link);
      await waitFor(page, (name) => !document.getElementById('view-player').hidden &&
        document.getElementById('player-title').textContent === name, {}, routine.name);
      await page.click('#start');
      await page.evaluate((x) => limber.setTimeScale(x), SCALE);
      await waitFor(page, (id) => { const s = limber.state(); return s.routine === id && s.screen === 'finished'; },
        { timeout: routine.totalMs / SCALE + 30_000 }, routine.id);
      const end = await page.evaluate(() => limber.state());
      assert.equal(end.elapsedMs, routine.totalMs, `${routine.id} ended at its scheduled end`);
      played += routine.totalMs;
      runs++;
      if (runs % routines.length === 0) samples.push({ afterMs: played, ...await sample(page, cdp) });
      assert.deepEqual(opened.pageErrors, [], `uncaught errors by run ${runs}`);
      assert.deepEqual(opened.consoleErrors, [], `console errors by run ${runs}`);
    }
    samples.push({ afterMs: played, ...await sample(page, cdp) });
    t.diagnostic(`${runs} routines, ${(played / 3600000).toFixed(2)} h of routine time in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    for (const s of samples) {
      t.diagnostic(`after ${(s.afterMs / 3600000).toFixed(2)} h: wasm heap ${s.wasmHeapBytes} B, core allocated ${s.coreAllocatedBytes} B, ` +
        `JS heap ${s.jsHeapBytes} B, ${s.domNodes} DOM nodes, ${s.listeners} listeners`);
    }
    assert.ok(samples.length >= 3, 'several rounds of every routine');
    const [first, last] = [samples[0], samples.at(-1)];
    for (const [key, limit] of Object.entries(TOLERANCE)) {
      assert.ok(last[key] - first[key] <= limit, `${key} grew from ${first[key]} to ${last[key]} (allowed ${limit})`);
    }
    assert.ok(first.wasmHeapBytes <= 32 * 1024 * 1024, `wasm heap ${first.wasmHeapBytes} B, over 32 MB`);
    await page.close();
  } finally {
    await browser.close();
  }
});
