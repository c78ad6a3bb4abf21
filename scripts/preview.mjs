// Renders one exercise's frames into build/preview/<id>.png (see scripts/preview):
// the get-ready's end, the middle and end of the first in-breath, the middle and end
// of the first out-breath; for exercises done on each side, a second row of the
// same for the right side, from the end of the switch.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tests/browser/harness.mjs';
import * as at from './figure-frames.mjs';

const id = process.argv[2];
const { browser, page } = await at.openFrames();
try {
  const exercises = await page.evaluate(() => limber.catalog().exercises.map((e) => ({ id: e.id, perSide: e.dose.perSide })));
  const exercise = exercises.find((e) => e.id === id);
  if (!exercise) {
    console.error(`no exercise '${id}' in dist/'s catalog; one of: ${exercises.map((e) => e.id).join(', ')}`);
    process.exitCode = 1;
  } else {
    const left = [at.READY_END, at.IN_MIDDLE, at.IN_END, at.OUT_MIDDLE, at.OUT_END];
    const right = [at.SWITCH_END, at.RIGHT_IN_MIDDLE, at.RIGHT_IN_END, at.RIGHT_OUT_MIDDLE, at.RIGHT_OUT_END];
    // Half the sheet's speed: twice the frames near each moment, so fewer are missed.
    const frames = await at.exerciseFrames(page, id, exercise.perSide ? [...left, ...right] : left, { speed: 2 });
    const rows = exercise.perSide ? [frames.slice(0, left.length), frames.slice(left.length)] : [frames];
    const out = path.join(REPO_ROOT, 'build', 'preview', `${id}.png`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, at.stitch(rows));
    console.log(`wrote ${path.relative(REPO_ROOT, out)}: ${rows.length === 2 ? 'left side, then right side; each ' : ''}` +
      'get-ready end, in-breath middle and end, out-breath middle and end');
  }
} finally {
  await browser.close();
}
