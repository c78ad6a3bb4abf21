// The coach's voice is its own file (dist/voice.js), asked for only after the page has
// painted and the core is up, from file:// as from a server, and decoded once the output
// is open; then the cues are spoken, and until then (or if the browser cannot decode it)
// they keep their tones and captions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, openPlayer, waitFor } from './harness.mjs';

// Watches, from the document's start, for the first painted frame and for the voice
// script being added to the page.
function watchLoading() {
  window.__loading = { firstFrame: null, voiceAsked: null, coreUpAtAsk: null };
  requestAnimationFrame(() => { window.__loading.firstFrame = performance.now(); });
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node.tagName === 'SCRIPT' && node.src.endsWith('/voice.js') && window.__loading.voiceAsked === null) {
          window.__loading.voiceAsked = performance.now();
          window.__loading.coreUpAtAsk = typeof window.limber?.state === 'function';
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

// Damages the sheet as voice.js hands it over (an Ogg page header and nothing after it,
// which no Opus decoder accepts) and keeps what the page warns of.
function damageSheet() {
  window.__warnings = [];
  const warn = console.warn;
  console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn.apply(console, args); };
  Object.defineProperty(window, 'limberVoice', {
    configurable: true,
    set(sheet) {
      Object.defineProperty(window, 'limberVoice', { configurable: true, value: { ...sheet, opus: btoa('OggS\0\x02') } });
    },
  });
}

for (const browserName of BROWSERS) {
  describe(`the voice sheet in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('is asked for after the first frame, once the core is up, and then the cues speak', async () => {
      const { page, pageErrors } = await openPlayer(browser, 'micro-break', { init: watchLoading });
      await waitFor(page, () => window.__loading.voiceAsked !== null && !document.querySelector('script[src="voice.js"]'));
      const loading = await page.evaluate(() => ({ ...window.__loading, leftGlobal: 'limberVoice' in window }));
      assert.ok(loading.firstFrame !== null, 'the page painted');
      assert.ok(loading.voiceAsked > loading.firstFrame, `voice asked for at ${loading.voiceAsked} ms, first frame at ${loading.firstFrame} ms`);
      assert.equal(loading.coreUpAtAsk, true, 'the core was up before the voice was asked for');
      assert.equal(loading.leftGlobal, false, 'the sheet is handed to the core, not kept on the page');
      assert.equal(await page.evaluate(() => limber.state().audio.voiceArrived), false, 'decoded only once the output is open');
      // Tones off: a cue plays only if its words are spoken.
      await page.click('#open-settings');  // a gesture: sound comes on
      await page.click('#set-tones');
      await page.keyboard.press('Escape');
      await waitFor(page, () => limber.state().audio.state === 'running' && limber.state().audio.voiceArrived);
      await page.evaluate(() => limber.start('v1/routine/micro-break'));
      await waitFor(page, () => limber.playedCues().some((p) => p.cue === 'next-up' && p.heardClockMs !== null));
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    test('a sheet the browser cannot decode leaves the cues their tones, said on the console only', async () => {
      const { page, pageErrors, consoleErrors } = await openPlayer(browser, 'micro-break', { init: damageSheet });
      await waitFor(page, () => document.readyState === 'complete' && !('limberVoice' in window));
      await page.click('#open-settings');  // a gesture: sound comes on, and the sheet is decoded
      await page.keyboard.press('Escape');
      await waitFor(page, () => window.__warnings.some((w) => w.startsWith('voice:')));
      const warnings = await page.evaluate(() => window.__warnings.filter((w) => w.startsWith('voice:')));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /^voice: this browser could not decode voice\.js's Opus sheet \(.+\); cues play their tones only$/);
      assert.equal(await page.evaluate(() => limber.state().audio.voiceArrived), false);
      assert.equal(await page.evaluate(() => document.getElementById('messages').children.length), 0, 'the page shows no message');
      await waitFor(page, () => limber.state().audio.state === 'running');
      await page.evaluate(() => limber.setAudio({ tones: true }));  // the test before turned them off
      await page.evaluate(() => limber.start('v1/routine/micro-break'));
      await waitFor(page, () => limber.playedCues().some((p) => p.cue === 'next-up' && p.heardClockMs !== null));
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
      await page.close();
    });
  });
}
