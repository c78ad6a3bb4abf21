// dist/ works unchanged from a static http server, not only from file://.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { BROWSERS, DIST_DIR, launch, openPage, waitFor } from './harness.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

// The plainest static host: files as they are, by path, on loopback.
function serveDist() {
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(DIST_DIR, rel);
    if (!file.startsWith(DIST_DIR)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

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
        const origin = `http://127.0.0.1:${server.address().port}`;
        const { page, consoleErrors, pageErrors, requests } = await openPage(browser, `${origin}/index.html`, { firstVisit: true });
        await page.evaluate(() => limber.ready);
        await page.evaluate(() => { limber.setTimeScale(4); limber.start(); });
        await waitFor(page, () => limber.state().phase === 'work');
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(consoleErrors, []);
        const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
        assert.deepEqual(foreign, [], 'requests to other origins');
      } finally {
        await browser.close();
      }
    });
  }
});
