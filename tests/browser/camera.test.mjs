// The camera: every exercise names the angle it is seen from, and the figure is drawn in
// depth through it: each part in a lit tone and a shadow tone, the face showing which
// way the figure looks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { BROWSERS, canvasPng, launch } from './harness.mjs';
import { figureClip, pauseWhen } from './moments.mjs';
import { assertClean, customLink, openApp, waitView } from './page-helpers.mjs';

// The light palette's shirt, its shadow tone and the eyes (src/app/palette.cpp).
const SHIRT = [59, 110, 116];
const SHIRT_SHADOW = [38, 78, 84];
const EYE = [50, 40, 38];

function count(png, colour) {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (colour.every((c, k) => Math.abs(img.data[i + k] - c) <= 6)) n++;
  }
  return n;
}

for (const browserName of BROWSERS) {
  describe(`the camera, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('each exercise names its camera; a three-quarter view draws the shirt in two tones and a face', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      const exercises = await page.evaluate(() => limber.catalog().exercises);
      assert.equal(exercises.length, 16);
      for (const e of exercises) {
        const { yaw, pitch, distance } = e.camera;
        assert.ok(yaw >= -180 && yaw <= 180 && pitch >= -10 && pitch <= 80 && distance >= 2 && distance <= 12,
          `${e.id}: camera ${JSON.stringify(e.camera)}`);
        assert.equal(e.view, undefined, `${e.id}: the old view field is gone`);
      }
      const circles = exercises.find((e) => e.id === 'arm-circles');
      // From the front three-quarter, nearly level: from 20 degrees above at 45
      // round (round 17) the two loops leant opposite ways and the arms seemed at different
      // heights; from the side (85 degrees, round 16) the near arm shrank to a stub and read as
      // shoulder rolls; level with the shoulders at 48 degrees session 14's outsiders saw the
      // circles edge-on. At 40 to 50 round, nearly level, both loops stand upright alike, at one height.
      assert.ok(Math.abs(circles.camera.yaw) >= 40 && Math.abs(circles.camera.yaw) <= 50
        && circles.camera.pitch >= 3 && circles.camera.pitch <= 10,
        'arm circles are seen from the front three-quarter, nearly level');
      const catCow = exercises.find((e) => e.id === 'cat-cow');
      assert.equal(Math.abs(catCow.camera.yaw), 90, 'cat-cow is seen side-on');

      const link = await customLink(page, { name: 'Circles', items: [{ exercise: 'arm-circles', reps: 10, sets: 1 }] });
      await page.evaluate((l) => { location.hash = `play/${l}`; }, link);
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.setTimeScale(4));
      await page.click('#start');
      await pauseWhen(page, (s) => s.phase === 'work' && s.breath === 'in' && s.breathProgress > 0.5);
      const png = await canvasPng(page, '#canvas', await figureClip(page));
      const lit = count(png, SHIRT), shadow = count(png, SHIRT_SHADOW), eyes = count(png, EYE);
      assert.ok(lit > 2000, `the shirt's lit tone: ${lit} pixels`);
      assert.ok(shadow > 150, `the shirt's shadow tone: ${shadow} pixels`);
      assert.ok(shadow < lit, `more lit than shadow: ${lit} lit, ${shadow} shadow`);
      assert.ok(eyes > 4, `the face has eyes: ${eyes} pixels`);
      assertClean(opened);
      await opened.close();
    });
  });
}
