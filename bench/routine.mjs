// One routine played at real speed with sound on, recorded frame by frame from the
// core's own frame callback: frame cost, timer accuracy across pauses, and the heard
// cues against the schedule, both as the core models them and as a tap on the page's
// audio output hears them (bench/av-tap.mjs).
import { analyseTap, installTap, serveDistWithTap, tapOptions } from './av-tap.mjs';
import { launchChromium, openPage, sleep } from './browser.mjs';
import { summary } from './stats.mjs';

// In the page, before the Start click: records every drawn frame of the routine, pauses it
// twice (at a third and two thirds, for 1.5 s and 2.5 s), and once it has finished and
// its last cue has been heard leaves the record in window.benchRecord.
function record() {
  const frames = [];
  const pauses = [];
  let timeline = null;
  let planned = null;
  let drawn = -1;
  const stop = limber.onFrame(() => {
    const s = limber.state();
    if (s.screen === 'home') return;
    if (!timeline) {
      timeline = limber.timeline();
      planned = [{ at: timeline.totalMs / 3, forMs: 1500 }, { at: (2 * timeline.totalMs) / 3, forMs: 2500 }];
    }
    const m = limber.metrics();
    // Only drawn frames: the page also hears of a frame let pass that moved its readout on.
    if (m.framesDrawn === drawn) return;
    drawn = m.framesDrawn;
    frames.push({ clock: m.frameClockMs, cost: m.frameCostMs, calls: m.frameDrawCalls, vertices: m.frameVertices,
      indices: m.frameIndices, screen: s.screen, phase: s.phase,
      ex: s.exerciseIndex, side: s.side, elapsed: s.elapsedMs, paused: s.paused });
    if (s.screen === 'finished') {
      stop();
      setTimeout(() => { window.benchRecord = { timeline, frames, pauses, played: limber.playedCues() }; }, 1000);
    } else if (!s.paused && planned.length && s.elapsedMs >= planned[0].at) {
      const { forMs } = planned.shift();
      // Each command's own clock reading lies between the two taken around the call.
      const entry = { pausedAt: performance.now() };
      limber.pause();
      entry.pausedBy = performance.now();
      pauses.push(entry);
      setTimeout(() => {
        entry.resumedAt = performance.now();
        limber.resume();
        entry.resumedBy = performance.now();
      }, forMs);
    }
  });
}

const sameShown = (f, seg) => f.phase === seg.phase && f.ex === seg.exerciseIndex && f.side === seg.side;
const segmentAt = (timeline, t) => timeline.segments.find((s) => t >= s.startMs && t < s.endMs) || timeline.segments.at(-1);

export function analyse({ timeline, frames, pauses, played }) {
  const moving = frames.filter((f) => f.screen === 'player' && !f.paused);
  // Between pauses, clock minus routine time must stay constant (the clock at routine
  // time zero, moved on by the pauses so far); any spread within a stretch is drift.
  const stretches = [];
  for (const f of moving) {
    const k = pauses.filter((p) => p.pausedAt < f.clock).length;
    (stretches[k] ||= []).push(f.clock - f.elapsed);
  }
  const drift = Math.max(...stretches.map((o) => Math.max(...o) - Math.min(...o)));
  // Each pause must move that zero by the time it lasted, as the page's clock saw it
  // around the two calls (which Chromium reads to 0.1 ms).
  const shifts = pauses.map((p, k) => stretches[k + 1][0] - stretches[k].at(-1));
  const pauseErrors = pauses.map((p, k) =>
    Math.max(0, p.resumedAt - p.pausedBy - 0.1 - shifts[k], shifts[k] - (p.resumedBy - p.pausedAt) - 0.1));
  const intervals = [];
  for (let i = 1; i < frames.length; i++) if (!frames[i - 1].paused) intervals.push(frames[i].clock - frames[i - 1].clock);

  const boundaries = timeline.segments.slice(1).map((seg) => {
    const i = frames.findIndex((f) => f.elapsed >= seg.startMs);
    const [prev, f] = [frames[i - 1], frames[i]];
    // When the boundary fell due by the clock, projected from the frame before it (the
    // end frame shows the total, however late it is drawn).
    const delay = prev.paused ? f.elapsed - seg.startMs : f.clock - (prev.clock + seg.startMs - prev.elapsed);
    const interval = f.clock - prev.clock;
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
    // What each frame sends to the renderer: figures that machine load does not move.
    frameDrawCalls: summary(moving.map((f) => f.calls)),
    frameVertices: summary(moving.map((f) => f.vertices)),
    frameIndices: summary(moving.map((f) => f.indices)),
    frameIntervalMs: summary(intervals),
    boundaries: boundaries.length,
    boundariesLate: boundaries.filter((b) => !b.onTime).length,
    boundaryDelayMs: summary(boundaries.map((b) => b.delayMs)),
    worstDelayPerInterval: Math.max(...boundaries.map((b) => b.delayMs / b.intervalMs)),
    framesShowingWrongSegment: wrongFrames,
    totalDurationErrorMs: end.delayMs,
    totalDurationErrorFrames: end.delayMs / end.intervalMs,
    pauses: pauses.length,
    driftMs: drift,
    pauseAccountingErrorMs: Math.max(...pauseErrors),
    pauseList: pauses.map((p, k) => ({ ...p, shiftMs: shifts[k] })),
    cuesAfterOpening: cues.filter((c) => c.atMs > 0).length,
    cuesHeard: offsets.length,
    syncAbsOffsetMs: summary(offsets.map(Math.abs)),
    syncMedianSignedOffsetMs: summary(offsets).p50,
    boundaryList: boundaries,
    cueList: cues,
  };
}

function withSyncSummary(tap) {
  const offsets = tap.cueList.filter((c) => c.offsetMs !== null).map((c) => c.offsetMs);
  return { ...tap, syncAbsOffsetMs: summary(offsets.map(Math.abs)), syncMedianSignedOffsetMs: summary(offsets).p50 };
}

// The routine opened from its link and started with a click on Start, as a user would:
// the click also opens the audio output. The page comes from dist/ over http, with the
// output tap installed before its scripts run.
export async function routineRun(link) {
  const served = await serveDistWithTap();
  const browser = await launchChromium(true);
  try {
    const { page, errors } = await openPage(browser, `${served.url}#play/${link}`, { beforeLoad: installTap, beforeLoadArgs: [tapOptions] });
    await page.evaluate(() => limber.ready);
    await page.evaluate(record);
    await page.click('#start');
    // Poll for the end: one long evaluate would outlast the protocol's timeout.
    while (!(await page.evaluate(() => window.benchRecord !== undefined))) await sleep(1000);
    const rec = await page.evaluate(() => window.benchRecord);
    const result = analyse(rec);
    const tap = withSyncSummary(analyseTap(await page.evaluate(() => window.benchTap), rec.played));
    if (errors.length) throw new Error(`routine run: ${errors.join('; ')}`);
    return { routine: link, ...result, tap };
  } finally {
    await browser.close();
    await served.close();
  }
}
