// The page's Content-Security-Policy holds it to its own files, and text from a link
// is only ever shown, never run. (Every test, in every file, is also checked for
// requests beyond the page's files, CSP violations and cookies: see harness.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, distUrl, guardFindings, launch, openPage, waitFor } from './harness.mjs';

// What a source list may hold: nothing remote, nothing that runs text as script or style.
const ALLOWED = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  // The silent media element that lets media keys reach the player (media-session.js).
  'media-src': ['blob:'],
  // The app's manifest, which the page links only when served over http(s) (install.js).
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function parsePolicy(text) {
  return Object.fromEntries(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

// Names that would be markup or script if the page ever treated them as HTML.
const HOSTILE_NAMES = [
  '<img src=x onerror="window.pwned=1">',
  '</title><script>window.pwned=2</script>',
  '"><svg onload=window.pwned=3>',
  "javascript:window.pwned=4//",
];

for (const browserName of BROWSERS) {
  describe(`security in ${browserName}`, () => {
    let browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
    });

    test('a strict Content-Security-Policy: own files only, wasm allowed, nothing inline', async () => {
      const opened = await openPage(browser, distUrl());
      const { page } = opened;
      await page.evaluate(() => limber.ready);
      const metas = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (els) => els.map((el) => el.content));
      assert.equal(metas.length, 1, 'one policy in the page');
      const policy = parsePolicy(metas[0]);
      assert.deepEqual(policy['default-src'], ["'none'"], 'whatever is not named is refused');
      assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
      for (const [name, sources] of Object.entries(policy)) {
        assert.ok(ALLOWED[name], `unexpected directive ${name}`);
        for (const source of sources) assert.ok(ALLOWED[name].includes(source), `${name} allows ${source}`);
      }
      // The browser enforces it: an inline script added to the page does not run, and the
      // page hears of the refusal.
      const refused = await page.evaluate(() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.head.append(s);
      }));
      assert.match(refused, /^script-src(-elem)?$/);
      assert.equal(await page.evaluate(() => window.inlineRan), undefined);
      for (const end = Date.now() + 10_000; !opened.cspViolations.length && Date.now() < end;) {
        await new Promise((resolve) => setTimeout(resolve, 20));  // the harness hears of it over the protocol
      }
      const found = await guardFindings();
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], /CSP violation on .*: script-src(-elem)? blocked inline/);
      await page.close();
    });

    test('a routine plays through with no CSP violation and no console error', async () => {
      const opened = await openPage(browser, `${distUrl()}#play/v1/routine/micro-break`);
      const { page } = opened;
      await page.setViewport({ width: 1000, height: 700 });
      await page.evaluate(() => limber.ready);
      await page.click('#start');  // a gesture: sound, captions and the page's own handlers all take part
      await page.evaluate(() => limber.setTimeScale(50));
      await waitFor(page, () => limber.state().screen === 'finished', { timeout: 30_000 });
      assert.deepEqual(opened.cspViolations, []);
      assert.deepEqual(opened.pageErrors, []);
      assert.deepEqual(opened.consoleErrors, []);
      await page.close();
    });

    test('script in a link is shown as text and never runs', async () => {
      const opened = await openPage(browser, distUrl());
      const { page } = opened;
      await page.evaluate(() => limber.ready);
      for (const name of HOSTILE_NAMES) {
        const link = `v1/custom/${encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}/shoulder-rolls.12reps`;
        const decoded = await page.evaluate((l) => limber.decodeLink(l), link);
        assert.equal(decoded.ok, true, `${link}: ${decoded.error}`);
        assert.equal(decoded.routine.name, name);
        // Routed by the page: the routine's own view, then its player, started.
        await page.evaluate((l) => { location.hash = l; }, link);
        await waitFor(page, (n) => document.getElementById('routine-title')?.textContent === n, {}, name);
        await page.evaluate((l) => { location.hash = `play/${l}`; }, link);
        await waitFor(page, (n) => document.getElementById('player-title')?.textContent === n, {}, name);
        await page.click('#start');
        await waitFor(page, () => limber.state().phase !== null);
      }
      // A link the codec refuses is reported as text too.
      await page.evaluate(() => { location.hash = 'v1/custom/<b onmouseover=window.pwned=5>x</b>/nope'; });
      await waitFor(page, () => [...document.querySelectorAll('[role="alert"]')].some((el) => /could not be opened/.test(el.textContent)));
      const result = await page.evaluate(() => ({
        pwned: window.pwned,
        injected: document.querySelectorAll('[onerror], [onload], [onmouseover], script:not([src])').length,
      }));
      assert.equal(result.pwned, undefined, 'a name ran as script');
      assert.equal(result.injected, 0, 'a name became markup');
      assert.deepEqual(opened.cspViolations, [], 'the policy had to stop something the page let through');
      assert.deepEqual(opened.pageErrors, []);
      await page.close();
    });
  });
}
