// Every exercise's figure moves with the breath, in Chromium and Firefox: with the
// dial masked out (only the figure region is compared), the end of the in-breath
// and the end of the out-breath look different.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, canvasPng, distUrl, drawnPlayer, launch, maskedDiff, offOriginRequests, openPage } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';

for (const browserName of BROWSERS) {
  describe(`figure in ${browserName}`, () => {
    let browser;
    let opened;
    before(async () => {
      browser = await launch(browserName);
      opened = await openPage(browser, `${distUrl()}#play/v1/routine/micro-break`);
      await opened.page.setViewport({ width: 900, height: 560 });
      await drawnPlayer(opened.page);
    });
    after(async () => {
      await browser?.close();
    });

    test('each exercise moves between the two halves of its breath', async () => {
      const { page } = opened;
      const ids = await page.evaluate(() => limber.catalog().exercises.map((e) => e.id));
      assert.equal(ids.length, 16);
      for (const id of ids) {
        await page.evaluate((link) => { limber.start(link); limber.setTimeScale(8); }, `v1/custom/Figure/${id}`);
        const clip = await figureClip(page);
        await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.85);
        const inhale = await canvasPng(page, '#canvas', clip);
        const pose = await page.evaluate(() => limber.state().pose);
        await page.evaluate(() => limber.resume());
        await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'out' && s.breathProgress > 0.85);
        const exhale = await canvasPng(page, '#canvas', clip);
        const moved = maskedDiff(inhale, exhale);
        assert.ok(moved.fraction > 0.002, `${id}: only ${(moved.fraction * 100).toFixed(3)}% of the figure region changed`);
        assert.equal(typeof pose.pitch, 'number', `${id}: state().pose has the joint angles`);
      }
      assert.deepEqual(opened.pageErrors, []);
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(offOriginRequests(opened.requests), []);
    });
  });
}
