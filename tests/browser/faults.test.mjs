// The player under what real browsers do to a page: sound refused, no WebGL, storage
// refused or holding data it cannot read, the tab hidden, the window resized and turned,
// the GPU context lost, and a flood of broken links. Each time the routine must keep
// running, and nothing the user saved may be lost.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, SAFETY_READ, canvasPng, distUrl, drawnPlayer, launch, openPage, waitFor } from './harness.mjs';
import { SEED, namingSeed, randomLinks } from './links-random.mjs';
import { bodyShare } from './moments.mjs';

// Eight rounds of four exercises, each at the least its range allows: no segment is over
// 60 s, so at 10x any 6 s shows a phase change; the whole is about 27 minutes, under 3
// minutes at 10x, and no test here plays it to the end.
const ROUTINE = `v1/custom/Faults/${Array(8).fill('shoulder-rolls,side-stretch.15s,arm-circles.10reps,cat-cow').join(',')}`;
const SHORT = 'v1/custom/Short/shoulder-rolls,side-stretch.15s';  // 95 s, under 5 s at 20x
const SCALE = 10;
const SAVED_KEYS = ['limber.favourites', 'limber.history', 'limber.settings'];

// The player with `link` on screen, ready to start; `options` as for openPage.
async function openRoutine(browser, link = ROUTINE, options = {}) {
  const opened = await openPage(browser, `${distUrl()}#play/${link}`, options);
  await opened.page.setViewport({ width: 1100, height: 760 });
  await drawnPlayer(opened.page);
  return opened;
}

// Start the routine the player shows with a real click, then run it faster. `paused`
// holds it at once, for a short routine that assertKeepsPlaying() must see running.
async function startRoutine(page, scale = SCALE, { paused = false } = {}) {
  await page.click('#start');
  await page.evaluate((x, hold) => {
    if (hold) limber.pause();
    limber.setTimeScale(x);
  }, scale, paused);
  await waitFor(page, () => limber.state().screen === 'player');
}

// Alive: frame after frame, routine time moves exactly as the frame clock does, scaled (up
// to the routine's end), the phase changes, and it is still the same run of the same
// routine. It waits for frames, not for a stretch of real time: a busy machine only makes
// it slower.
async function assertKeepsPlaying(page, { scale = SCALE, timeout = 30_000 } = {}) {
  const r = await page.evaluate((ms) => new Promise((resolve) => {
    const frames = [];
    const timer = setTimeout(() => finish(`no phase change in ${ms} ms`), ms);
    let drawn = limber.metrics().framesDrawn;
    const stop = limber.onFrame(() => {
      // Only drawn frames carry their own clock: the page also hears of a frame let pass
      // that moved its readout on.
      const { framesDrawn, frameClockMs } = limber.metrics();
      if (framesDrawn === drawn) return;
      drawn = framesDrawn;
      const { elapsedMs, phase, routine, paused, screen } = limber.state();
      frames.push({ clock: frameClockMs, elapsedMs, phase, routine, paused, screen });
      if (frames.some((f) => f.phase !== frames[0].phase)) finish(null);
    });
    if (limber.state().paused) limber.resume();
    function finish(problem) {
      stop();
      clearTimeout(timer);
      resolve({ frames, problem });
    }
  }), timeout);
  const { frames } = r;
  assert.equal(r.problem, null, `${r.problem}: ${frames.length} frames, phase ${frames[0]?.phase}`);
  assert.ok(frames.every((f) => f.routine === frames[0].routine), 'the same routine');
  for (let i = 1; i < frames.length; i++) {
    const [a, b] = [frames[i - 1], frames[i]];
    assert.equal(b.paused && b.screen !== 'finished', false, `frame ${i}: paused`);
    if (b.screen === 'finished') break;
    const expected = (b.clock - a.clock) * scale;
    const step = b.elapsedMs - a.elapsedMs;
    assert.ok(expected > 0 && Math.abs(step - expected) < 1, `frame ${i}: routine time moved ${step} ms over ${expected.toFixed(1)} ms of scaled clock`);
  }
}

function assertNoErrors(opened) {
  assert.deepEqual(opened.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(opened.consoleErrors, [], 'console errors');
}

const alerts = (page) => page.$$eval('[role="alert"]', (els) => els.map((el) => el.textContent));

// A thousand links from SEED, through decodeLink and through the address bar: each one
// refused is refused with a reason, and the page plays on.
async function brokenLinks(t, browser) {
  const opened = await openRoutine(browser);
  const { page } = opened;
  const base = await page.evaluate(() => limber.catalog().routines.map((r) => r.link));
  const links = randomLinks(SEED, base, 1000);

  const decoded = await page.evaluate((list) => list.map((text) => {
    const d = limber.decodeLink(text);
    // A link that opens must be exactly what its own link says; a dose it brought inside
    // its range is named, and its own link opens with none to name.
    const again = d.ok ? limber.decodeLink(d.routine.link) : null;
    return { text, ok: d.ok, error: d.error, notices: d.notices,
             roundTrip: again ? again.ok && again.routine.link === d.routine.link && again.notices.length === 0 : null };
  }), links);
  let good = 0;
  let brought = 0;
  for (const d of decoded) {
    if (d.ok) {
      good++;
      if (d.notices.length) brought++;
      assert.ok(d.notices.every((n) => typeof n === 'string' && / asked for \d+, so it plays \d+\.$/.test(n)), `${d.text}: ${JSON.stringify(d.notices)}`);
      assert.equal(d.roundTrip, true, `${d.text} opens, but its own link does not reopen it as it plays`);
    } else {
      assert.ok(typeof d.error === 'string' && d.error.length > 0, `${d.text}: refused without a reason`);
    }
  }
  t.diagnostic(`decodeLink: ${good} opened (${brought} with a dose brought inside its range), ${decoded.length - good} refused`);
  assert.ok(good > 0 && good < decoded.length, 'the mutations reach both answers');
  // As long as a URL can be (2 MB in Chromium), and three bytes a character.
  const huge = await page.evaluate(() => ['v1/custom/A/' + 'cat-cow,'.repeat(250_000), '\u2713'.repeat(2_000_000)]
    .map((link) => limber.decodeLink(link).error));
  for (const error of huge) assert.match(error, /characters long; at most 4000 are read/);

  // The same links through the address bar, as the page's router sees them: each one
  // refused is reported with the codec's own reason for the fragment the browser holds.
  const routed = await page.evaluate(async (list) => {
    const counts = { refused: 0, opened: 0, unchanged: 0, altered: 0 };
    const missed = [];
    for (const [i, text] of list.entries()) {
      const prefix = ['', 'play/', 'build/'][i % 3];
      const before = location.href;
      location.hash = prefix + text;
      // A fragment the same as before fires no event and routes nothing.
      if (location.href === before) {
        counts.unchanged++;
        continue;
      }
      // The URL routed, once the page has handled it (it takes a refused link off the address bar).
      const url = await new Promise((resolve, reject) => {
        window.addEventListener('hashchange', (e) => setTimeout(() => resolve(e.newURL)), { once: true });
        setTimeout(() => reject(new Error(`no hashchange in 10 s for ${location.href}`)), 10_000);
      });
      const fragment = url.slice(url.indexOf('#') + 1);
      const link = fragment.slice(prefix.length);
      if (!fragment.startsWith(prefix) || !link) {
        counts.altered++;
        continue;
      }
      const d = limber.decodeLink(link);
      if (d.ok) {
        counts.opened++;
        continue;
      }
      counts.refused++;
      const shown = [...document.querySelectorAll('[role="alert"]')].some((el) => el.textContent.includes(d.error));
      if (!shown) missed.push(`${fragment}: ${d.error}`);
    }
    return { counts, missed, messages: document.getElementById('messages').childElementCount };
  }, links);
  t.diagnostic(`location.hash: ${JSON.stringify(routed.counts)}`);
  assert.deepEqual(routed.missed, [], 'refused without the reason in an alert');
  const refusedByCodec = decoded.length - good;
  assert.ok(routed.counts.refused >= 0.75 * refusedByCodec,
    `only ${routed.counts.refused} of the ${refusedByCodec} links the codec refuses were checked through the address bar`);
  assert.ok(routed.messages <= 3, `${routed.messages} messages pile up`);
  assertNoErrors(opened);

  await page.evaluate((link) => { location.hash = `play/${link}`; }, ROUTINE);
  await waitFor(page, () => !document.getElementById('view-player').hidden);
  await startRoutine(page);
  await assertKeepsPlaying(page);
  assertNoErrors(opened);
  await page.close();
}

for (const browserName of BROWSERS) {
  describe(`faults in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    // Headless Chromium and Firefox let any page start audio, whatever their autoplay
    // switches say, so a stand-in AudioContext refuses: it stays suspended, and resume()
    // never answers (Chromium's way) or is rejected (Safari's).
    for (const [style, refusal] of [['never answers', 'pending'], ['is rejected', 'reject']]) {
      test(`sound refused even after a click (resume ${style}): the routine runs silently, every cue captioned`, async () => {
        const opened = await openRoutine(browser, ROUTINE, {
          init: (how) => {
            const Real = window.AudioContext;
            window.AudioContext = class extends Real {
              constructor(...args) {
                super(...args);
                super.suspend();
              }
              get state() { return 'suspended'; }
              resume() {
                return how === 'reject' ? Promise.reject(new DOMException('The user has not allowed audio.', 'NotAllowedError')) : new Promise(() => {});
              }
            };
            window.webkitAudioContext = window.AudioContext;
          },
          initArgs: [refusal],
        });
        const { page } = opened;
        await startRoutine(page);
        await page.keyboard.press('Shift');  // another gesture: still refused
        await assertKeepsPlaying(page);
        const state = await page.evaluate(() => limber.state());
        assert.notEqual(state.audio.state, 'running');
        assert.deepEqual(await page.evaluate(() => limber.playedCues()), [], 'nothing played');
        assert.ok(await page.evaluate(() => limber.cues().length) >= 3, 'cues still come due');
        assert.notEqual(await page.$eval('#caption', (el) => el.textContent), '', 'and are captioned');
        const status = await page.$eval('#sound-status', (el) => el.textContent);
        assert.notEqual(status, 'Sound is on.', 'the notice does not claim sound is playing');
        assert.match(status, /click or (press a )?key/, 'it says a click or key may start it');
        assertNoErrors(opened);
        await page.close();
      });
    }

    test('no WebGL: the software renderer draws the figure and the routine plays', async () => {
      const opened = await openRoutine(browser, ROUTINE, {
        init: () => {
          const real = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
            return /webgl/.test(type) ? null : real.call(this, type, ...rest);
          };
        },
      });
      const { page } = opened;
      await startRoutine(page);
      assert.equal((await page.evaluate(() => limber.info())).renderer, 'software');
      await assertKeepsPlaying(page);
      assert.ok(bodyShare(await canvasPng(page)) > 0.01, 'the figure is drawn in software');
      assertNoErrors(opened);
      await page.close();
    });

    for (const [kind, init] of [
      // Chromium and Firefox with site data blocked: touching localStorage throws.
      ['refused', () => {
        Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
      }],
      // Present, but every call fails, as a full or broken store does.
      ['throwing', () => {
        for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
          Storage.prototype[name] = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
        }
      }],
    ]) {
      test(`localStorage ${kind}: the routine plays to its end, a setting changes, and the user is told`, async () => {
        const opened = await openRoutine(browser, SHORT, { init });
        const { page } = opened;
        // Nothing can say the safety note was read: it comes before the start, and once read
        // it is not asked again in this visit.
        await page.click('#start');
        await waitFor(page, () => document.getElementById('safety').open);
        await page.click('#safety-start');
        await waitFor(page, () => limber.state().screen === 'player');
        await page.evaluate(() => { limber.pause(); limber.setTimeScale(20); });
        await assertKeepsPlaying(page, { scale: 20 });
        await page.keyboard.press('m');  // sound off: a setting the page would save
        assert.equal(await page.evaluate(() => limber.state().audio.enabled), false, 'the M key turned sound off');
        await waitFor(page, () => limber.state().screen === 'finished', { timeout: 20_000 });  // history would be written here
        await waitFor(page, () => !document.getElementById('view-finish').hidden);
        assert.ok((await alerts(page)).some((text) => /sav/i.test(text)), 'an alert says saving does not work');
        await page.click('#again');
        await waitFor(page, () => limber.state().screen === 'player');
        assert.equal(await page.$eval('#safety', (d) => d.open), false, 'the note read in this visit is not asked again');
        assertNoErrors(opened);
        await page.close();
      });
    }

    for (const [kind, stored] of [
      ['damaged', {
        'limber.favourites': '{"format": "limber.favourites", "version": 1, "entries": [{"link": "v1/routine/micro-br',
        // Long enough to overrun the core's stack, had the text gone there (see limber-api.js).
        'limber.history': `not JSON at all \u2713 \u0000 {${'x'.repeat(1_500_000)}`,
        'limber.settings': '{"sound": tru',
      }],
      ['from a newer Limber', {
        'limber.favourites': JSON.stringify({ format: 'limber.favourites', version: 2, entries: [{ link: 'v2/routine/x', addedAt: 1763900000000, folder: 'Work' }] }),
        'limber.history': JSON.stringify({ format: 'limber.history', version: 3, entries: [{ link: 'v1/routine/micro-break', finishedAt: 1763900000000, durationMs: 123000, mood: 5 }] }),
        'limber.settings': JSON.stringify({ version: 2, sound: true, voice: false, tones: true, volume: 0.5, theme: 'dark' }),
      }],
    ]) {
      test(`saved data ${kind} stays byte for byte as stored through a whole routine`, async () => {
        const opened = await openRoutine(browser, SHORT);
        const { page } = opened;
        try {
          await page.evaluate((items, safety) => {
            localStorage.clear();
            localStorage.setItem(safety.key, safety.text);
            for (const [key, text] of Object.entries(items)) localStorage.setItem(key, text);
          }, stored, SAFETY_READ);
          await page.reload();
          await page.evaluate(() => limber.ready);
          await startRoutine(page, 20, { paused: true });
          await assertKeepsPlaying(page, { scale: 20 });
          await waitFor(page, () => limber.state().screen === 'finished', { timeout: 20_000 });
          await waitFor(page, () => !document.getElementById('view-finish').hidden);
          const now = await page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), SAVED_KEYS);
          assert.deepEqual(now, stored);
          const told = (await alerts(page)).join('\n');
          assert.match(told, /favourites/, 'the user is told the favourites could not be used');
          assert.match(told, /history/, 'and the history');
          assertNoErrors(opened);
        } finally {
          await page.evaluate(() => localStorage.clear());
          await page.close();
        }
      });
    }

    test('tab hidden mid-routine: it pauses, time stands still, and waits for the user on return', async () => {
      const opened = await openRoutine(browser, ROUTINE, {
        init: () => {
          let hidden = false;
          Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible'), configurable: true });
          Object.defineProperty(Document.prototype, 'hidden', { get: () => hidden, configurable: true });
          window.setHiddenForTest = (value) => {
            hidden = value;
            document.dispatchEvent(new Event('visibilitychange'));
          };
        },
      });
      const { page } = opened;
      await startRoutine(page);
      await waitFor(page, () => limber.state().elapsedMs > 5000);
      const hiddenAt = await page.evaluate(() => { window.setHiddenForTest(true); return limber.state(); });
      assert.equal(hiddenAt.paused, true, 'paused as the page was hidden');
      await new Promise((r) => setTimeout(r, 1000));
      const shown = await page.evaluate(() => { window.setHiddenForTest(false); return limber.state(); });
      await new Promise((r) => setTimeout(r, 500));
      const waiting = await page.evaluate(() => limber.state());
      assert.equal(shown.elapsedMs, hiddenAt.elapsedMs, 'no routine time passed while hidden');
      assert.equal(waiting.paused, true, 'still paused: it waits for the user');
      assert.equal(waiting.elapsedMs, hiddenAt.elapsedMs);
      const resumedAt = await page.evaluate(() => { limber.resume(); return limber.state().elapsedMs; });
      assert.equal(resumedAt, hiddenAt.elapsedMs, 'it carries on from where it stopped');
      await assertKeepsPlaying(page);
      assertNoErrors(opened);
      await page.close();
    });

    test('window resized and turned mid-routine: the drawing buffer follows, time runs on unbroken', async () => {
      const opened = await openRoutine(browser);
      const { page } = opened;
      await startRoutine(page);
      await page.evaluate(() => {
        window.frameLog = [];
        let drawn = limber.metrics().framesDrawn;
        limber.onFrame(() => {
          const { framesDrawn, frameClockMs } = limber.metrics();
          if (framesDrawn === drawn) return;  // a frame let pass: its clock is the last drawn one's
          drawn = framesDrawn;
          window.frameLog.push({ elapsedMs: limber.state().elapsedMs, clock: frameClockMs });
        });
      });
      const sizes = [];
      for (const viewport of [
        { width: 360, height: 740, deviceScaleFactor: 2 },  // a phone, upright
        { width: 740, height: 360, deviceScaleFactor: 2 },  // turned
        { width: 360, height: 740, deviceScaleFactor: 2 },  // and back
        { width: 1280, height: 800, deviceScaleFactor: 1 },
      ]) {
        await page.setViewport(viewport);
        // The core reads the canvas's CSS size each frame; the buffer is that in device pixels.
        const size = await waitFor(page, () => {
          const canvas = document.getElementById('canvas');
          const info = limber.info();
          const want = [Math.round(canvas.getBoundingClientRect().width * devicePixelRatio),
            Math.round(canvas.getBoundingClientRect().height * devicePixelRatio)];
          return want[0] > 0 && info.width === want[0] && info.height === want[1] && [info.width, info.height];
        }).then((h) => h.jsonValue());
        sizes.push(size);
        await assertKeepsPlaying(page);
      }
      assert.notDeepEqual(sizes[1], sizes[0], 'turning the phone changes the drawing buffer');
      assert.deepEqual(sizes[2], sizes[0], 'turned back, the same as before');
      assert.notDeepEqual(sizes[3], sizes[2]);
      // From frame to frame routine time moves exactly as the clock each frame showed, scaled.
      const log = await page.evaluate(() => window.frameLog);
      for (let i = 1; i < log.length; i++) {
        const step = log[i].elapsedMs - log[i - 1].elapsedMs;
        const expected = (log[i].clock - log[i - 1].clock) * SCALE;
        assert.ok(Math.abs(step - expected) < 1, `frame ${i}: routine time moved ${step} ms over ${expected.toFixed(1)} ms of scaled clock`);
      }
      assertNoErrors(opened);
      await page.close();
    });

    test('WebGL context lost and restored: the routine runs on, and the figure is drawn again', { skip: browserName !== 'chromium' && 'headless Firefox has no WebGL to lose' }, async () => {
      const opened = await openRoutine(browser);
      const { page } = opened;
      await startRoutine(page);
      assert.equal((await page.evaluate(() => limber.info())).renderer, 'opengles2');
      assert.ok(bodyShare(await canvasPng(page)) > 0.01, 'the figure is drawn before');
      await page.evaluate(() => {
        window.loseContext = document.getElementById('canvas').getContext('webgl').getExtension('WEBGL_lose_context');
        window.loseContext.loseContext();
      });
      await waitFor(page, () => document.getElementById('canvas').getContext('webgl').isContextLost());
      await assertKeepsPlaying(page);
      assert.ok(bodyShare(await canvasPng(page)) < 0.001, 'nothing can be drawn while the context is lost');
      await page.evaluate(() => window.loseContext.restoreContext());
      await waitFor(page, () => !document.getElementById('canvas').getContext('webgl').isContextLost());
      await assertKeepsPlaying(page);
      assert.equal((await page.evaluate(() => limber.info())).renderer, 'opengles2');
      assert.ok(bodyShare(await canvasPng(page)) > 0.01, 'the figure is drawn again');
      assertNoErrors(opened);
      await page.close();
    });

    test('a thousand broken links: each refused with its reason, none crashes, and the page plays on', async (t) => {
      t.diagnostic(`links from seed ${SEED} (LIMBER_SEED=${SEED} repeats them)`);
      await namingSeed(SEED, () => brokenLinks(t, browser));
    });
  });
}
