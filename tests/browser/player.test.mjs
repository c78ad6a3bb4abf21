// The walking skeleton end to end, from file:// in headless Chromium and Firefox ESR:
// the page starts, the routine follows its schedule frame by frame, the figure
// moves with the breath, cues play at phase changes, and nothing plays before a gesture.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, canvasPng, launch, maskedDiff, offOriginRequests, openPlayer, waitFor } from './harness.mjs';
import { bodyShare, figureClip, pauseWhen } from './moments.mjs';

function assertClean({ consoleErrors, pageErrors, requests }) {
  assert.deepEqual(pageErrors, [], 'uncaught page errors');
  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(offOriginRequests(requests), [], 'requests beyond the page\'s own files');
}

// What the schedule says at routine time t: the segment, and in work the half of the breath.
function expectedAt(timeline, t) {
  const seg = timeline.segments.find((s) => t >= s.startMs && t < s.endMs) || timeline.segments.at(-1);
  let breath = null;
  if (seg.phase === 'work') {
    const period = seg.breathInMs + seg.breathOutMs;
    breath = (t - seg.startMs) % period < seg.breathInMs ? 'in' : 'out';
  }
  return { phase: seg.phase, breath };
}

// Every moment the schedule changes what is shown: segment starts and breath halves.
function boundaries(timeline) {
  const out = [];
  for (const seg of timeline.segments) {
    if (seg.startMs > 0) out.push(seg.startMs);
    if (seg.phase !== 'work') continue;
    const period = seg.breathInMs + seg.breathOutMs;
    for (let t = seg.startMs; t < seg.endMs; t += period) {
      if (t > seg.startMs) out.push(t);
      out.push(t + seg.breathInMs);
    }
  }
  return out;
}

for (const browserName of BROWSERS) {
  describe(`player in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    test('opens from file:// on the home screen with a figure, a Start control and sound waiting for a gesture', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      const state = await page.evaluate(() => limber.state());
      assert.equal(state.screen, 'home');
      assert.equal(state.phase, null);
      assert.equal(state.audio.state, 'locked');
      assert.equal(await page.$eval('#sound-status', (el) => el.textContent), 'Sound is on — it starts with your first click or key press.');
      assert.equal(await page.$eval('#start', (el) => el.hidden), false);
      assert.ok(bodyShare(await canvasPng(page)) > 0.01, 'the figure is drawn on the canvas');
      const info = await page.evaluate(() => limber.info());
      assert.equal(info.catalogError, null);
      if (browserName === 'firefox') assert.equal(info.renderer, 'software', 'headless Firefox has no WebGL');
      assertClean(opened);
      await page.close();
    });

    test('the page reads the catalog from the core and starts any routine by link', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      const result = await page.evaluate(() => {
        const catalog = limber.catalog();
        const micro = catalog.routines.find((r) => r.id === 'micro-break');
        const custom = limber.decodeLink('v1/custom/Two%20moves/shoulder-rolls.12reps,side-stretch.15s');
        limber.start(custom.routine.link);
        const started = limber.state();
        let refusal = null;
        try { limber.start('v1/custom/X/cat-kow'); } catch (e) { refusal = e.message; }
        return { exercises: catalog.exercises.length, micro, custom, started, timeline: limber.timeline(), refusal,
                 heading: document.getElementById('exercise-name').textContent };
      });
      assert.equal(result.exercises, 16);
      assert.ok(result.micro.totalMs >= 115000 && result.micro.totalMs <= 125000);
      assert.equal(result.custom.ok, true);
      assert.equal(result.custom.routine.name, 'Two moves');
      assert.deepEqual(result.custom.notices, []);
      assert.equal(result.started.routine, 'custom');
      assert.equal(result.timeline.totalMs, result.custom.routine.totalMs);
      assert.equal(result.refusal, 'Cannot start "v1/custom/X/cat-kow": exercise 1 (\'cat-kow\'): there is no exercise \'cat-kow\'.');
      assertClean(opened);
      await page.close();
    });

    test('nothing plays before the first gesture, and no stale cue plays after it', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      // Started by script, not by a gesture: the routine runs, silently.
      await page.evaluate(() => { limber.setTimeScale(8); limber.start(); });
      await waitFor(page, () => limber.state().elapsedMs > 7000);
      assert.equal(await page.evaluate(() => limber.state().audio.state), 'locked');
      assert.deepEqual(await page.evaluate(() => limber.playedCues()), []);
      assert.equal(await page.$eval('#sound-status', (el) => el.textContent), 'Sound is on — it starts with your first click or key press.');
      // Sound is blocked, the routine is not: its cues still come due and are captioned.
      assert.ok((await page.evaluate(() => limber.cues().length)) >= 4);
      assert.notEqual(await page.$eval('#caption', (el) => el.textContent), '');

      const unlockedAt = await page.evaluate(() => limber.state().elapsedMs);
      await page.keyboard.press('Shift');
      await waitFor(page, () => limber.state().audio.state === 'running');
      await waitFor(page, () => limber.playedCues().length >= 2);
      const played = await page.evaluate(() => limber.playedCues());
      for (const cue of played) assert.ok(cue.atMs >= unlockedAt - 250, `cue ${cue.cue} at ${cue.atMs} ms was stale`);
      await waitFor(page, () => document.getElementById('sound-status').textContent === 'Sound is on.');
      assertClean(opened);
      await page.close();
    });

    test('Start plays the routine: every change is shown in the first frame at or after its time, each phase change is heard', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      const scale = 5;
      await page.evaluate((x) => limber.setTimeScale(x), scale);
      await page.click('#start');  // a real gesture: sound comes on
      // The core calls onFrame right after each frame it draws: one sample per frame shown.
      const timeline = await page.evaluate(() => {
        window.frames = [];
        limber.onFrame(() => {
          const s = limber.state();
          window.frames.push({ elapsedMs: s.elapsedMs, phase: s.phase, breath: s.breath, screen: s.screen });
        });
        return limber.timeline();
      });
      await waitFor(page, () => limber.state().screen === 'finished', { timeout: timeline.totalMs / scale + 15000 });
      const frames = await page.evaluate(() => window.frames);
      assert.ok(frames.length > 100, `only ${frames.length} frames drawn`);

      for (const f of frames) {
        if (f.screen === 'finished') continue;
        const want = expectedAt(timeline, f.elapsedMs);
        assert.equal(f.phase, want.phase, `phase at ${f.elapsedMs} ms`);
        assert.equal(f.breath, want.breath, `breath at ${f.elapsedMs} ms`);
      }
      // Frames keep coming while the routine plays, around every change too. How late the
      // first frame after a change is depends on the machine's load: the bounds here are
      // loose, the real figure is the benchmark's (bench/).
      const intervals = frames.slice(1).map((f, i) => (f.elapsedMs - frames[i].elapsedMs) / scale).sort((a, b) => a - b);
      const median = intervals[Math.floor(intervals.length / 2)];
      assert.ok(median < 100, `frames ${median.toFixed(1)} ms apart`);
      const bounds = boundaries(timeline);
      assert.ok(bounds.length >= 20);
      for (const b of bounds) {
        const i = frames.findIndex((f) => f.elapsedMs >= b);
        assert.ok(i > 0, `no frame around ${b} ms`);
        const frameMs = (frames[i].elapsedMs - frames[i - 1].elapsedMs) / scale;
        assert.ok(frameMs < 1000, `the frame over ${b} ms took ${frameMs.toFixed(1)} ms`);
      }
      const end = await page.evaluate(() => limber.state());
      assert.equal(end.phase, 'done');
      assert.equal(end.elapsedMs, timeline.totalMs, 'the routine ends exactly at its scheduled end');

      // Every cue comes due, in order, one at each phase change at least. A cue that a
      // stalled frame leaves more than 250 ms late is dropped, not played late: on a loaded
      // machine a few may be.
      const due = await page.evaluate(() => limber.cues());
      const scheduled = timeline.cues.map((c) => `${c.atMs}:${c.cue}`);
      assert.deepEqual(due.map((c) => `${c.atMs}:${c.cue}`), scheduled, 'every scheduled cue came due once, in order');
      for (const seg of timeline.segments) {
        assert.ok(due.some((c) => c.atMs === seg.startMs), `no cue at the ${seg.phase} change at ${seg.startMs} ms`);
      }
      const played = (await page.evaluate(() => limber.playedCues())).map((c) => `${c.atMs}:${c.cue}`);
      assert.deepEqual(played, scheduled.filter((c) => played.includes(c)), 'cues played once each, in order');
      assert.ok(played.length >= 0.9 * scheduled.length, `only ${played.length} of ${scheduled.length} cues played`);
      assertClean(opened);
      await page.close();
    });

    test('the figure moves between the two halves of a breath (HUD masked out)', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      await page.evaluate(() => { limber.setTimeScale(2); limber.start(); });
      const clip = await figureClip(page);
      await pauseWhen(page, (s) => s.breath === 'in' && s.breathProgress > 0.4);
      const inhale = await canvasPng(page, '#canvas', clip);
      const inhaleAgain = await canvasPng(page, '#canvas', clip);
      await page.evaluate(() => limber.resume());
      await pauseWhen(page, (s) => s.breath === 'out' && s.breathProgress > 0.4);
      const exhale = await canvasPng(page, '#canvas', clip);
      assert.equal(maskedDiff(inhale, inhaleAgain).changedPixels, 0, 'a paused figure stands still');
      const moved = maskedDiff(inhale, exhale);
      assert.ok(moved.fraction > 0.005, `only ${(moved.fraction * 100).toFixed(2)}% of the figure region changed`);
      assertClean(opened);
      await page.close();
    });

    test('pause freezes routine time and stops drawing; resume carries on from the same moment', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      await page.evaluate(() => limber.start());
      await waitFor(page, () => limber.state().elapsedMs > 500);
      const result = await page.evaluate(async () => {
        let frames = 0;
        limber.pause();
        const at = limber.state().elapsedMs;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));  // the pause redraw
        const stop = limber.onFrame(() => frames++);
        await new Promise((r) => setTimeout(r, 700));
        const still = limber.state().elapsedMs;
        stop();
        limber.resume();
        const resumed = limber.state().elapsedMs;
        return { at, still, resumed, frames, paused: limber.state().paused };
      });
      assert.equal(result.still, result.at);
      assert.equal(result.resumed, result.at);
      assert.equal(result.frames, 0, 'frames drawn while paused');
      assert.equal(result.paused, false);
      assertClean(opened);
      await page.close();
    });

    test('a slow hold lets most display frames pass while its time runs on', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      await page.evaluate(() => limber.start('v1/custom/Hold/childs-pose.60s'));
      // The hold begins once the first in-breath has sat the hips back into the fold.
      await waitFor(page, () => limber.state().phase === 'work' && limber.state().breath === 'out', { timeout: 30000 });
      const run = await page.evaluate(async () => {
        const [before, from] = [limber.metrics(), limber.state().elapsedMs];
        await new Promise((r) => setTimeout(r, 3000));
        const [after, to] = [limber.metrics(), limber.state().elapsedMs];
        return { display: after.displayFrames - before.displayFrames, drawn: after.framesDrawn - before.framesDrawn, ms: to - from };
      });
      assert.ok(run.ms > 2000, `routine time ran ${run.ms} ms in 3 s`);
      assert.ok(run.display >= 30, `only ${run.display} display frames in 3 s`);
      // The ring steps once a second; the breath disc and the figure move well under a CSS
      // px a display frame: a drawn frame every few display frames keeps them within 2 px.
      assert.ok(run.drawn > 0 && run.drawn < 0.6 * run.display, `${run.drawn} of ${run.display} display frames drawn`);
      assertClean(opened);
      await page.close();
    });

    test('a still picture stops the frame loop; a resize or a command wakes it', async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      await page.evaluate(() => limber.start());
      await waitFor(page, () => limber.state().elapsedMs > 300);
      const result = await page.evaluate(async () => {
        // The page itself asks for no animation frames: every request is the core's main loop.
        const raf = window.requestAnimationFrame;
        let requests = 0;
        let frames = 0;
        window.requestAnimationFrame = (callback) => { requests += 1; return raf.call(window, callback); };
        limber.onFrame(() => { frames += 1; });
        // Nothing asked or drawn over `ms`: a stretch of time is what absence takes.
        const over = async (ms) => {
          [requests, frames] = [0, 0];
          await new Promise((r) => setTimeout(r, ms));
          return { requests, frames };
        };
        // `n` frames drawn, however long a busy machine takes; then two more animation
        // frames for the loop to settle.
        const drawn = (n) => new Promise((resolve) => {
          frames = 0;
          const timer = setInterval(() => {
            if (frames < n) return;
            clearInterval(timer);
            raf.call(window, () => raf.call(window, resolve));
          }, 10);
        });
        await drawn(5);
        limber.pause();
        await drawn(1);  // the pause redraw, then sleep
        const paused = await over(500);
        const before = limber.info().width;
        document.getElementById('canvas').style.width = '60%';
        await drawn(1);
        const after = limber.info().width;
        const pausedAgain = await over(300);
        limber.resume();
        await drawn(5);
        return { paused, pausedAgain, before, after, ratio: after / before };
      });
      assert.deepEqual(result.paused, { requests: 0, frames: 0 }, 'no frame requested while paused');
      assert.ok(Math.abs(result.ratio - 0.6) < 0.02, `drawing buffer ${result.before} → ${result.after} px wide`);
      assert.deepEqual(result.pausedAgain, { requests: 0, frames: 0 }, 'asleep again after the resize');
      assertClean(opened);
      await page.close();
    });

    test('prefers-reduced-motion: the figure holds still within a breath while time runs on', { skip: browserName !== 'chromium' && 'Firefox cannot emulate prefers-reduced-motion over BiDi' }, async () => {
      const opened = await openPlayer(browser);
      const { page } = opened;
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const clip = await figureClip(page);
      await page.evaluate(() => { limber.setTimeScale(2); limber.start(); });
      const shotAt = async (breath, progress) => {
        await page.evaluate(() => limber.resume());
        await pauseWhen(page, new Function('s', `return s.breath === '${breath}' && s.breathProgress > ${progress};`));
        return { png: await canvasPng(page, '#canvas', clip), at: await page.evaluate(() => limber.state().elapsedMs) };
      };
      const early = await shotAt('in', 0.2);
      const late = await shotAt('in', 0.8);
      assert.ok(late.at > early.at, 'routine time ran on');
      assert.equal(maskedDiff(early.png, late.png).changedPixels, 0, 'the still figure moved within one breath half');
      const out = await shotAt('out', 0.5);
      assert.ok(maskedDiff(late.png, out.png).fraction > 0.002, 'the still figure shows the other half of the breath');
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      assertClean(opened);
      await page.close();
    });

    test('without WebGL the software renderer draws the same scene', { skip: browserName !== 'chromium' && 'runs once, in a Chromium with WebGL switched off (headless Firefox never has WebGL)' }, async () => {
      const noGl = await launch('chromium', { chromiumArgs: ['--disable-webgl', '--disable-3d-apis'] });
      try {
        const opened = await openPlayer(noGl);
        const info = await opened.page.evaluate(() => limber.info());
        assert.equal(info.renderer, 'software');
        assert.ok(bodyShare(await canvasPng(opened.page)) > 0.01, 'the figure is drawn in software');
        await opened.page.evaluate(() => { limber.setTimeScale(4); limber.start(); });
        await waitFor(opened.page, () => limber.state().phase === 'work');
        assert.deepEqual(opened.pageErrors, []);
        assert.deepEqual(offOriginRequests(opened.requests), []);
      } finally {
        await noGl.close();
      }
    });
  });
}
