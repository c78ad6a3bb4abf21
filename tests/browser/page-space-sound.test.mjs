// The player's Space key and its sound state, as a user meets them: Space pauses and
// resumes whatever button was clicked last (Enter still works a focused button), keys
// typed into fields are not taken; the header's sound notice and the Sound button show
// the core's one audio state, from a player link opened directly, with M, and by click.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, focused, frames, openApp, state, stored, waitView } from './page-helpers.mjs';

// What the page says about sound: the header's notice, and the Sound button's state and words.
const soundShown = (page) => page.evaluate(() => {
  const button = document.getElementById('toggle-sound');
  return {
    status: document.getElementById('sound-status').textContent,
    pressed: button.getAttribute('aria-pressed'),
    button: button.textContent,
    title: button.title,
  };
});

const SHOWN_ON = { pressed: 'true', button: 'Sound: on', title: 'Turn sound off (M)' };
const SHOWN_OFF = { status: 'Sound is off.', pressed: 'false', button: 'Sound: off', title: 'Turn sound on (M)' };

for (const browserName of BROWSERS) {
  describe(`page, Space and sound in the player, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('after a click on any control, Space pauses and resumes and never works that control', async () => {
      const opened = await openApp(browser, '#play/v1/routine/relief-five');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      // Each control clicked, then Space twice: the routine pauses and resumes, and
      // nothing else changes (a Space that worked the control would move, restart or mute).
      for (const id of ['next', 'next', 'previous', 'restart', 'toggle-sound', 'pause', 'pause']) {
        await page.click(`#${id}`);
        await frames(page);
        assert.equal(await focused(page), id, `the click leaves focus on #${id}`);
        const before = await state(page);
        await page.keyboard.press(' ');
        await frames(page);
        let now = await state(page);
        assert.equal(now.paused, !before.paused, `Space after a click on #${id} pauses or resumes`);
        assert.deepEqual([now.exerciseIndex, now.run, now.audio.enabled], [before.exerciseIndex, before.run, before.audio.enabled],
          `Space after a click on #${id} did not work #${id}`);
        await page.keyboard.press(' ');
        await frames(page);
        now = await state(page);
        assert.equal(now.paused, before.paused, `a second Space after #${id} undoes the first`);
        assert.deepEqual([now.exerciseIndex, now.run, now.audio.enabled], [before.exerciseIndex, before.run, before.audio.enabled]);
      }
      assert.equal((await state(page)).audio.enabled, false, 'the Sound button was clicked once');
      assertClean(opened);
      await opened.close();
    });

    test('Enter works the focused control, reached with Tab', async () => {
      const opened = await openApp(browser, '#play/v1/routine/relief-five');
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.equal(await focused(page), 'start');
      await page.keyboard.press('Enter');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal(await focused(page), 'canvas');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'pause');
      await page.keyboard.press('Enter');
      await waitFor(page, () => limber.state().paused);
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'next');
      await page.keyboard.press('Enter');
      await waitFor(page, () => limber.state().exerciseIndex === 1);
      await page.keyboard.press('Enter');
      await waitFor(page, () => limber.state().exerciseIndex === 2);
      await page.keyboard.press(' ');  // on the focused Next: resumes, and stays on exercise 3
      await waitFor(page, () => !limber.state().paused);
      assert.equal((await state(page)).exerciseIndex, 2);
      assertClean(opened);
      await opened.close();
    });

    test('keys typed into fields are never taken: the settings in the player, the builder\'s name', async () => {
      const opened = await openApp(browser, '#play/v1/routine/relief-five');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      await page.click('#open-settings');
      await page.focus('#set-voice');
      await page.keyboard.press(' ');
      await waitFor(page, () => !limber.state().audio.voice);
      assert.equal(await page.$eval('#set-voice', (el) => el.checked), false, 'Space ticked the box');
      assert.equal((await state(page)).paused, false, 'and did not pause the routine');
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.getElementById('settings').open);
      await page.click('#leave');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      await page.evaluate(() => { location.hash = 'build'; });
      await waitView(page, 'view-builder');
      await page.click('#builder-name');
      await page.keyboard.type('Mid back, more');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Mid back, more');
      assertClean(opened);
      await opened.close();
    });

    test('a player link opened directly: notice and button agree; M twice and the button keep them agreeing', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      // No click or key yet: the browser holds the sound back, but sound is on.
      assert.deepEqual((await state(page)).audio.state, 'locked');
      assert.deepEqual(await soundShown(page), { status: 'Sound is on — it starts with your first click or key press.', ...SHOWN_ON });

      await page.keyboard.press('m');  // the first key: the browser lets sound start, and M turns it off
      await waitFor(page, () => !limber.state().audio.enabled);
      assert.deepEqual(await soundShown(page), SHOWN_OFF);
      await page.keyboard.press('M');
      await waitFor(page, () => limber.state().audio.enabled && limber.state().audio.state === 'running');
      await waitFor(page, () => document.getElementById('sound-status').textContent === 'Sound is on.');
      assert.deepEqual(await soundShown(page), { status: 'Sound is on.', ...SHOWN_ON });
      assert.equal((await state(page)).screen, 'home', 'all of this before Start');

      await page.click('#toggle-sound');
      await waitFor(page, () => !limber.state().audio.enabled);
      assert.deepEqual(await soundShown(page), SHOWN_OFF);
      assert.equal(JSON.parse(await stored(page, 'limber.settings')).sound, false, 'the choice is remembered');
      await page.click('#toggle-sound');
      await waitFor(page, () => limber.state().audio.enabled);
      assert.deepEqual(await soundShown(page), { status: 'Sound is on.', ...SHOWN_ON });
      // The button's name stays "Sound": its state is aria-pressed, not a changing label.
      // (Chromium: puppeteer reads the accessibility tree over CDP only.)
      if (browserName === 'chromium') {
        const node = await page.accessibility.snapshot({ root: await page.$('#toggle-sound') });
        assert.deepEqual({ role: node.role, name: node.name, pressed: node.pressed }, { role: 'button', name: 'Sound', pressed: true });
      }
      assertClean(opened);
      await opened.close();
    });
  });
}
