// Renders docs/contact-sheet.png from dist/ in headless Chromium: one row per
// exercise in catalog order, as the player draws it. Each row starts on the start pose
// (the end of the get-ready) and adds the two moments of the first rep, in the order
// they come, that make the most distinct three: of the middle and end of the in-breath
// and of the out-breath, the pair whose closest two poses of the three lie farthest
// apart. So a movement done on the out-breath shows its middle and end, and one that
// goes both ways shows both ends, with no hand picking the frames.
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../tests/browser/harness.mjs';
import { IN_END, IN_MIDDLE, OUT_END, OUT_MIDDLE, READY_END, exerciseMoments, openFrames, stitch } from './figure-frames.mjs';

// How far apart two poses are: the largest change of any joint (degrees; the shoulder
// blades' fractions of their travel count as a quarter turn for a whole travel).
function poseDistance(a, b) {
  const scale = (joint) => (joint.startsWith('scap_') ? 90 : 1);
  return Math.max(...Object.keys(a).map((joint) => scale(joint) * Math.abs(a[joint] - (b[joint] ?? 0))));
}

// The moments are taken a frame or two past their mark, a few degrees off the keys: a pair
// only beats an earlier one by more than that, so a circle's three frames are the start and
// the next two quarters, not two quarters chosen by that noise (front, top, bottom: which way
// round?).
const SAMPLING_SLACK = 3;

function mostDistinct([start, ...later]) {
  let best = null;
  for (let i = 0; i < later.length; i++) {
    for (let k = i + 1; k < later.length; k++) {
      const three = [start, later[i], later[k]];
      const closest = Math.min(poseDistance(three[0].pose, three[1].pose), poseDistance(three[0].pose, three[2].pose),
        poseDistance(three[1].pose, three[2].pose));
      if (!best || closest > best.closest + SAMPLING_SLACK) best = { closest, three };
    }
  }
  return best.three;
}

const out = path.join(DIST_DIR, '..', 'docs', 'contact-sheet.png');
const { browser, page } = await openFrames();
try {
  const ids = await page.evaluate(() => limber.catalog().exercises.map((e) => e.id));
  const names = ['start', 'in-breath middle', 'in-breath end', 'out-breath middle', 'out-breath end'];
  const rows = [];
  for (const id of ids) {
    const moments = (await exerciseMoments(page, id, [READY_END, IN_MIDDLE, IN_END, OUT_MIDDLE, OUT_END]))
      .map((m, i) => ({ ...m, name: names[i] }));
    const three = mostDistinct(moments);
    rows.push(three.map((m) => m.frame));
    console.log(`${id}: ${three.map((m) => m.name).join(', ')}`);
  }
  fs.writeFileSync(out, stitch(rows));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
