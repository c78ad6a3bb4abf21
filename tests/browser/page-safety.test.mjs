// Safety first: before the first routine starts the page shows the catalog's safety note
// and starts only once it is read (then never asks again); the note stays one click away
// in the header and under every view; a stored answer that cannot be read asks again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, axeViolations, messages, openApp, reload, text, texts, waitView } from './page-helpers.mjs';

const noteShown = (page) => page.$eval('#safety', (d) => d.open);
const screen = (page) => page.evaluate(() => limber.state().screen);

async function theNote(page) {
  return {
    title: await text(page, '#safety-title'),
    advice: await texts(page, '#safety-advice li'),
    warning: await text(page, '#safety-warning'),
    signs: await texts(page, '#safety-signs li'),
  };
}

// The catalog's note, as the page is given it.
const catalogNote = (page) => page.evaluate(() => limber.catalog().safety);

for (const browserName of BROWSERS) {
  describe(`page, the safety note, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('a first visit: the quick break waits for the note; "Not now" starts nothing; once read it starts, and is remembered', async () => {
      const opened = await openApp(browser, '', { firstVisit: true });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#quick-break');
      await waitFor(page, () => document.getElementById('safety').open);
      const note = await catalogNote(page);
      assert.deepEqual(await theNote(page), {
        title: note.title, advice: note.advice, warning: `${note.warning}:`, signs: note.warningSigns,
      });
      assert.ok(note.warningSigns.some((s) => /numbness/.test(s)) && note.advice.some((a) => /physiotherapist/.test(a)));
      assert.equal(await page.$eval('#safety-first', (el) => el.hidden), false);
      assert.equal(await page.$eval('#safety-close', (el) => el.hidden), true);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'safety-title', 'read from its top');
      assert.notEqual(await screen(page), 'player', 'nothing starts before the note is read');
      assert.deepEqual(await axeViolations(page), []);

      await page.click('#safety-later');
      assert.equal(await noteShown(page), false);
      await waitView(page, 'view-player');
      assert.notEqual(await screen(page), 'player');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'start');

      await page.click('#start');
      await waitFor(page, () => document.getElementById('safety').open);
      await page.click('#safety-start');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal(await noteShown(page), false);

      await reload(page);
      await waitView(page, 'view-player');
      await page.click('#start');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal(await noteShown(page), false, 'read once, never asked again');
      assertClean(opened);
      await opened.close();
    });

    test('Esc on the first-visit note is "not now"', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { firstVisit: true });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await waitFor(page, () => document.getElementById('safety').open);
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.getElementById('safety').open);
      assert.notEqual(await screen(page), 'player');
      assert.equal(await page.evaluate(() => localStorage.getItem('limber.safety')), null, 'nothing is remembered');
      assertClean(opened);
      await opened.close();
    });

    test('always reachable: the header and the line under every view open the note, with Close and no start', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      for (const opener of ['#open-safety', '#safety-more']) {
        await page.click(opener);
        await waitFor(page, () => document.getElementById('safety').open);
        assert.equal(await page.$eval('#safety-first', (el) => el.hidden), true);
        assert.equal(await page.evaluate(() => document.activeElement.id), 'safety-title');
        assert.ok((await texts(page, '#safety-signs li')).length >= 6);
        await page.click('#safety-close');
        assert.equal(await noteShown(page), false);
        assert.equal(await screen(page), 'home');
      }
      assertClean(opened);
      await opened.close();
    });

    test('a stored answer that cannot be read: the page says so and shows the note again before starting', async () => {
      const opened = await openApp(browser, '#play/v1/routine/micro-break', { firstVisit: true, storage: { 'limber.safety': '{"read": tru' } });
      const { page } = opened;
      await waitView(page, 'view-player');
      assert.ok((await messages(page)).some((m) => m.text.includes('limber.safety')), 'the damaged setting is reported');
      await page.click('#start');
      await waitFor(page, () => document.getElementById('safety').open);
      await page.click('#safety-start');
      await waitFor(page, () => limber.state().screen === 'player');
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('limber.safety')).read), true);
      assertClean(opened);
      await opened.close();
    });
  });
}
