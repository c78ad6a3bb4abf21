// The benchmark's figures as a Markdown table: each beside its reference and goal.
const KB = 1024;
const MB = 1024 * 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const mb = (n) => `${(n / MB).toFixed(1)} MB`;
const ms = (n, digits = 1) => (n === null || n === undefined ? '–' : `${n.toFixed(digits)} ms`);
const yes = (ok) => (ok ? 'yes' : '**no**');

function weightRows({ product, floor }) {
  const ratio = product.gz / floor.gz;
  const rows = [
    ['Page weight, gzipped', kb(product.gz), `floor ${kb(floor.gz)}`, '≤ 300 KB', yes(product.gz <= 300 * KB)],
    ['  against the floor', `${ratio.toFixed(2)}x`, '', '≤ 1.3x', yes(ratio <= 1.3)],
    ['Page weight, raw', kb(product.raw), `floor ${kb(floor.raw)}`, '', ''],
  ];
  for (const f of product.files) rows.push([`  ${f.file}`, `${kb(f.gz)} gz, ${kb(f.raw)} raw`, '', '', '']);
  if (product.voice) {
    rows.push(['Voice sheet (voice.js, after the first frame), gzipped', kb(product.voice.gz), '', '≤ 200 KB',
      yes(product.voice.gz <= 200 * KB)]);
  }
  for (const f of product.languages) {
    if (f.file.startsWith('voice-')) {
      rows.push([`Voice sheet ${f.file} (when its language is chosen), gzipped`, kb(f.gz), '', '≤ 200 KB', yes(f.gz <= 200 * KB)]);
    } else {
      rows.push([`Language pack ${f.file} (when chosen), gzipped`, `${kb(f.gz)} (${kb(f.raw)} raw)`, '', '', '']);
    }
  }
  for (const f of floor.files) rows.push([`  floor: ${f.file}`, '', `${kb(f.gz)} gz, ${kb(f.raw)} raw`, '', '']);
  return rows;
}

function startupRows({ product, floor }) {
  const ratio = product.firstFrameMs / floor.firstFrameMs;
  return [
    ['First frame from navigation (median)', ms(product.firstFrameMs, 0), `floor ${ms(floor.firstFrameMs, 0)} (${ratio.toFixed(2)}x)`,
      '≤ 1.25x floor', yes(ratio <= 1.25)],
    ['  load event (median)', ms(product.loadEventMs, 0), `floor ${ms(floor.loadEventMs, 0)}`, '', ''],
  ];
}

function routineRows(r) {
  const c = r.frameCostMs;
  const i = r.frameIntervalMs;
  const name = decodeURIComponent(r.routine.split('/')[2]);  // v1/routine/<id> or v1/custom/<name>/...
  return [
    ['Frame cost in wasm, p50 / p90 / p99 / max', `${ms(c.p50)} / ${ms(c.p90)} / ${ms(c.p99)} / ${ms(c.max)}`,
      `frame interval p50 ${ms(i.p50)}, p99 ${ms(i.p99)}`, 'p99 < 1 ms', yes(c.p99 < 1)],
    ['  geometry per frame: draw calls max, vertices p50 / max', `${r.frameDrawCalls.max}, ${r.frameVertices.p50} / ${r.frameVertices.max}`,
      `indices p50 ${r.frameIndices.p50}, max ${r.frameIndices.max}`, '', ''],
    [`Phase boundaries shown in the first frame at or after their time (${name}, ${(r.totalMs / 1000).toFixed(0)} s)`,
      `${r.boundaries - r.boundariesLate} of ${r.boundaries}`, `delay p50 ${ms(r.boundaryDelayMs.p50)}, max ${ms(r.boundaryDelayMs.max)}; ` +
      `worst delay / frame interval ${r.worstDelayPerInterval.toFixed(2)}`, 'all', yes(r.boundariesLate === 0)],
    ['  frames showing a segment other than the schedule\'s', String(r.framesShowingWrongSegment), `of ${r.frames}`, '0',
      yes(r.framesShowingWrongSegment === 0)],
    ['Total duration error', ms(r.totalDurationErrorMs, 2), `${r.totalDurationErrorFrames.toFixed(2)} frame`, '< 1 frame',
      yes(r.totalDurationErrorFrames < 1)],
    ['Drift: spread of clock − routine time between pauses', ms(r.driftMs, 3),
      `${r.pauses} pauses each moved it by their length (off by ${ms(r.pauseAccountingErrorMs, 1)})`, '< 1 ms', yes(r.driftMs < 1 && r.pauseAccountingErrorMs < 1)],
  ];
}

// The model's figure (the core's onset in SDL_mixer plus its latency model) and the
// tap's (the onset in the Web Audio output, placed by the context's output timestamps).
function syncRows(r) {
  const s = r.syncAbsOffsetMs;
  const t = r.tap;
  const ts = t.syncAbsOffsetMs;
  const name = decodeURIComponent(r.routine.split('/')[2]);
  const tapRow = t.errors?.length
    ? ['  measured at the output (tap)', '–', `tap failed: ${t.errors.join('; ')}`, 'p99 ≤ 20 ms', '**no**']
    : ['  measured at the output (tap), absolute, p50 / p99 / max', `${ms(ts.p50)} / ${ms(ts.p99)} / ${ms(ts.max)}`,
      `${t.matched} of ${t.expected} cues matched (${t.masked} started over other sound, ${t.together} with another cue due at the same moment); signed median ${ms(t.syncMedianSignedOffsetMs)}; ` +
      `context: outputLatency ${ms(t.outputLatencyMs)}, baseLatency ${ms(t.baseLatencyMs)}, output timestamp ${ms(t.outputTimestampLagMs)} behind render`,
      // A cue that starts over other sound, or with another cue, has no onset of its own to
      // find; any other unmatched cue was lost or very late.
      'p99 ≤ 20 ms', yes(ts.p99 !== null && ts.p99 <= 20 && t.matched + t.masked + t.together === t.expected)];
  return [
    [`Audio/visual sync (${name}): heard − due, core's model, absolute, p50 / p99 / max`, `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`,
      `${r.cuesHeard} of ${r.cuesAfterOpening} cues heard; signed median ${ms(r.syncMedianSignedOffsetMs)}`, 'p99 < 50 ms', yes(s.p99 !== null && s.p99 < 50)],
    tapRow,
  ];
}

function idleRows({ home, paused, playing, settling, holding, floorPlaying, blankPage }) {
  const cpu = (v) => `CPU ${v.mainThreadMsPerS.toFixed(1)} ms/s main thread, ${v.browserCpuMsPerS.toFixed(0)} ms/s all processes`;
  const row = (name, v) => [name, `${v.framesPerS.toFixed(1)} frames/s, ${cpu(v)}`, `blank page: ${cpu(blankPage)}`,
    'no drawing', yes(v.framesPerS === 0)];
  const drawn = (v) => `${v.framesPerS.toFixed(1)} of ${v.displayFramesPerS.toFixed(1)} display frames/s drawn, ${cpu(v)}`;
  const f = floorPlaying;
  return [row('Idle: home view', home), row('Idle: paused', paused),
    [`Playing (Micro-break) against the floor at the player's canvas, ${f.width}×${f.height}`,
      drawn(playing),
      `floor: ${f.framesPerS.toFixed(1)} frames/s, ${cpu(f)}`, '≤ floor, both',
      yes(playing.mainThreadMsPerS <= f.mainThreadMsPerS && playing.browserCpuMsPerS <= f.browserCpuMsPerS)],
    ['  a slow stretch: a 60 s hold of child\'s pose, from 15 s in',
      drawn(holding),
      `floor: ${cpu(f)}`, '≤ floor, both',
      yes(holding.mainThreadMsPerS <= f.mainThreadMsPerS && holding.browserCpuMsPerS <= f.browserCpuMsPerS)],
    ['  the same hold\'s first seconds: the move into the pose',
      drawn(settling),
      `floor: ${cpu(f)}`, '', '']];
}

function soakRows({ hours, speed, samples, errors }) {
  const first = samples[0];
  const last = samples.at(-1);
  // Growth counts from the first sample after every routine has played once: by then
  // each one's schedule and figure have been built at least once.
  const warm = samples.find((s) => s.routines && s.runs >= s.routines);
  const peak = Math.max(...samples.map((s) => s.wasmMemoryBytes));
  const flat = warm && last !== warm && last.wasmMemoryBytes === warm.wasmMemoryBytes &&
    last.mallocInUseBytes <= warm.mallocInUseBytes * 1.01 && last.jsHeapBytes <= warm.jsHeapBytes * 1.1;
  const since = warm ? `after every routine once (${warm.runs} runs)` : 'too short to see every routine once';
  return [
    [`Memory after load → after ${(last.routineMs / 3_600_000).toFixed(2)} h of routines at ${speed}x (${last.runs} runs)`,
      `wasm ${mb(first.wasmMemoryBytes)} → ${mb(last.wasmMemoryBytes)}`, `peak ${mb(peak)}`, '< 32 MB, flat',
      warm ? yes(peak < 32 * MB && flat && !errors.length) : 'untold'],
    ['  malloc in use', `${mb(first.mallocInUseBytes)} → ${mb(last.mallocInUseBytes)}`,
      warm ? `${since}: ${mb(warm.mallocInUseBytes)}` : since, '', ''],
    ['  JS heap', `${mb(first.jsHeapBytes)} → ${mb(last.jsHeapBytes)}`, warm ? `${since}: ${mb(warm.jsHeapBytes)}` : since, '', ''],
    ['  page errors', String(errors.length), `planned ${hours} h`, '0', yes(!errors.length)],
  ];
}

function cpuRows(c) {
  const spread = (v) => `${ms(v.p50)} / ${ms(v.p90)} / ${ms(v.p99)} / ${ms(v.max)}`;
  return [
    [`The main loop's frame callback (core and page), traced: wall time, p50 / p90 / p99 / max (${c.frames} frames)`, spread(c.wallMs),
      `thread CPU time ${spread(c.cpuMs)}`, '', ''],
    ['  frames over 1 ms by the clock: of them, at most 1 ms on the CPU; with a garbage collection', String(c.over1msWall),
      `${c.over1msWallNotCpu}; ${c.over1msWithGc} (${c.gcs} collections in ${c.seconds} s)`, '', ''],
  ];
}

// Lighthouse's own figures; its page is the home view, served gzipped over http.
function lighthouseRows(runs) {
  const goals = { desktop: 98, mobile: 90 };
  return Object.values(runs).flatMap(({ preset, scores, metrics: m, failing }) => [
    [`Lighthouse ${preset}: performance / accessibility / best practices`,
      `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']}`,
      `FCP ${ms(m.firstContentfulPaintMs, 0)}, LCP ${ms(m.largestContentfulPaintMs, 0)}, CLS ${m.cumulativeLayoutShift.toFixed(3)}, ` +
      `TBT ${ms(m.totalBlockingTimeMs, 0)}${failing.length ? `; below 90: ${failing.join(', ')}` : ''}`,
      `≥ ${goals[preset]} / 100 / 100`,
      yes(scores.performance >= goals[preset] && scores.accessibility === 100 && scores['best-practices'] === 100)],
  ]);
}

function stillsRows({ x1, x2, errors }) {
  const row = (v, screen) => [`The 16 exercise stills at ${v.width}×${v.height} (${screen}), median / max of ${v.samples.length}`,
    `${ms(v.medianMs)} / ${ms(v.maxMs)}`, `${ms(v.medianMs / 16, 2)} a still`];
  return [[...row(x1, 'the routine view on a 1x screen'), '< 100 ms', yes(x1.medianMs < 100 && !errors.length)],
    [...row(x2, '2x'), '', '']];
}

// routineRows: false prints only the sync rows of the routine run (--only av).
export function table(results, { routineRows: withRoutine = true } = {}) {
  const rows = [
    ...(results.weight ? weightRows(results.weight) : []),
    ...(results.startup ? startupRows(results.startup) : []),
    ...(results.routine && withRoutine ? routineRows(results.routine) : []),
    ...(results.routine ? syncRows(results.routine) : []),
    ...(results.cpu ? cpuRows(results.cpu) : []),
    ...(results.idle ? idleRows(results.idle) : []),
    ...(results.soak ? soakRows(results.soak) : []),
    ...(results.stills ? stillsRows(results.stills) : []),
    ...(results.lighthouse ? lighthouseRows(results.lighthouse) : []),
  ];
  const lines = [['Figure', 'Limber', 'Reference', 'Goal', 'Met'], ['---', '---', '---', '---', '---'], ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
