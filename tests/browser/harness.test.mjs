// Self-test of the harness on a throwaway page; independent of the app.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import {
  BROWSERS, DIST_DIR, canvasPng, distUrl, foreignRequests, guardFindings, launch, maskedDiff, offOriginRequests, openPage,
  waitFor,
} from './harness.mjs';

// A static band on top, a red square sliding along y 40..60. Its position
// comes from the clock with a 1.6 s period, so two shots 300 ms (plus the
// capture time) apart never catch it at the same x.
const PAGE = `<!doctype html>
<html><body style="margin:0">
<canvas id="canvas" width="200" height="100"></canvas>
<button id="err">console.error</button>
<button id="throw">throw</button>
<script src="app.js"></script>
</body></html>`;
const APP = `
const ctx = document.getElementById('canvas').getContext('2d');
window.frameCount = 0;
requestAnimationFrame(function frame(t) {
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 200, 100);
  ctx.fillStyle = '#048'; ctx.fillRect(0, 0, 200, 20);
  ctx.fillStyle = '#f00'; ctx.fillRect(Math.floor(t / 10) % 160, 40, 20, 20);
  frameCount++;
  requestAnimationFrame(frame);
});
document.getElementById('err').onclick = () => console.error('clicked-error');
document.getElementById('throw').onclick = () => { throw new RangeError('clicked-throw'); };
`;
// A page whose policy forbids every image: loading one is a CSP violation.
const STRICT_PAGE = `<!doctype html>
<html><head><meta http-equiv="Content-Security-Policy" content="img-src 'none'"></head><body></body></html>`;
const BAND = { x: 0, y: 0, w: 200, h: 20 };
const TRACK = { x: 0, y: 40, w: 200, h: 20 };

const sleep = ms => new Promise(r => setTimeout(r, ms));

// Protocol events can land after the action that caused them has returned.
async function until(predicate, timeout = 5000) {
  for (const end = Date.now() + timeout; !predicate(); await sleep(20)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate}`);
  }
}

test('offOriginRequests keeps only what is not under distDir, data: or blob:', () => {
  const inDist = pathToFileURL(path.join(DIST_DIR, 'a/b.wasm')).href;
  const outside = pathToFileURL(path.join(DIST_DIR, '..', 'secret.js')).href;
  assert.equal(distUrl(), pathToFileURL(path.join(DIST_DIR, 'index.html')).href);
  assert.deepEqual(
    offOriginRequests([inDist + '?v=1', outside, 'data:,x', 'blob:null/1', 'http://127.0.0.1/x']),
    [outside, 'http://127.0.0.1/x'],
  );
  const page = pathToFileURL(path.join(DIST_DIR, 'index.html')).href;
  assert.deepEqual(foreignRequests(page, [inDist, outside, 'blob:null/1']), [outside]);
  assert.deepEqual(
    foreignRequests('http://127.0.0.1:8000/index.html',
      ['http://127.0.0.1:8000/a.js', 'blob:http://127.0.0.1:8000/1', 'http://127.0.0.1:8001/a.js', 'blob:http://x/1']),
    ['http://127.0.0.1:8001/a.js', 'blob:http://x/1'],
  );
});

for (const name of BROWSERS) {
  describe(name, () => {
    let dir, server, browser, tab;

    before(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'limber-harness-'));
      writeFileSync(path.join(dir, 'index.html'), PAGE);
      writeFileSync(path.join(dir, 'app.js'), APP);
      writeFileSync(path.join(dir, 'strict.html'), STRICT_PAGE);
      // Loopback only: proves an off-origin request is caught, no outside traffic.
      server = http.createServer((req, res) => {
        res.setHeader('Access-Control-Allow-Origin', '*'); // page origin is null
        res.end('ok');
      });
      await new Promise(r => server.listen(0, '127.0.0.1', r));
      browser = await launch(name);
      tab = await openPage(browser, pathToFileURL(path.join(dir, 'index.html')).href, { firstVisit: true });
      await waitFor(tab.page, n => window.frameCount > n, {}, 3);
      await waitFor(tab.page, 'window.frameCount > 4');
    });

    after(async () => {
      await browser?.close();
      server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('captures console errors and uncaught errors', async () => {
      assert.deepEqual(tab.consoleErrors, []);
      await tab.page.click('#err');
      await tab.page.click('#throw');
      await until(() => tab.consoleErrors.length && tab.pageErrors.length);
      assert.deepEqual(tab.consoleErrors, ['clicked-error']);
      // Chromium sometimes words it "Error: Uncaught RangeError: …"; the error itself must be there.
      assert.equal(tab.pageErrors.length, 1);
      assert.match(tab.pageErrors[0], /RangeError: clicked-throw$/);
    });

    test('canvas shots differ only where the square moves', async () => {
      const a = await canvasPng(tab.page);
      // Three frames and 100 ms later, however busy the machine: the square has moved.
      await tab.page.evaluate(() => new Promise((resolve) => {
        const [from, at] = [window.frameCount, performance.now()];
        requestAnimationFrame(function wait() {
          if (window.frameCount >= from + 3 && performance.now() - at >= 100) resolve();
          else requestAnimationFrame(wait);
        });
      }));
      const b = await canvasPng(tab.page);
      const img = PNG.sync.read(a);
      assert.deepEqual([img.width, img.height], [200, 100]);
      assert.ok(maskedDiff(a, b, [BAND]).changedPixels > 0, 'square should have moved');
      const masked = maskedDiff(a, b, [TRACK]);
      assert.equal(masked.changedPixels, 0);
      assert.equal(masked.totalPixels, 200 * 80);

      const band = await canvasPng(tab.page, '#canvas', { x: 0, y: 0, width: 200, height: 20 });
      const bandImg = PNG.sync.read(band);
      assert.deepEqual([bandImg.width, bandImg.height], [200, 20]);
      assert.deepEqual([...bandImg.data.subarray(0, 4)], [0, 0x44, 0x88, 255]);
    });

    test('requests: only the page\'s own files, and off-origin ones are caught', async () => {
      assert.deepEqual(offOriginRequests(tab.requests, dir), []);
      if (name === 'chromium') {
        // Firefox BiDi reports no file:// loads (see openPage).
        assert.ok(tab.requests.some(u => u.endsWith('/app.js')), tab.requests.join('\n'));
      }
      const url = `http://127.0.0.1:${server.address().port}/beacon`;
      assert.equal(await tab.page.evaluate(u => fetch(u).then(r => r.text()), url), 'ok');
      assert.deepEqual(offOriginRequests(tab.requests, dir), [url]);
      // The check after every test reports it too; taken here, so this test passes.
      assert.deepEqual(await guardFindings(), [`request to ${url} from ${tab.url}`]);
    });

    test('the check after every test reports CSP violations and cookies', async () => {
      const strict = await openPage(browser, pathToFileURL(path.join(dir, 'strict.html')).href, { firstVisit: true });
      // A loopback image: Firefox reports no violation for a blocked file: one.
      const beacon = `http://127.0.0.1:${server.address().port}/pixel.png`;
      await strict.page.evaluate((src) => { document.body.append(Object.assign(new Image(), { src })); }, beacon);
      await until(() => strict.cspViolations.length);
      await browser.setCookie({ name: 'tracker', value: '1', domain: '127.0.0.1', path: '/' });
      const found = await guardFindings();
      await browser.deleteCookie(...await browser.cookies());
      const all = found.join('\n');
      assert.ok(found.some((f) => f.startsWith(`CSP violation on ${strict.url}: img-src blocked ${beacon} `)), all);
      assert.ok(found.includes('cookie "tracker" for 127.0.0.1'), all);
      // Chromium also reports the blocked image as a request; nothing else is there.
      assert.equal(found.filter((f) => f !== `request to ${beacon} from ${strict.url}`).length, 2, all);
      assert.deepEqual(await guardFindings(), []);
      await strict.page.close();
    });
  });
}
