// Bookmarks: the URL always says what is on screen, a reload of any URL reopens
// exactly that, back and forward walk the views, and "Copy link" hands over the link.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, customLink, fragment, openApp, reload, text, waitView } from './page-helpers.mjs';

// A clipboard the test can let succeed or refuse, recording what was written.
function clipboardStub() {
  window.clipboardLog = { refuse: false, written: [] };
  Object.defineProperty(Navigator.prototype, 'clipboard', {
    configurable: true,
    get: () => ({
      async writeText(t) {
        if (window.clipboardLog.refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
        window.clipboardLog.written.push(t);
      },
    }),
  });
}

const back = (page) => page.evaluate(() => history.back());
const forward = (page) => page.evaluate(() => history.forward());

for (const browserName of BROWSERS) {
  describe(`page, bookmarks, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('the URL follows every view; each URL reopens its view on reload', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.equal(await fragment(page), '');

      await page.click('#routine-list a[href="#v1/routine/instant-relief"]');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), '#v1/routine/instant-relief');
      await reload(page);
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Instant relief');

      await page.click('#routine-start');
      await waitView(page, 'view-player');
      assert.equal(await fragment(page), '#play/v1/routine/instant-relief');
      await reload(page);
      await waitView(page, 'view-player');
      assert.equal(await text(page, '#player-title'), 'Instant relief');
      assert.equal(await page.evaluate(() => limber.state().screen), 'home', 'a reopened player waits for Start');

      await page.click('nav a[href="#build"]');
      await waitView(page, 'view-builder');
      assert.equal(await fragment(page), '#build');
      await page.click('#builder-catalog button[aria-label="Add Cat-cow"]');
      await page.type('#builder-name', 'Floor five');
      await waitFor(page, () => location.hash.startsWith('#build/v1/custom/'));
      const draft = (await fragment(page)).slice('#build/'.length);
      assert.equal(draft, await customLink(page, { name: 'Floor five', items: [{ exercise: 'cat-cow', reps: 10, sets: 1, perSide: false }] }));
      await reload(page);
      await waitView(page, 'view-builder');
      assert.equal(await page.$eval('#builder-name', (el) => el.value), 'Floor five');
      assert.equal(await page.$$eval('#builder-items > li', (els) => els.length), 1);

      await page.evaluate((l) => { location.hash = l; }, draft);
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Floor five');
      await reload(page);
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Floor five');
      assertClean(opened);
      await opened.close();
    });

    test('back and forward walk through home, a routine and its player', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#routine-list a[href="#v1/routine/physio-set"]');
      await waitView(page, 'view-routine');
      await page.click('#routine-start');
      await waitView(page, 'view-player');
      await waitFor(page, () => limber.state().screen === 'player');
      await back(page);
      await waitFor(page, () => document.getElementById('leave-confirm').open);  // the routine is in progress: it asks first
      await page.click('#leave-go');
      await waitView(page, 'view-routine');
      assert.equal(await fragment(page), '#v1/routine/physio-set');
      assert.equal(await page.evaluate(() => limber.state().screen), 'home', 'going back leaves the player');
      await back(page);
      await waitView(page, 'view-home');
      await forward(page);
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Physio set');
      await forward(page);
      await waitView(page, 'view-player');
      assert.equal(await text(page, '#player-title'), 'Physio set');
      assertClean(opened);
      await opened.close();
    });

    test('Copy link copies the page\'s URL, or shows it to copy by hand when the clipboard is refused', async () => {
      const opened = await openApp(browser, '#v1/routine/desk-break', { setup: clipboardStub });
      const { page } = opened;
      await waitView(page, 'view-routine');
      const url = await page.evaluate(() => location.href);
      assert.ok(url.startsWith('file://') && url.endsWith('#v1/routine/desk-break'));
      await page.click('#routine-copy');
      await waitFor(page, () => document.getElementById('routine-link-status').textContent !== '');
      assert.equal(await text(page, '#routine-link-status'), 'Link copied.');
      assert.deepEqual(await page.evaluate(() => window.clipboardLog.written), [url]);

      await page.evaluate(() => { window.clipboardLog.refuse = true; });
      await page.click('#routine-copy');
      await waitFor(page, () => document.getElementById('routine-link-status').textContent !== 'Link copied.');
      assert.equal(await text(page, '#routine-link-status'), `Copy this link: ${url}`);

      await page.click('#routine-start');
      await waitView(page, 'view-player');
      await page.click('#player-copy');
      await waitFor(page, () => document.getElementById('player-notice').textContent.startsWith('Copy this link'));
      assert.equal(await text(page, '#player-notice'), `Copy this link: ${url.replace('#v1/', '#play/v1/')}`);
      assertClean(opened);
      await opened.close();
    });

    test('Copy link with the browser\'s own clipboard: copied, or the link shown', async () => {
      const opened = await openApp(browser, '#v1/routine/desk-break');
      const { page } = opened;
      await waitView(page, 'view-routine');
      const url = await page.evaluate(() => location.href);
      await page.click('#routine-copy');
      await waitFor(page, () => document.getElementById('routine-link-status').textContent !== '');
      const status = await text(page, '#routine-link-status');
      assert.ok(status === 'Link copied.' || status === `Copy this link: ${url}`, status);
      assertClean(opened);
      await opened.close();
    });
  });
}
