// Bad input: a mangled or outdated link and damaged saved favourites each get a
// message naming what is wrong while the rest keeps working, no saved favourite is lost,
// and a routine's name is only ever shown as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import {
  assertClean, customLink, fragment, go, messages, openApp, reload, savedText, stored, text, texts, waitView,
} from './page-helpers.mjs';

const favouriteNames = (page) => texts(page, '#favourite-list > li h3 a');
const BAD_ENTRY = { link: 'v1/custom/X/cat-kow', addedAt: 1763900000000 };
const XSS = '<img src=x onerror=alert(1)>';
const messageButtons = (page) => page.$$eval('#messages button', (els) => els.map((b) => b.textContent).join('|'));

for (const browserName of BROWSERS) {
  describe(`page, bad links and damaged data, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('a mangled or outdated link names what is wrong; the home view works', async () => {
      const opened = await openApp(browser, '#v1/custom/X/cat-kow');
      const { page } = opened;
      await waitView(page, 'view-home');
      const cases = [
        ['v1/custom/X/cat-kow', "exercise 1 ('cat-kow'): there is no exercise 'cat-kow'"],
        ['v9/routine/micro-break', "version 'v9'"],
        ['garbage', "does not start with 'v1/'"],
        ['play/v1/routine/nope', "there is no routine 'nope'"],
      ];
      for (const [hash, what] of cases) {
        if (hash !== cases[0][0]) await go(page, hash);
        await waitFor(page, (w) => [...document.querySelectorAll('#messages [role=alert]')].some((m) => m.textContent.includes(w)), {}, what);
        const core = await page.evaluate((l) => limber.decodeLink(l).error, hash.replace(/^play\//, ''));
        const shown = await messages(page);
        assert.equal(shown.length, 1, 'one message about the link at a time');
        assert.equal(shown[0].role, 'alert');
        assert.equal(shown[0].text, `This link could not be opened: ${core}. Here are the routines instead.`);
        await waitView(page, 'view-home');
        assert.equal(await fragment(page), '', 'the URL says what is on screen: home');
      }
      await go(page, 'build/v1/custom/X/cat-kow', 'view-builder');
      assert.match((await messages(page)).at(-1).text, /^The routine to edit could not be opened: .*cat-kow/);
      assert.equal(await page.$eval('#builder-name', (el) => el.value), '');

      await go(page, '', 'view-home');
      await page.click('#routine-list a[href="#v1/routine/desk-break"]');
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), 'Desk break');
      assertClean(opened);
      await opened.close();
    });

    test('one bad saved favourite: reported, the rest shown, and kept when favourites change', async () => {
      const original = savedText('favourites', ['v1/routine/micro-break', BAD_ENTRY, 'v1/routine/relief-five']);
      const opened = await openApp(browser, '', { storage: { 'limber.favourites': original } });
      const { page } = opened;
      await waitView(page, 'view-home');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Five-stretch relief']);
      const [note] = await messages(page);
      assert.equal(note.role, 'status');
      assert.match(note.text, /^1 saved favourite could not be read \(entry 2 .*cat-kow.*\)\. It is kept as stored; the rest work\.$/);
      assert.equal(await stored(page, 'limber.favourites'), original, 'reading changes nothing');

      await page.click('#routine-list > li:has(a[href="#v1/routine/desk-break"]) button.star');
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Five-stretch relief', 'Desk break']);
      const read = await page.evaluate((t) => limber.readSaved('favourites', t), await stored(page, 'limber.favourites'));
      assert.deepEqual(read.entries.map((e) => e.link), ['v1/routine/micro-break', 'v1/routine/relief-five', 'v1/routine/desk-break']);
      assert.equal(read.skipped.length, 1);
      assert.deepEqual(JSON.parse(read.skipped[0].raw), BAD_ENTRY, 'the bad entry is kept as it was');
      await reload(page);
      assert.deepEqual(await favouriteNames(page), ['Micro-break', 'Five-stretch relief', 'Desk break']);
      assertClean(opened);
      await opened.close();
    });

    test('unreadable saved favourites: named, left byte for byte until the user sets them aside', async () => {
      const garbage = '{"format": "limber.favourites", "version": 1, "entries": [{"link": "v1/routine/micro-break"';
      const opened = await openApp(browser, '', { storage: { 'limber.favourites': garbage } });
      const { page } = opened;
      await waitView(page, 'view-home');
      const [alert] = await messages(page);
      assert.equal(alert.role, 'alert');
      assert.match(alert.text, /^Your saved favourites could not be used: .+\. They are left untouched; changes you make now last only /);
      assert.equal(await page.$eval('#favourites-empty', (el) => el.hidden), false);
      await page.click('#routine-list > li:has(a[href="#v1/routine/micro-break"]) button.star');
      assert.deepEqual(await favouriteNames(page), ['Micro-break'], 'starring works for this visit');
      assert.equal(await stored(page, 'limber.favourites'), garbage);
      await reload(page);
      assert.equal(await stored(page, 'limber.favourites'), garbage);
      assert.deepEqual(await favouriteNames(page), []);

      assert.equal(await messageButtons(page), 'Dismiss|Set the damaged favourites aside and start afresh');
      await page.click('#messages .message button:last-child');
      await waitFor(page, () => !document.querySelector('#messages [role=alert]'));
      assert.equal(await stored(page, 'limber.favourites.damaged'), garbage, 'the damaged text is kept under its own key');
      await page.click('#routine-list > li:has(a[href="#v1/routine/micro-break"]) button.star');
      const read = await page.evaluate((t) => limber.readSaved('favourites', t), await stored(page, 'limber.favourites'));
      assert.equal(read.error, null);
      assert.deepEqual(read.entries.map((e) => e.link), ['v1/routine/micro-break']);
      assertClean(opened);
      await opened.close();
    });

    test('favourites from a newer Limber: named, never overwritten', async () => {
      const newer = savedText('favourites', ['v1/routine/micro-break'], 99);
      const opened = await openApp(browser, '', { storage: { 'limber.favourites': newer } });
      const { page } = opened;
      await waitView(page, 'view-home');
      const [alert] = await messages(page);
      assert.equal(alert.role, 'alert');
      assert.match(alert.text, /newer Limber \(version 99\).*Changes you make now last only for this visit\.$/);
      assert.equal(await messageButtons(page), 'Dismiss', 'nothing to set aside: it is not damaged');
      await page.click('#routine-list > li:has(a[href="#v1/routine/desk-break"]) button.star');
      assert.equal(await stored(page, 'limber.favourites'), newer);
      await reload(page);
      assert.equal(await stored(page, 'limber.favourites'), newer);
      assertClean(opened);
      await opened.close();
    });

    test('a routine named like markup shows as those characters and runs nothing', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      const link = await customLink(page, { name: XSS, items: [{ exercise: 'shoulder-rolls', reps: 10, sets: 1, perSide: false }] });
      assert.match(link, /^v1\/custom\/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E\//);
      await go(page, link, 'view-routine');
      assert.equal(await text(page, '#routine-title'), XSS);
      assert.equal(await page.title(), `${XSS} — Limber`);
      await page.click('#routine-star button');
      await go(page, `play/${link}`, 'view-player');
      assert.equal(await text(page, '#player-title'), XSS);
      await go(page, '', 'view-home');
      assert.deepEqual(await favouriteNames(page), [XSS]);

      // Typed into the builder and saved: the same.
      await go(page, 'build', 'view-builder');
      await page.click('#builder-catalog button[aria-label="Add Cobra"]');
      await page.type('#builder-name', `${XSS} 2`);
      await waitFor(page, () => !document.getElementById('builder-save').disabled);
      await page.click('#builder-save');
      await waitView(page, 'view-routine');
      assert.equal(await text(page, '#routine-title'), `${XSS} 2`);
      await go(page, '', 'view-home');
      assert.deepEqual(await favouriteNames(page), [XSS, `${XSS} 2`]);
      assert.equal(await page.$$eval('img', (els) => els.length), 0, 'no element was made from the name');
      assertClean(opened);  // includes: no dialog opened
      await opened.close();
    });
  });
}
