// Following a routine: the player's readout and controls, its keys and the help
// dialog, Tab never held by the canvas, a hidden tab pausing and waiting, the screen kept
// awake, and the finish screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, customLink, focused, fragment, frames, go, openApp, state, stored, text, waitView } from './page-helpers.mjs';

// A page-visibility switch the test controls, and a wake lock that logs what is asked of it.
function stubs() {
  let visibility = 'visible';
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
  window.setVisibility = (v) => { visibility = v; document.dispatchEvent(new Event('visibilitychange')); };
  window.wakeLog = [];
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get: () => ({
      async request(type) {
        window.wakeLog.push(`request ${type}`);
        const sentinel = new EventTarget();
        sentinel.release = async () => { window.wakeLog.push('release'); sentinel.dispatchEvent(new Event('release')); };
        return sentinel;
      },
    }),
  });
}

// Leaves full screen if the browser entered it; reports whether it had, or the page's refusal.
async function fullscreenOutcome(page) {
  await waitFor(page, () => document.fullscreenElement || document.getElementById('player-notice').textContent.includes('full screen'));
  return page.evaluate(() => (document.fullscreenElement ? 'entered' : document.getElementById('player-notice').textContent));
}

for (const browserName of BROWSERS) {
  describe(`page, following a routine, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('the player shows name, steps, countdown, breath, next up and progress; every button works', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      const { routine, names, exercises } = await page.evaluate(() => {
        const c = limber.catalog();
        const r = c.routines.find((x) => x.id === 'micro-break');
        const ex = (id) => c.exercises.find((e) => e.id === id);
        return { routine: r, names: r.items.map((i) => ex(i.exercise).name), exercises: r.items.map((i) => ex(i.exercise)) };
      });
      const first = exercises[0];
      // Waiting for the user: nothing runs until Start.
      assert.equal(await text(page, '#player-title'), routine.name);
      assert.equal(await text(page, '#exercise-name'), names[0]);
      assert.deepEqual(await page.$$eval('#exercise-steps li', (els) => els.map((e) => e.textContent)), first.steps);
      assert.equal(await text(page, '#player-progress-text'), '3 exercises · 2:03');
      assert.equal(await page.$eval('#start', (el) => el.hidden), false);
      assert.equal(await focused(page), 'start');
      assert.equal((await state(page)).screen, 'home');

      await page.evaluate(() => limber.setTimeScale(3));
      await page.click('#start');
      await waitFor(page, () => { const s = limber.state(); return s.phase === 'work' && s.breath === 'in'; });
      await page.click('#pause');
      await waitFor(page, () => document.getElementById('phase').textContent.startsWith('Paused · '));
      // Whatever moment the click caught, the readout is the core's state at it.
      const s = await state(page);
      assert.equal(s.paused, true);
      assert.equal(s.phase, 'work');
      const now = exercises[s.exerciseIndex];
      assert.equal(await text(page, '#pause'), 'Resume');
      assert.equal(await text(page, '#exercise-name'), now.name);
      assert.match(await text(page, '#countdown'), /^\d+$/);
      // Paused, the instruction line says so and keeps the breath to take; the caption is its cue.
      assert.equal(s.instruction, s.breath === 'in' ? `Breathe in: ${now.breathing.in}` : `Breathe out: ${now.breathing.out}`);
      assert.equal(await text(page, '#phase'), `Paused · ${s.instruction}`);
      // The middle rep's out-breath also brings the exercise's form reminder.
      const captions = s.breath === 'in' ? ['Breathe in.'] : ['Breathe out.', now.coach.form];
      assert.ok(captions.includes(await text(page, '#caption')), `caption ${await text(page, '#caption')}`);
      assert.equal(await text(page, '#next-up'), `Next up: ${names[s.exerciseIndex + 1]}`);
      if (s.rep) assert.match(await text(page, '#detail'), new RegExp(`^Rep ${s.rep} of ${s.reps}`));
      assert.notEqual(await text(page, '#caption'), '', 'cues are captioned');
      // Still paused, at exact moments: the start (5 s to get ready), and the second exercise's start.
      // Paused in exercise 1 already, so wait for the readout of the moment restart goes back to.
      await page.evaluate(() => limber.restart());
      await waitFor(page, () => limber.state().elapsedMs === 0
        && document.getElementById('player-progress-text').textContent === 'Exercise 1 of 3 · 2:03 left');
      assert.equal(await text(page, '#countdown'), '5');
      assert.equal(await page.$eval('#player-progress', (el) => el.value), 0);
      await page.evaluate(() => limber.next());
      await waitFor(page, () => document.getElementById('player-progress-text').textContent.startsWith('Exercise 2 '));
      assert.equal(await text(page, '#player-progress-text'), 'Exercise 2 of 3 · 1:28 left');
      assert.equal(await text(page, '#countdown'), '5');
      assert.equal(await text(page, '#detail'), 'Your left side');
      // The bar moves in thousandths, finer than its pixels.
      assert.equal(await page.$eval('#player-progress', (el) => el.value), 0.285, '35 s of 123 s done');
      await page.evaluate(() => limber.restart());
      await waitFor(page, () => document.getElementById('player-progress-text').textContent.startsWith('Exercise 1 '));

      await page.click('#pause');
      await waitFor(page, () => !limber.state().paused && document.getElementById('pause').textContent === 'Pause');
      await page.click('#next');
      await waitFor(page, (n) => document.getElementById('exercise-name').textContent === n, {}, names[1]);
      assert.equal((await state(page)).exerciseIndex, 1);
      assert.equal(await text(page, '#next-up'), '', 'getting ready names only the exercise to get ready for');
      await page.click('#previous');
      await waitFor(page, (n) => document.getElementById('exercise-name').textContent === n, {}, names[0]);
      await waitFor(page, () => limber.state().elapsedMs > 4000);
      await page.click('#pause');
      await waitFor(page, () => limber.state().paused);
      await page.click('#restart');
      assert.equal((await state(page)).elapsedMs, 0, 'restart goes back to the beginning');
      await page.click('#pause');
      await waitFor(page, () => !limber.state().paused);

      await page.click('#toggle-sound');
      await waitFor(page, () => document.getElementById('toggle-sound').getAttribute('aria-pressed') === 'false');
      assert.equal(await text(page, '#toggle-sound'), 'Sound: off');
      assert.equal((await state(page)).audio.enabled, false);
      assert.equal(JSON.parse(await stored(page, 'limber.settings')).sound, false, 'the choice is remembered');
      await page.click('#toggle-sound');
      await waitFor(page, () => limber.state().audio.enabled);

      await page.click('#fullscreen');
      if (await fullscreenOutcome(page) === 'entered') {
        assert.equal(await page.evaluate(() => document.fullscreenElement.id), 'view-player');
        await page.click('#fullscreen');
        await waitFor(page, () => !document.fullscreenElement);
        // Where the browser refuses (a policy, an iframe), the page says so and goes on.
        await page.evaluate(() => { Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Fullscreen is not allowed')); });
        await page.click('#fullscreen');
      }
      assert.equal(await fullscreenOutcome(page), 'This browser did not allow full screen here.');
      assert.equal((await state(page)).screen, 'player', 'full screen or not, the routine goes on');

      await page.click('#leave');
      await waitFor(page, () => document.getElementById('leave-confirm').open);  // mid-routine it asks first
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), '#v1/routine/micro-break');
      assert.equal((await state(page)).screen, 'home', 'leaving stops the routine');
      assertClean(opened);
      await opened.close();
    });

    test('keys: Space, arrows, M, F, ? with its help list, Esc; Tab leaves the canvas', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.keyboard.press(' ');  // on the focused Start button
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal(await focused(page), 'canvas');
      await page.keyboard.press(' ');
      await waitFor(page, () => limber.state().paused);
      await page.keyboard.press(' ');
      await waitFor(page, () => !limber.state().paused);
      await page.keyboard.press('ArrowRight');
      await waitFor(page, () => limber.state().exerciseIndex === 1);
      await page.keyboard.press('ArrowLeft');
      await waitFor(page, () => limber.state().exerciseIndex === 0);
      await page.keyboard.press('m');
      await waitFor(page, () => !limber.state().audio.enabled);
      await page.keyboard.press('M');
      await waitFor(page, () => limber.state().audio.enabled);
      await page.keyboard.press('f');
      if (await fullscreenOutcome(page) === 'entered') {
        await page.keyboard.press('f');
        await waitFor(page, () => !document.fullscreenElement);
      }

      await page.keyboard.press('?');
      await waitFor(page, () => document.getElementById('help').open);
      const keys = await page.$$eval('#help kbd', (els) => els.map((e) => e.textContent));
      assert.deepEqual(keys, ['Space', '←', '→', 'M', 'F', 'Esc', '?']);
      await page.keyboard.press('m');  // inside the dialog: not a player key
      assert.equal((await state(page)).audio.enabled, true);
      await page.keyboard.press('Escape');  // closes the dialog, not the player
      await waitFor(page, () => !document.getElementById('help').open);
      await frames(page);
      assert.equal(await fragment(page), '#play/v1/routine/micro-break');

      // SDL reads keys on the canvas; Tab must still move focus on.
      await page.focus('#canvas');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'previous');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal(await focused(page), 'canvas');

      await page.keyboard.press('Escape');
      await waitFor(page, () => document.getElementById('leave-confirm').open);  // mid-routine it asks first
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), '#v1/routine/micro-break');
      assert.equal((await state(page)).screen, 'home');
      assertClean(opened);
      await opened.close();
    });

    test('a hidden tab pauses the routine; back on the tab it waits, and resumes where it was', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { setup: stubs });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.evaluate(() => limber.setTimeScale(10));
      await page.click('#start');
      await waitFor(page, () => limber.state().elapsedMs > 3000);
      await page.evaluate(() => window.setVisibility('hidden'));
      const at = (await state(page)).elapsedMs;
      assert.equal((await state(page)).paused, true);
      assert.match(await text(page, '#player-notice'), /Paused while the page was hidden/);
      await frames(page, 40);  // 10 s of routine time at this scale, were it running
      await page.evaluate(() => window.setVisibility('visible'));
      await frames(page, 20);
      const back = await state(page);
      assert.equal(back.paused, true, 'on return the routine waits for the user');
      assert.equal(back.elapsedMs, at, 'no routine time passed while hidden or since');
      assert.equal(await text(page, '#pause'), 'Resume');
      // The first frame drawn after Resume shows routine time carrying on from the pause: no
      // more than the scaled clock time since the click.
      await page.evaluate(() => {
        document.getElementById('pause').addEventListener('click', () => { window.clickedAt = performance.now(); }, { capture: true, once: true });
        const stop = limber.onFrame(() => {
          if (limber.state().paused) return;
          window.firstAfterResume = { elapsedMs: limber.state().elapsedMs, clock: limber.metrics().frameClockMs };
          stop();
        });
      });
      await page.click('#pause');
      await waitFor(page, () => window.firstAfterResume !== undefined);
      const { first, clickedAt } = await page.evaluate(() => ({ first: window.firstAfterResume, clickedAt: window.clickedAt }));
      assert.equal((await state(page)).paused, false);
      const ran = first.elapsedMs - at;
      assert.ok(ran >= 0 && ran <= (first.clock - clickedAt) * 10 + 1,
        `resumed at ${first.elapsedMs} ms, paused at ${at} ms, ${(first.clock - clickedAt).toFixed(1)} ms after the click at 10x: it jumped`);
      assert.equal(await text(page, '#player-notice'), '');
      assertClean(opened);
      await opened.close();
    });

    test('the screen is kept awake while a routine runs, and let go when paused or left', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { setup: stubs });
      const { page } = opened;
      await waitView(page, 'view-player');
      const log = () => page.evaluate(() => window.wakeLog);
      assert.deepEqual(await log(), [], 'nothing asked before Start');
      await page.click('#start');
      await waitFor(page, () => window.wakeLog.length === 1);
      assert.deepEqual(await log(), ['request screen']);
      await page.click('#pause');
      await waitFor(page, () => window.wakeLog.length === 2);
      await page.click('#pause');
      await waitFor(page, () => window.wakeLog.length === 3);
      assert.deepEqual(await log(), ['request screen', 'release', 'request screen']);
      await page.click('#leave');
      await waitFor(page, () => document.getElementById('leave-confirm').open);
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      await waitFor(page, () => window.wakeLog.length === 4);
      assert.deepEqual((await log()).at(-1), 'release');
      assertClean(opened);
      await opened.close();
    });

    test('the finish screen: what was done, time spent, streak; Star, Again and Back', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      const items = [
        { exercise: 'shoulder-rolls', reps: 10, sets: 1, perSide: false },
        { exercise: 'side-stretch', holdSeconds: 15, sets: 1, perSide: false },
      ];  // each the least its range allows
      const link = await customLink(page, { name: 'Two quick moves', items });
      await go(page, `play/${link}`, 'view-player');
      await page.evaluate(() => limber.setTimeScale(20));
      await page.click('#start');
      await waitView(page, 'view-finish');
      assert.equal(await text(page, '#finish-title'), 'Well done: Two quick moves');
      assert.equal(await focused(page), 'finish-title');
      assert.equal(await text(page, '#finish-time'), 'Time spent: 1:15');
      assert.equal(await text(page, '#finish-streak'), 'Streak: 1 day in a row with a break.');
      const done = await page.$$eval('#finish-done li', (els) => els.map((e) => e.textContent));
      assert.deepEqual(done, ['Shoulder rolls (10 reps): done', 'Side stretch (15 s hold): done']);
      const history = await page.evaluate((t) => limber.readSaved('history', t), await stored(page, 'limber.history'));
      assert.equal(history.entries.length, 1);
      assert.equal(history.entries[0].link, link);
      assert.equal(history.entries[0].durationMs, 75000);

      await page.click('#finish-star button');
      assert.equal(await page.$eval('#finish-star button', (b) => b.getAttribute('aria-pressed')), 'true');
      const favourites = await page.evaluate((t) => limber.readSaved('favourites', t), await stored(page, 'limber.favourites'));
      assert.deepEqual(favourites.entries.map((e) => e.link), [link]);

      await page.click('#again');
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), `#play/${link}`);
      await waitFor(page, () => limber.state().screen === 'player');
      await waitView(page, 'view-finish');
      assert.equal(await text(page, '#finish-streak'), 'Streak: 1 day in a row with a break.');
      assert.equal((await page.evaluate((t) => limber.readSaved('history', t), await stored(page, 'limber.history'))).entries.length, 2);
      await page.click('#finish-back');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), `#${link}`);
      assert.equal(await text(page, '#routine-title'), 'Two quick moves');
      assertClean(opened);
      await opened.close();
    });
  });
}
