// dist/ works unchanged from a static http server, not only from file://.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, foreignRequests, launch, openPage, waitFor } from './harness.mjs';
import { serveDist } from './static-server.mjs';

describe('dist/ over http', () => {
  let server;
  before(async () => {
    server = await serveDist();
  });
  after(() => server.close());

  for (const browserName of BROWSERS) {
    test(`${browserName}: the same page starts and plays from http://127.0.0.1`, async () => {
      const browser = await launch(browserName);
      try {
        const { origin } = server;
        const { page, consoleErrors, pageErrors, requests } = await openPage(browser, `${origin}/index.html`, { firstVisit: true });
        await page.evaluate(() => limber.ready);
        await page.evaluate(() => { limber.setTimeScale(4); limber.start(); });
        await waitFor(page, () => limber.state().phase === 'work');
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(consoleErrors, []);
        assert.deepEqual(foreignRequests(`${origin}/`, requests), [], 'requests to other origins');
      } finally {
        await browser.close();
      }
    });
  }
});
