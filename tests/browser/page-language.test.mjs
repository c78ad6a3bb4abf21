// The page in the reader's language: the browser's preferred one, or one chosen in
// Settings and remembered; changed mid-routine without losing the routine's place; links
// that name no language. Expected words come from the language packs themselves
// (assets/lang/<code>.json), so the test checks that the page shows the pack's words where
// the English ones stood, not what a translation says.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, REPO_ROOT, launch, waitFor } from './harness.mjs';
import { assertClean, frames, messages, openApp, reload, state, stored, text, texts, waitView } from './page-helpers.mjs';

const pack = (code) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, `assets/lang/${code}.json`), 'utf8'));
const PACKS = { de: pack('de'), fr: pack('fr'), es: pack('es') };
const ENGLISH = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'assets/catalog.json'), 'utf8'));
const namesAnEnglishExercise = (caption) => ENGLISH.exercises.some((e) => caption.includes(e.name));
const chosen = (code) => ({ 'limber.language': JSON.stringify({ version: 1, choice: code }) });

// Routine and exercise names as a pack gives them, by id.
const routineName = (p, id) => p.catalog.routines[id].name;
const exerciseName = (p, id) => p.catalog.exercises[id].name;

// The home view's words where the English stood: heading, navigation, the routine cards.
async function homeWords(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.getElementById('home-title').textContent,
    nav: document.querySelector('nav a[href="#routines"]').textContent,
    cards: [...document.querySelectorAll('#routine-list h3 a')].map((a) => a.textContent),
    settings: document.getElementById('settings-title').textContent,
  }));
}

for (const browserName of BROWSERS) {
  describe(`page, languages, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('a browser that prefers German gets the page, the catalog and its title in German', async () => {
      const german = await launch(browserName, { languages: 'de-DE,de,en' });
      try {
        const opened = await openApp(german);
        const { page } = opened;
        await waitView(page, 'view-home');
        const de = PACKS.de;
        const shown = await homeWords(page);
        assert.equal(shown.lang, 'de');
        assert.equal(shown.title, de.page['home.title']);
        assert.equal(shown.nav, de.page['nav.routines']);
        assert.equal(shown.settings, de.page['settings.title']);
        const ids = await page.evaluate(() => limber.catalog().routines.map((r) => r.id));
        assert.deepEqual(shown.cards, ids.map((id) => routineName(de, id)));
        assert.equal(await page.evaluate(() => document.title), de.page['title.home']);
        assert.equal(await page.$eval('#set-language', (el) => el.value), '', 'the setting stays "the browser\'s language"');
        assertClean(opened);
        await opened.close();
      } finally {
        await german.close();
      }
    });

    for (const code of Object.keys(PACKS)) {
      test(`a routine played in ${PACKS[code].name}: readout, steps and captions in its words, said by its own voice`, async () => {
        const p = PACKS[code];
        const opened = await openApp(browser, '#play/v1/routine/desk-break', { storage: chosen(code) });
        const { page } = opened;
        await waitView(page, 'view-player');
        assert.equal(await page.evaluate(() => limber.info().language), code);
        await page.click('#start');  // a gesture: sound comes on
        await page.evaluate(() => limber.setTimeScale(8));
        const first = (await state(page)).exerciseId;
        assert.equal(await text(page, '#exercise-name'), exerciseName(p, first));
        assert.deepEqual(await texts(page, '#exercise-steps li'), p.catalog.exercises[first].steps);
        assert.equal(await text(page, '#player-title'), routineName(p, 'desk-break'));
        // Through the get-ready and into the first breaths: every caption is a phrase of the pack's.
        await waitFor(page, () => limber.cues().length >= 4, { timeout: 20_000 });
        await page.evaluate(() => limber.pause());
        await frames(page);
        const captions = await page.evaluate(() => limber.cues().map((c) => c.caption));
        for (const caption of captions) {
          assert.ok(caption, 'every cue has a caption');
          assert.ok(!namesAnEnglishExercise(caption), `"${caption}" names an exercise in English`);
        }
        assert.ok(captions.some((c) => c.includes(exerciseName(p, first))), `no caption names ${exerciseName(p, first)}: ${captions.join(' | ')}`);
        assert.ok(captions.some((c) => p.catalog.speech.numbers.includes(c)), `no caption counts in the pack's numbers: ${captions.join(' | ')}`);
        // Cues are logged a little ahead of their time: the one on screen is among them.
        assert.ok(captions.includes(await text(page, '#caption')), 'the caption on screen is a cue\'s');
        // The language's own clips (voice-<code>.js) speak once they arrive, and no other's ever.
        await page.evaluate(() => limber.resume());
        await waitFor(page, (c) => limber.playedCues().some((cue) => cue.voice === c), { timeout: 30_000 }, code);
        const played = await page.evaluate(() => limber.playedCues());
        assert.deepEqual(played.filter((c) => c.voice !== null && c.voice !== code), [], 'no clip in another language was said');
        assertClean(opened);
        await opened.close();
      });
    }

    test('in English the coach says the English clips', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break', { storage: chosen('en') });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await page.evaluate(() => limber.setTimeScale(8));
      await waitFor(page, () => limber.playedCues().some((c) => c.voice === 'en'), { timeout: 20_000 });
      assertClean(opened);
      await opened.close();
    });

    test('switching language mid-routine keeps its place; the choice is remembered across a reload', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await page.evaluate(() => limber.setTimeScale(4));
      await waitFor(page, () => limber.state().phase === 'work', { timeout: 20_000 });
      const before = await state(page);
      await page.click('#open-settings');
      await page.select('#set-language', 'fr');
      const fr = PACKS.fr;
      await waitFor(page, (name) => document.getElementById('exercise-name').textContent === name, {}, exerciseName(fr, before.exerciseId));
      const after = await state(page);
      assert.equal(after.run, before.run, 'the same run goes on');
      assert.equal(after.exerciseId, before.exerciseId);
      assert.ok(after.elapsedMs >= before.elapsedMs, 'its time did not go back');
      assert.equal(await text(page, '#player-title'), routineName(fr, 'desk-break'));
      assert.equal(await text(page, '#restart'), fr.page['player.restart']);
      assert.deepEqual(await texts(page, '#exercise-steps li'), fr.catalog.exercises[before.exerciseId].steps);
      assert.equal(JSON.parse(await stored(page, 'limber.language')).choice, 'fr');
      // The next cue is captioned in French.
      const from = await page.evaluate(() => limber.cues().length);
      await waitFor(page, (n) => limber.cues().length > n, { timeout: 20_000 }, from);
      const caption = await page.evaluate((n) => limber.cues(n)[0].caption, from);
      assert.ok(!Object.values(ENGLISH.speech?.phrases ?? {}).includes(caption) && !namesAnEnglishExercise(caption),
        `"${caption}" is not in French`);
      await page.keyboard.press('Escape');  // the settings dialog
      await page.evaluate(() => { location.hash = ''; });
      await reload(page);
      await waitView(page, 'view-home');
      const shown = await homeWords(page);
      assert.equal(shown.lang, 'fr');
      assert.equal(shown.title, fr.page['home.title']);
      assert.equal(await page.$eval('#set-language', (el) => el.value), 'fr');
      // Back to the browser's language: English again, the cards too.
      await page.click('#open-settings');
      await page.select('#set-language', '');
      await waitFor(page, () => document.documentElement.lang === 'en');
      assert.equal(await text(page, '#home-title'), 'Stretch breaks for your back');
      const names = await page.evaluate(() => limber.catalog().routines.map((r) => r.name));
      assert.deepEqual((await homeWords(page)).cards, names);
      assert.equal(await page.evaluate(() => limber.info().language), 'en');
      assertClean(opened);
      await opened.close();
    });

    test('after a switch mid-routine the new language\'s voice speaks, and the old one never again', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break', { storage: chosen('en') });
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await page.evaluate(() => limber.setTimeScale(4));
      await waitFor(page, () => limber.playedCues().some((c) => c.voice === 'en'), { timeout: 20_000 });
      await page.click('#open-settings');
      await page.select('#set-language', 'fr');
      await waitFor(page, () => limber.info().language === 'fr');
      const playedBefore = await page.evaluate(() => limber.playedCues().length);
      await waitFor(page, () => limber.playedCues().some((c) => c.voice === 'fr'), { timeout: 30_000 });
      const saidSince = await page.evaluate((n) => limber.playedCues().slice(n).map((c) => c.voice), playedBefore);
      assert.deepEqual(saidSince.filter((voice) => voice !== null && voice !== 'fr'), [], 'a clip in another language was said after the switch');
      assertClean(opened);
      await opened.close();
    });

    test('the player\'s notice, its sound button and the finish view are written again in a new language', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break', { storage: chosen('en') });
      const { page } = opened;
      await waitView(page, 'view-player');
      const choose = async (code) => {
        await page.click('#open-settings');
        await page.select('#set-language', code);
        await page.keyboard.press('Escape');
      };
      const soundButton = (p) => page.evaluate(() => limber.state().audio.enabled)
        .then((on) => p.page['player.sound'] + p.page[on ? 'sound.stateOn' : 'sound.stateOff']);
      await choose('de');
      const de = PACKS.de;
      await waitFor(page, (words) => document.getElementById('player-notice').textContent.startsWith(words), {}, de.page['player.pressStart']);
      assert.equal(await text(page, '#toggle-sound'), await soundButton(de));
      await page.evaluate(() => { limber.start('v1/custom/Ten%20rolls/shoulder-rolls'); limber.setTimeScale(50); });
      await waitView(page, 'view-finish');
      assert.equal(await text(page, '#finish-title'), de.page['finish.wellDone'].replace('{name}', 'Ten rolls'));
      await choose('fr');
      const fr = PACKS.fr;
      await waitFor(page, (title) => document.getElementById('finish-title').textContent === title, {},
        fr.page['finish.wellDone'].replace('{name}', 'Ten rolls'));
      const item = await text(page, '#finish-done li');
      assert.ok(item.includes(exerciseName(fr, 'shoulder-rolls')), `"${item}" does not name the exercise in French`);
      assert.ok(item.includes(fr.page['finish.done']), `"${item}" does not say it was done in French`);
      assert.equal(await text(page, '#toggle-sound'), await soundButton(fr));
      assertClean(opened);
      await opened.close();
    });

    test('a pack missing a word leaves the page and the core in English, and says why', async () => {
      // The German pack as loaded, with one of the page's words taken out.
      const damage = () => {
        Object.defineProperty(window, 'limberLanguage', {
          configurable: true,
          set(pack) {
            delete pack.page['nav.routines'];
            Object.defineProperty(window, 'limberLanguage', { value: pack, writable: true, configurable: true });
          },
        });
      };
      const opened = await openApp(browser, '', { storage: chosen('de'), setup: damage });
      const { page } = opened;
      await waitView(page, 'view-home');
      const shown = await homeWords(page);
      assert.equal(shown.lang, 'en');
      assert.equal(shown.title, 'Stretch breaks for your back');
      assert.equal(await page.evaluate(() => limber.info().language), 'en');
      const names = await page.evaluate(() => limber.catalog().routines.map((r) => r.name));
      assert.deepEqual(shown.cards, names);
      const said = (await messages(page)).map((m) => m.text);
      assert.ok(said.some((m) => m.includes('Deutsch') && m.includes('nav.routines')), said.join(' | '));
      await opened.close();
    });

    test('in French, the builder says where each dose comes from, and a saved favourite that cannot be read says why', async () => {
      const fr = PACKS.fr;
      const unreadable = JSON.stringify({ entries: [{ addedAt: 1.8e12 }], format: 'limber.favourites', version: 1 });
      const opened = await openApp(browser, '#build', { storage: { ...chosen('fr'), 'limber.favourites': unreadable } });
      const { page } = opened;
      await waitView(page, 'view-builder');
      const at = await page.evaluate(() => limber.catalog().exercises.findIndex((e) => e.id === 'shoulder-rolls'));
      await page.click(`#builder-catalog li:nth-child(${at + 1}) button`);
      await waitFor(page, () => document.querySelector('#builder-items .hint'));
      assert.equal(await text(page, '#builder-items .hint'), fr.catalog.exercises['shoulder-rolls'].provenance.dose);
      const said = (await messages(page)).map((m) => m.text).join(' | ');
      assert.ok(said.includes(fr.catalog.readout.entryNoLink.replace('{n}', '1')), said);
      assert.ok(!said.includes('has no link'), said);
      await opened.close();
    });

    test('the builder\'s exercise cards hold their longer names and buttons in every language, wide and narrow', async () => {
      for (const code of ['en', ...Object.keys(PACKS)]) {
        const opened = await openApp(browser, '#build', { storage: chosen(code) });
        const { page } = opened;
        await waitView(page, 'view-builder');
        for (const width of [1000, 375]) {
          await page.setViewport({ width, height: 800 });
          const outside = await page.$$eval('#builder-catalog li', (cards) => cards.flatMap((card) => {
            const box = card.getBoundingClientRect();
            return [...card.children].filter((el) => {
              const r = el.getBoundingClientRect();
              return r.left < box.left - 0.5 || r.right > box.right + 0.5;
            }).map((el) => `${card.querySelector('strong').textContent}: ${el.tagName}`);
          }));
          assert.deepEqual(outside, [], `${code} at ${width} px`);
        }
        await opened.close();
      }
    });

    test('a catalog whose routines are not the English ones cannot stand in for it, even mid-routine', async () => {
      const opened = await openApp(browser, '#play/v1/routine/desk-break');
      const { page } = opened;
      await waitView(page, 'view-player');
      await page.click('#start');
      await waitFor(page, () => limber.state().phase !== null);
      const reordered = JSON.stringify({ ...ENGLISH, language: 'xx', routines: [...ENGLISH.routines].reverse() });
      const answer = await page.evaluate((text) => limber.setLanguage(text), reordered);
      assert.equal(answer, "the language's catalog: its exercises or routines are not the English ones");
      assert.equal(await page.evaluate(() => limber.info().language), 'en');
      assert.equal(await page.evaluate((text) => limber.setLanguage(text), JSON.stringify({ ...ENGLISH, language: 'xx' })), '');
      assert.equal(await page.evaluate(() => limber.info().language), 'xx');
      assertClean(opened);
      await opened.close();
    });

    test('a link copied in German opens the same routine in Spanish for a Spanish reader', async () => {
      const german = await openApp(browser, '#v1/routine/desk-break', { storage: chosen('de') });
      await waitView(german.page, 'view-routine');
      // The page's address is its link, as Copy link gives it.
      const link = await german.page.evaluate(() => location.hash);
      assert.equal(link, '#v1/routine/desk-break', 'the link names the routine and no language');
      assert.equal(await text(german.page, '#routine-title'), routineName(PACKS.de, 'desk-break'));
      await german.close();
      const spanish = await openApp(browser, link, { storage: chosen('es') });
      await waitView(spanish.page, 'view-routine');
      assert.equal(await text(spanish.page, '#routine-title'), routineName(PACKS.es, 'desk-break'));
      assert.equal(await spanish.page.evaluate(() => document.documentElement.lang), 'es');
      assertClean(spanish);
      await spanish.close();
    });
  });
}
