// Quality: every view fits from a 360 px phone to a 4K screen without sideways
// scrolling, follows the system's dark theme and reduced motion, shows keyboard focus,
// and axe-core finds no violation on any view, in light and dark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, canvasPng, launch, maskedDiff, waitFor } from './harness.mjs';
import { figureClip, pauseWhen, roomContrast } from './moments.mjs';
import { assertClean, axeViolations, customLink, go, openApp, waitView } from './page-helpers.mjs';

// Brings up every view and both dialogs in turn, calling visit(label) on each.
async function everyView(page, visit) {
  await go(page, '', 'view-home');
  await visit('home');
  await go(page, 'v1/routine/relief-five', 'view-routine');
  await visit('routine');
  await go(page, 'play/v1/routine/relief-five', 'view-player');
  await visit('player, waiting');
  await page.click('#start');
  await waitFor(page, () => limber.state().phase === 'work');
  await visit('player, running');
  const short = await customLink(page, { name: 'Ten rolls', items: [{ exercise: 'shoulder-rolls', reps: 10, sets: 1, perSide: false }] });
  await go(page, `play/${short}`, 'view-player');
  await page.evaluate(() => limber.setTimeScale(20));
  await page.click('#start');
  await waitView(page, 'view-finish');
  await page.evaluate(() => limber.setTimeScale(1));
  await visit('finish');
  const three = await customLink(page, { name: 'Three', items: ['cat-cow', 'side-stretch', 'cobra'].map((exercise) => ({ exercise })) });
  await go(page, `build/${three}`, 'view-builder');
  await visit('builder with items');
  await go(page, '', 'view-home');
  for (const dialog of ['help', 'settings']) {
    await page.click(`#open-${dialog}`);
    await waitFor(page, (id) => document.getElementById(id).open, {}, dialog);
    await visit(`${dialog} dialog`);
    await page.keyboard.press('Escape');
    await waitFor(page, (id) => !document.getElementById(id).open, {}, dialog);
  }
}

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const browserName of BROWSERS) {
  describe(`page, quality, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('axe-core: no violations on the home view', async () => {
      const opened = await openApp(browser);
      await waitView(opened.page, 'view-home');
      assert.deepEqual(await axeViolations(opened.page), []);
      assertClean(opened);
      await opened.close();
    });

    // The first click unlocks sound, and the status line says so at once. Had that moved the
    // page, the button pressed would no longer be under the pointer on release, and the click
    // would be lost.
    test('the sound status never moves the page, whatever it says, at any width', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      const moved = [];
      for (const width of [320, 400, 480, 560, 640, 720, 800, 900, 960, 1024, 1100, 1280, 1600, 1920]) {
        await page.setViewport({ width, height: 800 });
        const places = await page.evaluate(() => {
          const where = (sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return `${r.left},${r.top}`; };
          const states = [{ enabled: true, state: 'locked' }, { enabled: true, state: 'suspended' }, { enabled: true, state: 'running' }, { enabled: false }];
          return states.map((audio) => {
            Page.setText(document.getElementById('sound-status'), Page.sound.text(audio));
            return { text: Page.sound.text(audio), at: ['main', '#start', '.top nav'].map(where).join(' ') };
          });
        });
        for (const p of places.slice(1)) {
          if (p.at !== places[0].at) moved.push(`${width} px, "${p.text}": ${places[0].at} -> ${p.at}`);
        }
      }
      assert.deepEqual(moved, []);
      assertClean(opened);
      await opened.close();
    });

    for (const viewport of [{ width: 360, height: 740 }, { width: 3840, height: 2160 }]) {
      test(`${viewport.width}x${viewport.height}: no view scrolls sideways`, async () => {
        const opened = await openApp(browser, '', { viewport });
        const { page } = opened;
        const wide = [];
        await everyView(page, async (label) => {
          const over = await sideways(page);
          if (over > 0) wide.push(`${label}: ${over} px too wide`);
        });
        assert.deepEqual(wide, []);
        assertClean(opened);
        await opened.close();
      });
    }

    // Firefox cannot emulate a colour scheme over BiDi: there the theme it starts in is checked.
    for (const theme of browserName === 'chromium' ? ['light', 'dark'] : ['default']) {
      test(`axe-core: no violations on any view or dialog, ${theme} theme`, async () => {
        const opened = await openApp(browser);
        const { page } = opened;
        if (theme !== 'default') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        const found = [];
        await everyView(page, async (label) => {
          found.push(...(await axeViolations(page)).map((v) => `${label}: ${v}`));
        });
        assert.deepEqual(found, []);
        assertClean(opened);
        await opened.close();
      });
    }

    const noMediaEmulation = browserName !== 'chromium' && 'Firefox cannot emulate media features over BiDi';

    test('the dark theme follows the system', { skip: noMediaEmulation }, async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      const colours = () => page.evaluate(() => {
        const luminance = (c) => c.match(/\d+/g).slice(0, 3).reduce((sum, v) => sum + Number(v), 0) / 765;
        const style = getComputedStyle(document.documentElement);
        return { bg: luminance(style.backgroundColor), ink: luminance(style.color) };
      });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      const light = await colours();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const dark = await colours();
      assert.ok(light.bg > 0.8 && light.ink < 0.3, `light: ${JSON.stringify(light)}`);
      assert.ok(dark.bg < 0.2 && dark.ink > 0.8, `dark: ${JSON.stringify(dark)}`);
      assertClean(opened);
      await opened.close();
    });

    test('the canvas follows the theme too, switched while a routine plays, and the figure stands out in both', { skip: noMediaEmulation }, async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { viewport: { width: 1100, height: 760 } });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.start());
      const picture = async (scheme) => {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await waitFor(page, (s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, {}, scheme);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        return roomContrast(await canvasPng(page, '#canvas', await figureClip(page)));
      };
      const light = await picture('light');
      const dark = await picture('dark');
      const lightAgain = await picture('light');
      assert.ok(light.room > 0.8, `the light room: luminance ${light.room.toFixed(2)}`);
      assert.ok(dark.room < 0.2, `the dark room: luminance ${dark.room.toFixed(2)}`);
      assert.ok(lightAgain.room > 0.8, `light again: luminance ${lightAgain.room.toFixed(2)}`);
      for (const [theme, p] of [['light', light], ['dark', dark]]) {
        assert.ok(p.standsOut > 0.02, `${theme}: ${(100 * p.standsOut).toFixed(1)}% of the figure's region stands out from the room`);
      }
      const state = await page.evaluate(() => limber.state());
      assert.ok(state.elapsedMs > 0 && !state.paused, `the routine plays on: ${JSON.stringify({ elapsedMs: state.elapsedMs, paused: state.paused })}`);
      assertClean(opened);
      await opened.close();
    });

    test('reduced motion, switched on and off while the page is open, stills and frees the figure', { skip: noMediaEmulation }, async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { viewport: { width: 1100, height: 760 } });
      const { page } = opened;
      await waitView(page, 'view-player');
      const clip = await figureClip(page);
      const shot = async (breath, progress) => {
        await page.evaluate(() => limber.resume());
        await pauseWhen(page, new Function('s', `return s.breath === '${breath}' && s.breathProgress > ${progress};`));
        return canvasPng(page, '#canvas', clip);
      };
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.evaluate(() => { limber.setTimeScale(2); limber.start(); limber.pause(); });
      const stillA = await shot('in', 0.2);
      const stillB = await shot('in', 0.8);
      assert.equal(maskedDiff(stillA, stillB).changedPixels, 0, 'with reduced motion the figure holds still within a breath');
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      const movingA = await shot('out', 0.2);
      const movingB = await shot('out', 0.8);
      assert.ok(maskedDiff(movingA, movingB).fraction > 0.002, 'without it the figure moves within a breath');
      assertClean(opened);
      await opened.close();
    });

    test('keyboard focus is visible on every control Tab reaches on the home view', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      const seen = [];
      for (let i = 0; i < 25; i += 1) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const what = el.id || el.getAttribute('aria-label') || el.textContent.trim();
          return { what, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        seen.push(f.what);
        assert.ok(f.outline !== 'none' && f.width >= 2, `no visible focus on ${f.what}: ${f.outline} ${f.width}px`);
      }
      assert.ok(seen.includes('quick-break') && seen.includes('open-settings'), seen.join(', '));
      assertClean(opened);
      await opened.close();
    });
  });
}
