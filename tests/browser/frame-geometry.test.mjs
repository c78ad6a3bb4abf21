// What one frame of the player sends to the renderer, in Chromium and Firefox: the user
// starts a routine with the Start button, and every frame of its get-ready (the dial's
// next-up figure) and its first rep batches its untextured shapes into one
// SDL_RenderGeometry call; an exercise on the textured mat adds the mat's own call and
// the call that flushes the floor drawn before it. The geometry stays a frame's size.
// The time a frame takes depends on the machine's load: it goes in the benchmark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch } from './harness.mjs';
import { assertClean, customLink, openApp, waitView } from './page-helpers.mjs';

// Records draw calls and vertices of every frame from the Start click to the end of the
// first out-breath, per phase.
async function recordFrames(page, exercise) {
  // The exercise's own dose, inside its range: the recording stops at the second rep.
  const link = await customLink(page, { name: 'Frames', items: [{ exercise, sets: 1 }] });
  await page.evaluate((l) => { location.hash = `play/${l}`; }, link);
  await waitView(page, 'view-player');
  await page.evaluate(() => {
    limber.setTimeScale(4);
    window.frameLog = [];
    window.frameLogDone = new Promise((resolve) => {
      const stop = limber.onFrame(() => {
        const s = limber.state();
        if (s.screen !== 'player') return;
        const m = limber.metrics();
        window.frameLog.push({ phase: s.phase, calls: m.frameDrawCalls, vertices: m.frameVertices, indices: m.frameIndices });
        if (s.phase === 'work' && s.rep === 2) {
          stop();
          resolve();
        }
      });
    });
  });
  await page.click('#start');
  await page.evaluate(() => window.frameLogDone);
  return page.evaluate(() => window.frameLog);
}

const CASES = [
  { exercise: 'shoulder-rolls', calls: 1, what: 'standing, no mat' },
  { exercise: 'cat-cow', calls: 3, what: 'on the textured mat' },
];

for (const browserName of BROWSERS) {
  describe(`the frame's geometry, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    for (const { exercise, calls, what } of CASES) {
      test(`${exercise} (${what}): ${calls} draw call(s) a frame, through the get-ready and the first rep`, async () => {
        const opened = await openApp(browser);
        const frames = await recordFrames(opened.page, exercise);
        const ready = frames.filter((f) => f.phase === 'ready');
        const work = frames.filter((f) => f.phase === 'work');
        assert.ok(ready.length > 5 && work.length > 5, `frames seen: ${ready.length} get-ready, ${work.length} work`);
        for (const f of frames) {
          assert.equal(f.calls, calls, `a ${f.phase} frame made ${f.calls} draw calls`);
          // The figure, its props, the dial: thousands of vertices, never a runaway.
          assert.ok(f.vertices > 1000 && f.vertices < 20000, `a ${f.phase} frame sent ${f.vertices} vertices`);
          assert.ok(f.indices > f.vertices, `a ${f.phase} frame: ${f.indices} indices for ${f.vertices} vertices`);
        }
        // The get-ready's dial holds the next-up figure, a work frame's the breath disc and pips:
        // about a thousand vertices more (1,100 in both browsers when this was written).
        assert.ok(ready[0].vertices > work.at(-1).vertices + 600,
          `the next-up figure in the dial: get-ready ${ready[0].vertices} vertices, work ${work.at(-1).vertices}`);
        assertClean(opened);
        await opened.close();
      });
    }
  });
}
