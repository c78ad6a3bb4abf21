// Shared by the page-*.test.mjs files: the page from dist/ in a fresh browser context
// (its own localStorage), with saved data and stubs in place before the page's scripts run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { distUrl, foreignRequests, openPage, waitFor } from './harness.mjs';

export const VIEWS = ['view-home', 'view-routine', 'view-player', 'view-finish', 'view-builder'];
const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

// Opens dist/index.html<hash> in a new browser context. `storage` is written to
// localStorage once, before the first load (a reload keeps what the page stored since);
// `setup(...setupArgs)` runs in the page before its own scripts on every load.
export async function openApp(browser, hash = '', {
  storage = {}, setup = null, setupArgs = [], viewport = { width: 1200, height: 900 }, contextOptions = {}, firstVisit = false,
} = {}) {
  const context = await browser.createBrowserContext(contextOptions);
  const host = {
    protocol: browser.protocol,
    async newPage() {
      const page = await context.newPage();
      await page.setViewport(viewport);
      // The saved data goes in from another of the page's own files, before the page's first
      // load, not from a script run as the document starts: in Chromium, localStorage touched
      // that early can belong to the first document alone, and a reload loses what it saved.
      if (Object.keys(storage).length) {
        await page.goto(distUrl('icon.svg'));
        await page.evaluate((seed) => {
          for (const [key, text] of Object.entries(seed)) localStorage.setItem(key, text);
        }, storage);
      }
      if (setup) await page.evaluateOnNewDocument(setup, ...setupArgs);
      return page;
    },
  };
  const opened = await openPage(host, `${distUrl()}${hash}`, { firstVisit });
  opened.dialogs = [];
  opened.unloadPrompts = [];
  // A reload mid-routine meets the browser's "leave this page?" prompt (the page asks for it
  // while a routine is in progress): it is answered "leave", as a user reloading would.
  opened.page.on('dialog', async (dialog) => {
    if (dialog.type() === 'beforeunload') {
      opened.unloadPrompts.push(dialog.message());
      await dialog.accept();
      return;
    }
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await ready(opened.page);
  opened.close = () => context.close();
  return opened;
}

// The core is up and the page has routed its first URL. The page's scripts may not have
// run yet when the load event is reported (Firefox, after a reload), so the API is awaited
// before its promise.
export async function ready(page) {
  await waitFor(page, () => window.limber?.ready);
  await page.evaluate(() => limber.ready.then(() => new Promise((r) => setTimeout(r, 0))));
}

export async function reload(page) {
  await page.reload({ waitUntil: 'load' });
  await ready(page);
}

export function assertClean(opened) {
  assert.deepEqual(opened.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(opened.consoleErrors, [], 'console errors');
  assert.deepEqual(foreignRequests(opened.url, opened.requests), [], 'requests beyond the page\'s own files');
  assert.deepEqual(opened.dialogs, [], 'dialogs opened by the page');
}

export const shownViews = (page) => page.evaluate((ids) => ids.filter((id) => !document.getElementById(id).hidden), VIEWS);

// The home view is in the HTML as built: shown is not enough, the page must have taken over.
export async function waitView(page, id) {
  await waitFor(page, (v) => !document.documentElement.classList.contains('starting') && !document.getElementById(v).hidden, {}, id);
  assert.deepEqual(await shownViews(page), [id], 'exactly one view is shown');
}

// Types `value` over what the field holds, key by key (a triple click does not select
// a number field's text in every browser).
export async function retype(page, selector, value) {
  await page.$eval(selector, (el) => { el.focus(); el.select(); });
  await page.keyboard.type(String(value));
}

export const text = (page, selector) => page.$eval(selector, (el) => el.textContent);
export const texts = (page, selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent));
export const fragment = (page) => page.evaluate(() => location.hash);
export const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
export const state = (page) => page.evaluate(() => limber.state());
export const focused = (page) => page.evaluate(() => document.activeElement.id);

// Lets the page draw `n` more frames: time for it to show a change, without a fixed sleep.
export const frames = (page, n = 3) => page.evaluate((k) => new Promise((resolve) => {
  const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(k);
}), n);

// Goes to #<hash> in the same document, as a click on a link would, and waits for `view`.
export async function go(page, hash, view) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  if (view) await waitView(page, view);
}

// The messages the page shows (role=alert or status), as text.
export const messages = (page) => page.$$eval('#messages .message', (els) => els.map((el) => ({
  role: el.getAttribute('role'), text: el.querySelector('p').textContent,
})));

// Saved favourites/history in the stored format (docs/saved-data.md).
export function savedText(kind, entries, version = 1) {
  const at = kind === 'favourites' ? 'addedAt' : 'finishedAt';
  return JSON.stringify({
    format: `limber.${kind}`,
    version,
    entries: entries.map((e) => (typeof e === 'string' ? { link: e, [at]: 1763900000000 } : e)),
  });
}

// A routine made by the core from {name, items}; its link and total time.
export const customLink = (page, routine) => page.evaluate((r) => {
  const made = limber.customRoutine(r);
  if (!made.ok) throw new Error(made.error);
  return made.routine.link;
}, routine);

// axe-core's violations on the page as it is now. Evaluated from the protocol, which no
// Content-Security-Policy of the page applies to (an added <script> could be blocked).
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // preload: false, or axe fetches the style sheets, which the page's CSP rightly refuses.
    const result = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
