// Served over http, dist/ is an installable app that starts offline, and a new build
// waits for the routine in progress to end before it offers itself; from file:// there
// is no manifest and no service worker, and nothing errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, distUrl, launch, openPage, waitFor } from './harness.mjs';
import { serveDist } from './static-server.mjs';

const controlled = (page) => waitFor(page, () => navigator.serviceWorker.controller !== null, { timeout: 20_000 });
const cacheNames = (page) => page.evaluate(() => caches.keys());
const offer = (page) => page.evaluate(() => document.querySelector('#messages [data-id="new-version"]')?.textContent ?? null);

for (const browserName of BROWSERS) {
  describe(`the app, installed and offline, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('from file:// there is no manifest and no service worker, and nothing errors', async () => {
      const opened = await openPage(browser, distUrl(), { firstVisit: true });
      const { page } = opened;
      await page.evaluate(() => limber.ready);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
      assert.equal(await page.$('link[rel="manifest"]'), null);
      assert.equal(await page.evaluate(() => document.querySelector('#messages')?.textContent ?? ''), '');
      assert.deepEqual(opened.consoleErrors, []);
      assert.deepEqual(opened.pageErrors, []);
      await page.close();
    });

    test('over http it installs a service worker, and reloads with the server gone', async () => {
      const server = await serveDist();
      try {
        const opened = await openPage(browser, `${server.origin}/`, { firstVisit: true });
        const { page } = opened;
        await page.evaluate(() => limber.ready);
        await controlled(page);
        const [build] = await cacheNames(page);
        assert.match(build, /^limber-[0-9a-f]{16}$/);
        if (browserName === 'chromium') {
          const cdp = await page.createCDPSession();
          const manifest = await cdp.send('Page.getAppManifest');
          assert.deepEqual(manifest.errors, []);
          assert.match(manifest.data, /"short_name": "Limber"/);
          const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
          assert.deepEqual(installabilityErrors, [], 'Chromium would offer to install the app');
        }
        await server.close();
        await page.reload({ waitUntil: 'load' });
        await page.evaluate(() => limber.ready);
        assert.equal(await page.evaluate(() => document.getElementById('view-home').hidden), false);
        await page.evaluate(() => { limber.setTimeScale(4); limber.start('v1/routine/micro-break'); });
        await waitFor(page, () => limber.state().phase === 'work');
        await page.evaluate(() => limber.leave());
        assert.deepEqual(opened.pageErrors, []);
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.cspViolations, []);
        await page.close();
      } finally {
        await server.close();
      }
    });

    test('a new build waits until the routine in progress ends, then offers to reload', async () => {
      let next = false;
      // The next build differs in its service worker's build name, as any change to dist/ makes it.
      const server = await serveDist({
        edit: (name, body) => (next && name === 'sw.js' ? body.toString().replace(/"limber-([0-9a-f]{16})"/, '"limber-$1-next"') : body),
      });
      try {
        const opened = await openPage(browser, `${server.origin}/`, { firstVisit: true });
        const { page } = opened;
        await page.evaluate(() => limber.ready);
        await controlled(page);
        const [first] = await cacheNames(page);
        assert.equal(await offer(page), null, 'a first visit has nothing to update');

        await page.evaluate(() => { location.hash = 'play/v1/routine/micro-break'; });
        await waitFor(page, () => !document.getElementById('view-player').hidden);
        // At its own pace (2 min), so the new build has time to install mid-routine.
        await page.evaluate(() => limber.start('v1/routine/micro-break'));
        await waitFor(page, () => limber.state().phase === 'work');
        next = true;
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
        await waitFor(page, () => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null), { timeout: 20_000 });
        // Mid-routine: no offer, the old build still runs the page, the routine goes on.
        const before = (await page.evaluate(() => limber.state())).elapsedMs;
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
        assert.equal(await offer(page), null);
        assert.ok((await page.evaluate(() => limber.state())).elapsedMs > before);
        assert.deepEqual((await cacheNames(page)).sort(), [first, `${first}-next`].sort());

        await page.evaluate(() => limber.setTimeScale(60));
        await waitFor(page, () => !document.getElementById('view-finish').hidden, { timeout: 20_000 });
        await waitFor(page, () => document.querySelector('#messages [data-id="new-version"]') !== null);
        assert.match(await offer(page), /A new version of Limber is ready/);
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.click('#messages [data-id="new-version"] p button'),
        ]);
        await page.evaluate(() => limber.ready);
        await controlled(page);
        assert.deepEqual(await cacheNames(page), [`${first}-next`], 'the new build took over and the old one is gone');
        assert.equal(await offer(page), null);
        assert.deepEqual(opened.pageErrors, []);
        assert.deepEqual(opened.consoleErrors, []);
        await page.close();
      } finally {
        await server.close();
      }
    });
  });
}
