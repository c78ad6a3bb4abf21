// Keeping routines: a star on every routine, the favourites list on the home
// view, kept in localStorage across reloads, exported to and imported from a JSON file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import {
  assertClean, go, messages, openApp, reload, savedText, stored, text, texts, waitView,
} from './page-helpers.mjs';

const favouriteLinks = async (page) => {
  const saved = await stored(page, 'limber.favourites');
  return saved === null ? [] : page.evaluate((t) => limber.readSaved('favourites', t).entries.map((e) => e.link), saved);
};
const pressed = (page, selector) => page.$eval(selector, (b) => b.getAttribute('aria-pressed'));
const favouriteNames = (page) => texts(page, '#favourite-list > li h3 a');

for (const browserName of BROWSERS) {
  describe(`page, favourites, in ${browserName}`, () => {
    let browser;
    let downloads;
    before(async () => {
      browser = await launch(browserName);
      downloads = mkdtempSync(path.join(os.tmpdir(), 'limber-downloads-'));
    });
    after(async () => {
      await browser?.close();
      rmSync(downloads, { recursive: true, force: true });
    });

    test('a bookmarked player: play, star, reload, and the favourite is still there', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.equal(await text(page, '#player-title'), 'Desk break');
      await page.click('#start');
      await waitFor(page, () => limber.state().routine === 'desk-break' && limber.state().elapsedMs > 300);
      assert.equal(await pressed(page, '#player-star button'), 'false');
      await page.click('#player-star button');
      assert.equal(await pressed(page, '#player-star button'), 'true');
      assert.equal(await text(page, '#player-star button'), '★ Starred');
      assert.deepEqual(await favouriteLinks(page), ['v1/routine/desk-break']);

      await reload(page);
      await waitView(page, 'view-player');
      assert.equal(await text(page, '#player-title'), 'Desk break');
      assert.equal(await pressed(page, '#player-star button'), 'true');
      assert.equal(await page.$eval('#start', (el) => el.hidden), false, 'a reload waits for Start');
      await go(page, '', 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Desk break']);
      assert.equal(await page.$eval('#favourites-empty', (el) => el.hidden), true);
      await reload(page);
      await waitView(page, 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Desk break']);
      assertClean(opened);
      await opened.close();
    });

    test('star and unstar from the home cards, the routine view and the favourites list', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.deepEqual(await favouriteNames(page), []);
      assert.equal(await page.$eval('#favourites-empty', (el) => el.hidden), false);
      const card = '#routine-list > li:has(a[href="#v1/routine/micro-break"]) button.star';
      await page.click(card);
      assert.equal(await pressed(page, card), 'true');
      assert.deepEqual(await favouriteNames(page), ['Micro-break']);
      assert.equal(await pressed(page, '#favourite-list button.star'), 'true');

      await go(page, 'v1/routine/relief-five', 'view-routine');
      await page.click('#routine-star button');
      assert.equal(await pressed(page, '#routine-star button'), 'true');
      await go(page, '', 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Five-stretch relief']);
      assert.deepEqual(await favouriteLinks(page), ['v1/routine/micro-break', 'v1/routine/relief-five']);

      // Unstarred from its favourite card: gone from the list, and no star elsewhere says otherwise.
      await page.click('#favourite-list > li:first-child button.star');
      assert.deepEqual(await favouriteNames(page), ['Five-stretch relief']);
      assert.equal(await pressed(page, card), 'false');
      assert.deepEqual(await favouriteLinks(page), ['v1/routine/relief-five']);
      await reload(page);
      assert.deepEqual(await favouriteNames(page), ['Five-stretch relief']);
      assert.equal(await pressed(page, card), 'false');
      assertClean(opened);
      await opened.close();
    });

    test('export saves the favourites as a JSON file the reader accepts', { skip: browserName !== 'chromium' && 'where downloads go is set over CDP only' }, async () => {
      const opened = await openApp(browser, '', {
        contextOptions: { downloadBehavior: { policy: 'allow', downloadPath: downloads } },
        storage: { 'limber.favourites': savedText('favourites', ['v1/routine/micro-break', 'v1/custom/Mine/cat-cow.12reps']) },
      });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#export-favourites');
      const name = await (async () => {
        for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
          const done = readdirSync(downloads).find((f) => f.endsWith('.json'));
          if (done) return done;
        }
        throw new Error('no file was downloaded');
      })();
      assert.match(name, /^limber-favourites-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = readFileSync(path.join(downloads, name), 'utf8');
      const read = await page.evaluate((t) => limber.readSaved('favourites', t), exported);
      assert.equal(read.error, null);
      assert.deepEqual(read.entries.map((e) => e.link), ['v1/routine/micro-break', 'v1/custom/Mine/cat-cow.12reps']);
      assert.equal(JSON.parse(exported).format, 'limber.favourites');
      assertClean(opened);
      await opened.close();
    });

    test('import adds the favourites of a file, skips its bad entry and refuses a non-JSON file', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'limber-import-'));
      const file = (name, body) => { writeFileSync(path.join(dir, name), body); return path.join(dir, name); };
      const good = file('good.json', savedText('favourites', ['v1/routine/micro-break', 'v1/routine/desk-break']));
      const oneBad = file('one-bad.json', savedText('favourites', [
        'v1/routine/strengthening', { link: 'v1/custom/X/cat-kow', addedAt: 1763900000000 }, 'v1/routine/physio-set']));
      const notJson = file('notes.txt', 'my favourite routines: cat-cow, the twist');
      const opened = await openApp(browser, '', { storage: { 'limber.favourites': savedText('favourites', ['v1/routine/micro-break']) } });
      const { page } = opened;
      try {
        await waitView(page, 'view-home');
        const upload = async (p) => {
          const input = await page.$('#import-file');
          await input.uploadFile(p);
          await waitFor(page, () => document.querySelector('#messages [data-id="import"]'));
          const found = (await messages(page)).at(-1);
          await page.$eval('#messages [data-id="import"] button', (b) => b.click());
          return found;
        };
        assert.deepEqual(await upload(good), { role: 'status', text: 'Imported 1 favourite from good.json.' });
        assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk break']);

        const bad = await upload(oneBad);
        assert.equal(bad.role, 'status');
        assert.match(bad.text, /^Imported 2 favourites from one-bad\.json; 1 could not be read \(entry 2 .*cat-kow.*\)\.$/);
        assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk break', 'Back strengthening', 'Physio set']);

        const before = await stored(page, 'limber.favourites');
        const refused = await upload(notJson);
        assert.equal(refused.role, 'alert');
        assert.match(refused.text, /^notes\.txt could not be imported: .+\. Your favourites are unchanged\.$/);
        assert.equal(await stored(page, 'limber.favourites'), before);
        assert.equal((await favouriteNames(page)).length, 4);
        await reload(page);
        assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Desk break', 'Back strengthening', 'Physio set']);
        assertClean(opened);
      } finally {
        await opened.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
