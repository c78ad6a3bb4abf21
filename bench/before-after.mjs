// First frame of two builds of the player side by side, alternating cold loads in one
// run, so a change's cost is read against its own "before" on the same machine load:
//   node bench/before-after.mjs BEFORE_DIST [AFTER_DIST (dist/)] [LOADS (9)]
// BEFORE_DIST is dist/ as another commit builds it (a git worktree's dist/).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { median } from './stats.mjs';
import { startup } from './startup.mjs';

const [before, after = DIST_DIR, loads = '9'] = process.argv.slice(2);
if (!before) throw new Error('usage: node bench/before-after.mjs BEFORE_DIST [AFTER_DIST] [LOADS]');
// Opened on a routine's link, as the benchmark's first frame is: the canvas is on screen.
const url = (dir) => `${pathToFileURL(path.join(path.resolve(dir), 'index.html')).href}#play/v1/routine/micro-break`;
const { product, floor } = await startup(url(after), url(before), Number(loads));
const first = (runs) => median(runs.map((r) => r.firstFrameMs));
const load = (runs) => median(runs.map((r) => r.loadEventMs));
console.log(`first frame, median of ${loads} cold loads each, alternating:`);
console.log(`  before (${before}): ${first(floor).toFixed(0)} ms (load event ${load(floor).toFixed(0)} ms)`);
console.log(`  after  (${after}): ${first(product).toFixed(0)} ms (load event ${load(product).toFixed(0)} ms)`);
console.log(`  after / before: ${(first(product) / first(floor)).toFixed(2)}x`);
