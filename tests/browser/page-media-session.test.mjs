// A routine under way as the browser and the system see it: the tab's title names the
// exercise and the time left; the Media Session names the exercise and the routine, and
// its play, pause, next and previous actions (media keys, headset buttons, the system's
// media panel) drive the player; a keyboard's media keys do too where the browser passes
// them to the page. Headless browsers have no media panel to press, so the test keeps the
// handlers the page registers and calls them as the browser would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, openApp, state, waitView } from './page-helpers.mjs';

function stubs() {
  let visibility = 'visible';
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
  window.setVisibility = (v) => { visibility = v; document.dispatchEvent(new Event('visibilitychange')); };
  window.mediaActions = {};
  const setActionHandler = MediaSession.prototype.setActionHandler;
  MediaSession.prototype.setActionHandler = function (action, handler) {
    window.mediaActions[action] = handler;
    return setActionHandler.call(this, action, handler);
  };
  window.mediaElements = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    if (!window.mediaElements.includes(this)) window.mediaElements.push(this);
    return play.call(this);
  };
}

// What the tab and the system show now.
const shown = (page) => page.evaluate(() => {
  const m = navigator.mediaSession.metadata;
  return {
    title: document.title,
    metadata: m && { title: m.title, artist: m.artist, album: m.album },
    playbackState: navigator.mediaSession.playbackState,
    mediaPlaying: window.mediaElements.filter((el) => !el.paused).map((el) => ({ duration: el.duration, loop: el.loop })),
  };
});

const act = (page, action) => page.evaluate((a) => window.mediaActions[a]({ action: a }), action);

for (const browserName of BROWSERS) {
  describe(`page, the routine in the tab title and the media session, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('the title and the media panel name the moment; media actions and keys play, pause, skip and go back', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { setup: stubs });
      const { page } = opened;
      await waitView(page, 'view-player');
      const { routine, names } = await page.evaluate(() => {
        const c = limber.catalog();
        const r = c.routines.find((x) => x.id === 'micro-break');
        return { routine: r, names: r.items.map((i) => c.exercises.find((e) => e.id === i.exercise).name) };
      });
      assert.deepEqual(Object.keys(await page.evaluate(() => window.mediaActions)).sort(), ['nexttrack', 'pause', 'play', 'previoustrack']);
      let now = await shown(page);
      assert.equal(now.title, `${routine.name} — Limber`);
      assert.equal(now.metadata, null, 'nothing plays before Start');

      await page.click('#start');
      await waitFor(page, (name) => limber.state().phase && !limber.state().paused && document.title === `${name} — Limber`, {}, names[0]);
      // Playing starts before the element has read its length.
      await waitFor(page, () => window.mediaElements.some((el) => !el.paused && el.duration > 0));
      now = await shown(page);
      assert.deepEqual(now.metadata, { title: names[0], artist: routine.name, album: 'Limber' });
      assert.equal(now.playbackState, 'playing');
      assert.equal(now.mediaPlaying.length, 1, 'one media element plays, so media keys reach the page');
      assert.ok(now.mediaPlaying[0].loop && now.mediaPlaying[0].duration >= 5, JSON.stringify(now.mediaPlaying));

      // Paused, the time left stands still, and the title gives it.
      await act(page, 'pause');
      assert.equal((await state(page)).paused, true);
      await waitFor(page, () => document.title.startsWith('Paused · '));
      now = await shown(page);
      const title = now.title.match(/^Paused · (.+) · (\d+):(\d\d) left — Limber$/);
      assert.ok(title, now.title);
      assert.equal(title[1], names[0]);
      const { remainingMs } = await state(page);
      const titleSeconds = Number(title[2]) * 60 + Number(title[3]);
      assert.ok(Math.abs(titleSeconds - remainingMs / 1000) <= 0.5, `title says ${titleSeconds} s left, the core ${remainingMs} ms`);
      assert.ok(remainingMs > 60_000, 'the whole routine\'s time is left, not one exercise\'s');
      assert.equal(now.playbackState, 'paused');
      assert.deepEqual(now.mediaPlaying, [], 'the silent element pauses with the routine');
      await act(page, 'play');
      assert.equal((await state(page)).paused, false);
      await waitFor(page, () => navigator.mediaSession.playbackState === 'playing' && !document.title.startsWith('Paused'));

      await act(page, 'nexttrack');
      assert.equal((await state(page)).exerciseIndex, 1);
      await waitFor(page, (name) => navigator.mediaSession.metadata?.title === name && document.title === `${name} — Limber`, {}, names[1]);
      await act(page, 'previoustrack');
      assert.equal((await state(page)).exerciseIndex, 0);
      await waitFor(page, (name) => navigator.mediaSession.metadata?.title === name, {}, names[0]);

      // The keys, as a keyboard without a media session hands them to the page.
      if (browserName === 'chromium') {
        await page.keyboard.press('MediaPlayPause');
        assert.equal((await state(page)).paused, true);
        await page.keyboard.press('MediaPlayPause');
        assert.equal((await state(page)).paused, false);
        await page.keyboard.press('MediaTrackNext');
        assert.equal((await state(page)).exerciseIndex, 1);
        await page.keyboard.press('MediaTrackPrevious');
        assert.equal((await state(page)).exerciseIndex, 0);
      }

      // In another tab the routine pauses, and the title there says where it stopped; a
      // play key from that tab leaves it paused: the routine runs where it can be seen.
      await page.evaluate(() => window.setVisibility('hidden'));
      assert.equal((await state(page)).paused, true);
      now = await shown(page);
      assert.match(now.title, new RegExp(`^Paused · ${names[0]} · \\d+:\\d\\d left — Limber$`));
      assert.equal(now.playbackState, 'paused');
      await act(page, 'play');
      assert.equal((await state(page)).paused, true);
      await page.evaluate(() => window.setVisibility('visible'));

      // Leaving: the media panel empties, the player titles the tab with the routine, and
      // the home view with its own name.
      await page.evaluate(() => limber.leave());
      await waitFor(page, () => navigator.mediaSession.metadata === null);
      now = await shown(page);
      assert.equal(now.playbackState, 'none');
      assert.deepEqual(now.mediaPlaying, []);
      assert.equal(now.title, `${routine.name} — Limber`);
      await page.evaluate(() => { location.hash = ''; });
      await waitView(page, 'view-home');
      assert.equal(await page.title(), 'Limber — guided stretch breaks');
      assertClean(opened);
      await opened.close();
    });
  });
}
