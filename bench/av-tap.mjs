// The A/V figure measured outside SDL: an AudioWorklet tapped onto the Web Audio graph
// after SDL's node finds when each cue really starts to sound, and the context's output
// timestamps place that on the page's clock, for comparison with the due times the core
// scheduled against. Nothing here reads the core's latency model. See docs/audio.md.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { median } from './stats.mjs';

const WORKLET = 'bench-tap-worklet.js';
// The core's own onset level (kOnsetLevel in src/app/audio.cpp, 200 of 32767) at the
// default volume 0.8, so both figures look for the same first sample of a tone.
const THRESHOLD = (200 / 32767) * 0.8;
// Quiet this long before a loud sample makes it an onset: shorter than the gaps between
// cues, longer than any quiet stretch inside a tone. A pause between a phrase's words
// may be longer; the run it starts is one that no cue's window begins with.
const SILENCE_MS = 30;
// A cue is matched to the first run of sound that starts from this long before its due
// time to this long after it (cues are a second or more apart).
const MATCH_EARLY_MS = 150;
const MATCH_LATE_MS = 500;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.ogg': 'audio/ogg', '.wasm': 'application/wasm' };

// An AudioWorklet module must come from the page's own origin: the page's CSP
// (script-src 'self') refuses blob: and data: modules, and from file:// Chromium refuses
// module scripts altogether. So the page is served over http from a temporary copy of
// dist/ with the worklet beside it; dist/ itself and the page's CSP stay as shipped.
export async function serveDistWithTap() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-bench-'));
  fs.cpSync(DIST_DIR, root, { recursive: true });
  fs.copyFileSync(fileURLToPath(new URL('tap-worklet.js', import.meta.url)), path.join(root, WORKLET));
  const server = http.createServer((req, res) => {
    let target = '';
    try {
      target = path.join(root, path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    } catch {
      // a malformed request gets the 404 below
    }
    if (!target.startsWith(root + path.sep) || !fs.existsSync(target) || !fs.statSync(target).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(target)] || 'application/octet-stream' });
    fs.createReadStream(target).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/index.html`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

// Runs in the page before its own scripts (evaluateOnNewDocument). Whatever node is
// connected to an AudioContext's destination is also connected to the tap; each message
// from the tap comes with a reading of the context's output timestamp.
export function installTap({ module, threshold, silenceMs }) {
  const connect = AudioNode.prototype.connect;
  const taps = new Map();  // context -> promise of its tap node
  const tapped = new WeakSet();
  const record = { sampleRate: null, runs: [], stamps: [], errors: [] };
  window.benchTap = record;
  const tapFor = (ctx) => {
    if (!taps.has(ctx)) {
      taps.set(ctx, ctx.audioWorklet.addModule(module).then(() => {
        const node = new AudioWorkletNode(ctx, 'limber-bench-tap', {
          numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1],
          processorOptions: { threshold, silenceFrames: Math.round((silenceMs / 1000) * ctx.sampleRate) },
        });
        record.sampleRate = ctx.sampleRate;
        node.port.onmessage = ({ data }) => {
          const ts = ctx.getOutputTimestamp();
          record.stamps.push({ contextTime: ts.contextTime, performanceTime: ts.performanceTime, currentTime: ctx.currentTime,
            now: performance.now(), outputLatency: ctx.outputLatency, baseLatency: ctx.baseLatency });
          if (data.run) record.runs.push({ start: data.run.start, end: null });
          if (data.runEnd !== undefined) record.runs.at(-1).end = data.runEnd;
        };
        // Its output is silence; connected so that the graph keeps pulling it.
        connect.call(node, ctx.destination);
        return node;
      }));
    }
    return taps.get(ctx);
  };
  AudioNode.prototype.connect = function (target, ...rest) {
    const result = connect.call(this, target, ...rest);
    if (target instanceof AudioDestinationNode && !tapped.has(this)) {
      tapped.add(this);
      tapFor(this.context).then((node) => connect.call(this, node), (err) => record.errors.push(String(err)));
    }
    return result;
  };
}

export const tapOptions = { module: WORKLET, threshold: THRESHOLD, silenceMs: SILENCE_MS };

// The context's clock against the page's, from the output timestamps read around a
// moment: performanceTime is when the output device plays the frame at contextTime, so
// a context time t is heard at t + (performanceTime - contextTime), taken as the median
// over the five readings nearest to t (half a second): single readings come late when
// the device callback does, and the offset itself moves when the output stalls (the
// context's clock stops while the page's runs on) or a real device's clock drifts, so an
// onset within a quarter second of a stall may be placed off by up to the stall.
function toPageClock(stamps) {
  return (contextS) => {
    const near = [...stamps].sort((a, b) => Math.abs(a.contextTime - contextS) - Math.abs(b.contextTime - contextS)).slice(0, 5);
    return contextS * 1000 + median(near.map((s) => s.performanceTime - s.contextTime * 1000));
  };
}

// Every played cue but the opening one, matched to a run of sound in the output.
export function analyseTap({ sampleRate, runs, stamps, errors }, played) {
  const valid = stamps.filter((s) => s.performanceTime > 0);
  if (errors.length || !valid.length) {
    return { errors: errors.length ? errors : ['the output never gave a timestamp'], matched: 0, masked: 0,
      expected: played.filter((p) => p.atMs > 0).length, cueList: [] };
  }
  const heardAt = toPageClock(valid);
  // A run with no end yet was still sounding when the recording was read.
  const heard = runs.filter((r) => r.start !== null).map((r) => ({
    startMs: heardAt(r.start / sampleRate), endMs: r.end === null ? Infinity : heardAt(r.end / sampleRate) }));
  const used = new Set();
  const cues = played.filter((p) => p.atMs > 0);
  const cueList = cues.map((p, i) => {
    const from = p.dueClockMs - MATCH_EARLY_MS;
    // Sound still going when the window opens hides this cue's start: not matched.
    const masked = heard.some((h) => h.startMs < from && h.endMs >= from);
    // A cue due at the same moment as the one before it (a form reminder with the breath
    // it follows) starts with that cue's sound: one onset, which the earlier cue takes.
    const together = !masked && i > 0 && Math.abs(cues[i - 1].dueClockMs - p.dueClockMs) < 1;
    const run = masked || together ? undefined
      : heard.find((h) => !used.has(h) && h.startMs >= from && h.startMs <= p.dueClockMs + MATCH_LATE_MS);
    if (run) used.add(run);
    return { cue: p.cue, atMs: p.atMs, dueClockMs: p.dueClockMs, tapHeardClockMs: run ? run.startMs : null, masked, together,
      offsetMs: run ? run.startMs - p.dueClockMs : null,
      modelOffsetMs: p.heardClockMs === null ? null : p.heardClockMs - p.dueClockMs };
  });
  // How far the output timestamp lags the context's render position, against what the
  // context reports: shows whether getOutputTimestamp already includes outputLatency.
  const lagMs = valid.map((s) => (s.currentTime - (s.contextTime + (s.now - s.performanceTime) / 1000)) * 1000);
  // How far the context's clock fell behind the page's over the run (stalls of the
  // output, a device's drift): the offset between them over the last 50 readings (5 s)
  // against the first 50, medians that a single late reading cannot move.
  const offsetOver = (list) => median(list.map((s) => s.performanceTime - s.contextTime * 1000));
  return {
    errors,
    sampleRate,
    runs: runs.length,
    runsWithoutStart: runs.filter((r) => r.start === null).length,
    expected: cueList.length,
    matched: cueList.filter((c) => c.offsetMs !== null).length,
    masked: cueList.filter((c) => c.masked).length,
    together: cueList.filter((c) => c.together).length,
    outputLatencyMs: median(valid.map((s) => s.outputLatency * 1000)),
    baseLatencyMs: median(valid.map((s) => s.baseLatency * 1000)),
    outputTimestampLagMs: median(lagMs),
    outputFellBehindMs: valid.length >= 100 ? offsetOver(valid.slice(-50)) - offsetOver(valid.slice(0, 50)) : null,
    readings: valid.length,
    cueList,
    raw: { runs, stamps: valid },
  };
}
