// Seven exercises whose technique the figure must show, played as a user plays them:
// open the exercise's link, press Start, watch. At moments of the breath the pose the
// page reports (state().pose, the one drawn) shows the movement the articles describe,
// and the figure on the canvas visibly changes between the two ends of the breath.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, canvasPng, launch, maskedDiff } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

const IN_MIDDLE = (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.5;
const IN_END = (s) => s.phase === 'work' && !s.holding && s.breath === 'in' && s.breathProgress > 0.9;
const OUT_MIDDLE = (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.5;
const OUT_END = (s) => s.phase === 'work' && !s.holding && s.breath === 'out' && s.breathProgress > 0.9;

// What each moment must show, in the joint angles of poses.json (degrees; shoulder
// blades in fractions of their travel). Keys are written for the left side, worked first.
const EXERCISES = {
  // A half lasts 625 ms at the test's speed and a loaded browser's frame can land the pause
  // well past the middle, so the middle checks ask only for the front or back half.
  // From the shoulders down, the in-breath rolls forward, up to the ears and on back along
  // the top; the out-breath sinks behind and comes round under to the start, so the two ends
  // differ both up-down and front-back. The circle reaches 1.4 up and -0.5 down: its lower
  // half lies below the shoulders' rest (0).
  'shoulder-rolls': {
    inMiddle: (p) => p.left_scap_retract < 0,  // in front
    inEnd: (p) => p.left_scap_elevate > 1 && p.left_scap_retract > 0.4,  // up and drawn back
    outMiddle: (p) => p.left_scap_retract > 0.4,  // behind
    outEnd: (p) => p.left_scap_elevate < -0.3 && Math.abs(p.left_scap_retract) < 0.4,  // down, under the middle
  },
  // A half lasts 500 ms at the test's speed and a loaded browser's frame can land the pause
  // well past the middle, so the middle checks ask only for the front or back half.
  // The circle starts at its front with the arms level with the shoulders: over the top to
  // the back on the in-breath, round the bottom to the front on the out-breath. The circles
  // are small-to-medium, seen from the side: 16 degrees round the level arm.
  'arm-circles': {
    inMiddle: (p) => p.left_shoulder_abd > 90 && p.right_shoulder_abd > 90 && p.left_shoulder_flex < 2,  // over the top
    inEnd: (p) => p.left_shoulder_flex < -9,  // the back
    outMiddle: (p) => p.left_shoulder_abd < 90 && p.left_shoulder_flex > -2,  // under the bottom
    outEnd: (p) => p.left_shoulder_flex > 9 && p.left_elbow < 5,  // the front again, arms straight
  },
  'reverse-fly': {
    // The rise to the T is shared between the shoulder's flexion and abduction, so the hand
    // stays in the upright plane through the shoulders: hanging is flexed and swung in.
    inEnd: (p) => p.pitch >= 45 && p.left_shoulder_flex > 40 && p.left_shoulder_across > 30,  // hinged forward, arms hanging
    outEnd: (p) => p.pitch >= 45 && p.left_shoulder_abd > 85 && p.left_shoulder_flex < 10 && p.left_scap_retract > 0.9,  // opened wide, blades squeezed
  },
  'thread-the-needle': {
    inEnd: (p) => p.left_shoulder_flex < 0 && p.thoracic_rot + p.upper_rot < -50,  // the arm up to the ceiling, chest open
    // Threaded across under the chest, which turns with it (session 15: the arm swings 35 across,
    // not 62, so the wrist slides straight under the chest instead of forward past it and back;
    // tests/core/floor_followable_test.cpp measures the reach across, 0.39 past the shoulder).
    outEnd: (p) => p.left_shoulder_across > 30 && p.thoracic_rot + p.upper_rot > 50 && Math.abs(p.pitch - p.left_hip_flex) < 1,
  },
  'bent-over-row': {
    // Elbows drawn up beside the ribs, level with the back: not far behind the trunk.
    outEnd: (p) => p.left_shoulder_flex < 0 && p.left_shoulder_flex > -25 && p.left_elbow > 65,
  },
  cobra: {
    inEnd: (p) => p.neck_flex >= 0,  // a long neck: the chin is not tipped up
    outEnd: (p) => p.neck_flex >= 0,
  },
  'thoracic-rotation': {
    // Facing forward, one hand behind the head with its elbow out to the side, not up by the
    // ear; the other hand down on the opposite knee.
    inEnd: (p) => p.thoracic_rot + p.upper_rot > -10 && p.left_elbow > 110 && p.left_shoulder_abd > 120 &&
      p.left_shoulder_abd < 150 && p.right_shoulder_abd < 90 && p.right_elbow < 60,
    // Turned about 60 degrees from the upper back, the head with the chest, the low back still.
    outEnd: (p) => p.thoracic_rot + p.upper_rot < -55 && Math.abs(p.neck_rot) < 2 && Math.abs(p.lumbar_rot) <= 5,
  },
};

for (const browserName of BROWSERS) {
  describe(`figure technique in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    for (const [id, expect] of Object.entries(EXERCISES)) {
      test(`${id}: the figure shows the movement through the breath`, async () => {
        const opened = await openApp(browser, `#play/v1/custom/Technique/${id}`, { viewport: { width: 1100, height: 760 } });
        const { page } = opened;
        await waitView(page, 'view-player');
        await page.click('#start');
        await page.evaluate(() => limber.setTimeScale(4));
        const clip = await figureClip(page);
        const shots = {};
        for (const [name, when] of [['inMiddle', IN_MIDDLE], ['inEnd', IN_END], ['outMiddle', OUT_MIDDLE], ['outEnd', OUT_END]]) {
          await pauseWhen(page, when);
          const pose = await page.evaluate(() => limber.state().pose);
          if (expect[name]) assert.ok(expect[name](pose), `${id} at ${name}: ${JSON.stringify(pose)}`);
          if (name.endsWith('End')) shots[name] = await canvasPng(page, '#canvas', clip);
          await page.evaluate(() => limber.resume());
        }
        const moved = maskedDiff(shots.inEnd, shots.outEnd);
        assert.ok(moved.fraction > 0.005, `${id}: only ${(moved.fraction * 100).toFixed(3)}% of the figure region changed`);
        assertClean(opened);
        await opened.close();
      });
    }
  });
}
