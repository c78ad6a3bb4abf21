// One routine played at real speed with sound on, recorded frame by frame from the
// core's own frame callback: frame cost, timer accuracy across pauses, and the heard
// cues against the schedule.
import { launchChromium, openPage, sleep } from './browser.mjs';
import { summary } from './stats.mjs';

// In the page: starts the routine, pauses it twice (at a third and two thirds, for
// 1.5 s and 2.5 s), and resolves once it has finished and its last cue has been heard.
function play(routine) {
  return new Promise((resolve) => {
    limber.start(routine);
    const timeline = limber.timeline();
    const pauses = [];
    const planned = [{ at: timeline.totalMs / 3, forMs: 1500 }, { at: (2 * timeline.totalMs) / 3, forMs: 2500 }];
    const frames = [];
    const stop = limber.onFrame(() => {
      const s = limber.state();
      const m = limber.metrics();
      frames.push({ clock: m.frameClockMs, cost: m.frameCostMs, screen: s.screen, phase: s.phase,
        ex: s.exerciseIndex, side: s.side, elapsed: s.elapsedMs, paused: s.paused });
      if (s.screen === 'finished') {
        stop();
        setTimeout(() => resolve({ timeline, frames, pauses, played: limber.playedCues() }), 1000);
      } else if (!s.paused && planned.length && s.elapsedMs >= planned[0].at) {
        const { forMs } = planned.shift();
        const entry = { pausedAt: performance.now() };
        limber.pause();
        pauses.push(entry);
        setTimeout(() => { entry.resumedAt = performance.now(); limber.resume(); }, forMs);
      }
    });
  });
}

const sameShown = (f, seg) => f.phase === seg.phase && f.ex === seg.exerciseIndex && f.side === seg.side;
const segmentAt = (timeline, t) => timeline.segments.find((s) => t >= s.startMs && t < s.endMs) || timeline.segments.at(-1);

export function analyse({ timeline, frames, pauses, played }) {
  const pausedBefore = (clock) => pauses.reduce((sum, p) =>
    sum + (clock <= p.pausedAt ? 0 : Math.min(clock, p.resumedAt ?? clock) - p.pausedAt), 0);
  const moving = frames.filter((f) => f.screen === 'player' && !f.paused);
  const startClock = moving[0].clock - moving[0].elapsed;
  // Routine time a frame should show: the clock since the start, less paused time.
  const due = (f) => f.clock - startClock - pausedBefore(f.clock);
  const drift = moving.map((f) => Math.abs(f.elapsed - due(f)));
  const intervals = [];
  for (let i = 1; i < frames.length; i++) if (!frames[i - 1].paused) intervals.push(frames[i].clock - frames[i - 1].clock);

  const boundaries = timeline.segments.slice(1).map((seg) => {
    const i = frames.findIndex((f) => f.elapsed >= seg.startMs);
    const f = frames[i];
    const interval = f.clock - frames[i - 1].clock;
    const delay = due(f) - seg.startMs;  // by the clock: the end frame shows the total, however late
    return { atMs: seg.startMs, phase: seg.phase, delayMs: delay, intervalMs: interval,
      onTime: sameShown(f, seg) && delay >= 0 && delay < interval };
  });
  const end = boundaries.at(-1);  // the Done segment starts at the routine's total
  const wrongFrames = moving.filter((f) => !sameShown(f, segmentAt(timeline, f.elapsed))).length;
  const cues = played.map((p) => ({ cue: p.cue, atMs: p.atMs, offsetMs: p.heardClockMs === null ? null : p.heardClockMs - p.dueClockMs }));
  // The opening cue is set off by the start command itself and cannot be early (tests/browser/audio.test.mjs).
  const offsets = cues.filter((c) => c.atMs > 0 && c.offsetMs !== null).map((c) => c.offsetMs);

  return {
    totalMs: timeline.totalMs,
    frames: moving.length,
    frameCostMs: summary(moving.map((f) => f.cost)),
    frameIntervalMs: summary(intervals),
    boundaries: boundaries.length,
    boundariesLate: boundaries.filter((b) => !b.onTime).length,
    boundaryDelayMs: summary(boundaries.map((b) => b.delayMs)),
    worstDelayPerInterval: Math.max(...boundaries.map((b) => b.delayMs / b.intervalMs)),
    framesShowingWrongSegment: wrongFrames,
    totalDurationErrorMs: end.delayMs,
    totalDurationErrorFrames: end.delayMs / end.intervalMs,
    pauses: pauses.length,
    driftMs: Math.max(...drift),
    cues: played.length,
    cuesHeard: offsets.length,
    syncAbsOffsetMs: summary(offsets.map(Math.abs)),
    syncMedianSignedOffsetMs: summary(offsets).p50,
    boundaryList: boundaries,
    cueList: cues,
  };
}

export async function routineRun(productUrl, routine) {
  const browser = await launchChromium(true);
  try {
    const { page, errors } = await openPage(browser, productUrl);
    await page.evaluate(() => limber.ready);
    await page.evaluate(() => limber.unlockAudio());  // the autoplay flag stands in for a click
    await page.waitForFunction(() => limber.state().audio.state === 'running', { polling: 50 });
    // Poll for the end: one long evaluate would outlast the protocol's timeout.
    await page.evaluate(`void (${play})(${JSON.stringify(routine)}).then((x) => { window.benchRecord = x; })`);
    while (!(await page.evaluate(() => window.benchRecord !== undefined))) await sleep(1000);
    const record = await page.evaluate(() => window.benchRecord);
    if (errors.length) throw new Error(`routine run: ${errors.join('; ')}`);
    return { routine, ...analyse(record) };
  } finally {
    await browser.close();
  }
}
