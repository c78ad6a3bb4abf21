// The benchmark (scripts/bench): the player in dist/ against the floor program, in
// headless Chromium from file:// (the routine run over http, see bench/av-tap.mjs).
// Prints a table and writes the figures as JSON.
// Flags: --loads N, --routine LINK, --soak-hours H, --soak-speed X,
// --idle-seconds S, --idle-repeats N, --cpu-seconds S, --only weight,startup,routine,av,cpu,idle,soak,stills,lighthouse,
// --out FILE.
// `av` is the routine run with only its audio/visual sync rows printed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, REPO_ROOT } from '../tests/browser/harness.mjs';
import { frameCpu } from './frame-cpu.mjs';
import { idle } from './idle.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { routineRun } from './routine.mjs';
import { soak } from './soak.mjs';
import { stills } from './stills.mjs';
import { median } from './stats.mjs';
import { startup } from './startup.mjs';
import { table } from './table.mjs';
import { pageWeight } from './weight.mjs';

const { values: opt } = parseArgs({
  options: {
    loads: { type: 'string', default: '7' },
    routine: { type: 'string', default: 'v1/routine/micro-break' },
    'soak-hours': { type: 'string', default: '0.5' },
    'soak-speed': { type: 'string', default: '100' },
    'idle-seconds': { type: 'string', default: '5' },
    'idle-repeats': { type: 'string', default: '3' },
    'cpu-seconds': { type: 'string', default: '20' },
    only: { type: 'string', default: 'weight,startup,routine,cpu,idle,soak,stills,lighthouse' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'build/bench/results.json') },
  },
});
const sections = new Set(opt.only.split(','));
const SECTIONS = ['weight', 'startup', 'routine', 'av', 'cpu', 'idle', 'soak', 'stills', 'lighthouse'];
for (const s of sections) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
const FLOOR_DIR = path.join(REPO_ROOT, 'build/web/bench-floor');
const productUrl = pathToFileURL(path.join(DIST_DIR, 'index.html')).href;
const floorUrl = pathToFileURL(path.join(FLOOR_DIR, 'index.html')).href;
const git = (...args) => execFileSync('git', args, { cwd: REPO_ROOT }).toString().trim();

const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''),
  machine: {
    cpu: os.cpus()[0].model,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    node: process.version,
    // Other work on the machine shows in the timings; the load says how much there was.
    loadAverageAtStart: os.loadavg()[0],
  },
  options: opt,
};
const log = (what) => process.stderr.write(`bench: ${what}\n`);

if (sections.has('weight')) {
  log('page weight');
  results.weight = { product: pageWeight(DIST_DIR), floor: pageWeight(FLOOR_DIR) };
}
if (sections.has('startup')) {
  log(`first frame, ${opt.loads} cold loads each`);
  // Opened on a routine's link, so the player's canvas is on screen, as the floor's is.
  const runs = await startup(`${productUrl}#play/v1/routine/micro-break`, floorUrl, Number(opt.loads));
  const med = (list, k) => median(list.map((r) => r[k]));
  results.startup = {
    runs,
    product: { firstFrameMs: med(runs.product, 'firstFrameMs'), loadEventMs: med(runs.product, 'loadEventMs') },
    floor: { firstFrameMs: med(runs.floor, 'firstFrameMs'), loadEventMs: med(runs.floor, 'loadEventMs') },
  };
}
if (sections.has('routine') || sections.has('av')) {
  log(`routine "${opt.routine}" at real speed`);
  results.routine = await routineRun(opt.routine);
}
if (sections.has('cpu')) {
  log(`the main loop's wall and CPU time, ${opt['cpu-seconds']} s of "${opt.routine}" traced`);
  results.cpu = await frameCpu(productUrl, opt.routine, Number(opt['cpu-seconds']));
}
if (sections.has('idle')) {
  log('idle cost');
  results.idle = await idle(productUrl, floorUrl, Number(opt['idle-seconds']), Number(opt['idle-repeats']));
}
if (sections.has('soak')) {
  const hours = Number(opt['soak-hours']);
  const speed = Number(opt['soak-speed']);
  log(`soak: ${hours} h of routines at ${speed}x (${((hours * 3600) / speed).toFixed(0)} s)`);
  results.soak = await soak(productUrl, { hours, speed, sampleEveryS: Math.min(10, (hours * 360) / speed) });
}
if (sections.has('stills')) {
  log(`the 16 exercise stills, ${opt.loads} times at each size`);
  results.stills = await stills(productUrl, Number(opt.loads));
}
if (sections.has('lighthouse')) {
  log('Lighthouse, desktop and mobile presets, dist/ over http with gzip');
  results.lighthouse = await lighthouseRuns();
}

results.machine.loadAverageAtEnd = os.loadavg()[0];
fs.mkdirSync(path.dirname(opt.out), { recursive: true });
fs.writeFileSync(opt.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(table(results, { routineRows: sections.has('routine') }));
console.log(`\n${results.machine.cpu}, ${results.machine.cores} cores; load average ${results.machine.loadAverageAtStart.toFixed(1)} at the start, ` +
  `${results.machine.loadAverageAtEnd.toFixed(1)} at the end; ${results.machine.chromium}; commit ${results.commit}; ${results.date}`);
log(`figures written to ${path.relative(process.cwd(), opt.out)}`);
