// The technique a viewer could not copy before, as a user meets it: the exercise opened
// from its link, started with a click, resumed with a click, and the figure read at the
// end of an in-breath and of an out-breath (state().pose is the pose the canvas draws).
// Cat-cow's back itself rounds and hollows; superman lifts with the head in line; child's
// pose reaches long with straight elbows; the shoulder blade squeeze draws the arms back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, canvasPng, launch, maskedDiff, waitFor } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, openApp, waitView } from './page-helpers.mjs';

// Near the end of each breath half: the sine ease has covered most of the way by then.
const IN_END = (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.9;
const OUT_END = (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.9;

async function breathEnds(browser, id) {
  const opened = await openApp(browser, `#play/v1/custom/Technique/${id}`, { viewport: { width: 900, height: 560 } });
  const { page } = opened;
  await waitView(page, 'view-player');
  await page.evaluate(() => limber.setTimeScale(8));
  await page.click('#start');
  await waitFor(page, () => limber.state().phase === 'work');
  const clip = await figureClip(page);
  await pauseWhen(page, IN_END);
  const inhale = { pose: await page.evaluate(() => limber.state().pose), png: await canvasPng(page, '#canvas', clip) };
  await page.click('#pause');  // Resume
  await pauseWhen(page, OUT_END);
  const exhale = { pose: await page.evaluate(() => limber.state().pose), png: await canvasPng(page, '#canvas', clip) };
  assertClean(opened);
  await opened.close();
  return { inhale, exhale, moved: maskedDiff(inhale.png, exhale.png).fraction };
}

const backBend = (p) => p.lumbar_flex + p.thoracic_flex + p.upper_flex;

for (const browserName of BROWSERS) {
  describe(`technique of the figure in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    test('cat-cow: the back hollows on the in-breath and rounds on the out-breath, more than the neck moves', async () => {
      const { inhale, exhale, moved } = await breathEnds(browser, 'cat-cow');
      assert.ok(backBend(inhale.pose) < -40, `cow: the back arches (${backBend(inhale.pose)})`);
      assert.ok(backBend(exhale.pose) > 50, `cat: the back rounds (${backBend(exhale.pose)})`);
      assert.ok(exhale.pose.lumbar_flex - inhale.pose.lumbar_flex > 20, 'the low back takes part');
      assert.ok(exhale.pose.pitch < inhale.pose.pitch - 50, 'the pelvis tucks in cat and tips in cow');
      const back = backBend(exhale.pose) - backBend(inhale.pose);
      const neck = exhale.pose.neck_flex - inhale.pose.neck_flex;
      assert.ok(back > neck, `the back (${back}) moves more than the neck (${neck})`);
      assert.ok(moved > 0.01, `the figure region changed by ${(moved * 100).toFixed(2)}%`);
    });

    test('superman: arms, chest and legs lift on the out-breath with the head in line with the back', async () => {
      const { inhale, exhale, moved } = await breathEnds(browser, 'superman');
      assert.ok(Math.abs(exhale.pose.neck_flex) <= 5 && Math.abs(exhale.pose.head_flex) <= 5, 'the neck stays long');
      assert.ok(Math.abs(inhale.pose.neck_flex) <= 5, 'lying down, the head rests in line too');
      assert.ok(exhale.pose.left_hip_flex < inhale.pose.left_hip_flex - 12, 'the legs lift');
      assert.ok(exhale.pose.lumbar_flex < inhale.pose.lumbar_flex - 12, 'the back lifts the chest');
      assert.ok(moved > 0.01, `the figure region changed by ${(moved * 100).toFixed(2)}%`);
    });

    test("child's pose: the arms reach long with straight elbows while the hips sink back", async () => {
      const { inhale, exhale } = await breathEnds(browser, 'childs-pose');
      for (const side of ['left', 'right']) {
        assert.ok(exhale.pose[`${side}_elbow`] <= 5, `${side} elbow straight`);
        assert.ok(exhale.pose[`${side}_shoulder_flex`] >= 175, `${side} arm reaches past the head`);
      }
      assert.ok(exhale.pose.left_hip_flex > inhale.pose.left_hip_flex + 10, 'the hips sink back toward the heels');
      assert.ok(Math.abs(exhale.pose.pitch - inhale.pose.pitch) < 15, 'a hold: the body stays folded through the breath');
    });

    test('shoulder blade squeeze: the blades draw together and down, and the arms go back with them', async () => {
      const { inhale, exhale, moved } = await breathEnds(browser, 'scapular-squeeze');
      assert.ok(exhale.pose.left_scap_retract - inhale.pose.left_scap_retract >= 1, 'the blades draw together');
      assert.ok(exhale.pose.left_scap_elevate < inhale.pose.left_scap_elevate - 0.5, 'and down');
      assert.ok(exhale.pose.left_shoulder_flex <= -25 && exhale.pose.right_shoulder_flex <= -25, 'the arms go back');
      assert.ok(moved > 0.005, `the figure region changed by ${(moved * 100).toFixed(2)}%`);
    });
  });
}
