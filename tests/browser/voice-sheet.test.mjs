// The coach's voice is its own file (dist/voice.js), asked for only after the page has
// painted and the core is up, from file:// as from a server; once it is there the cues
// are spoken, and until then they keep their tones and captions.
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

for (const browserName of BROWSERS) {
  describe(`the voice sheet in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('is asked for after the first frame, once the core is up, and then the cues speak', async () => {
      const { page, pageErrors } = await openPlayer(browser, 'micro-break', { init: watchLoading });
      await waitFor(page, () => limber.state().audio.voiceArrived);
      const loading = await page.evaluate(() => ({ ...window.__loading, leftGlobal: 'limberVoice' in window }));
      assert.ok(loading.firstFrame !== null, 'the page painted');
      assert.ok(loading.voiceAsked > loading.firstFrame, `voice asked for at ${loading.voiceAsked} ms, first frame at ${loading.firstFrame} ms`);
      assert.equal(loading.coreUpAtAsk, true, 'the core was up before the voice was asked for');
      assert.equal(loading.leftGlobal, false, 'the sheet is handed to the core, not kept on the page');
      // Tones off: a cue plays only if its words are spoken.
      await page.click('#open-settings');  // a gesture: sound comes on
      await page.click('#set-tones');
      await page.keyboard.press('Escape');
      await waitFor(page, () => limber.state().audio.state === 'running');
      await page.evaluate(() => limber.start('v1/routine/micro-break'));
      await waitFor(page, () => limber.playedCues().some((p) => p.cue === 'next-up' && p.heardClockMs !== null));
      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  });
}
