// Each language pack gives the page's own words (its "page" object) for every key the
// English page has: the data-w, data-w-label and data-w-title keys of web/index.html and the
// keys of web/words.js's `english`. A plural key comes in exactly the forms the language's
// plural rules have (Intl.PluralRules); no word is empty or left in English unless listed
// below with why, and each keeps the English's {placeholders}.
// Run: node --test tests/data/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANG_DIR = path.join(ROOT, 'assets/lang');
const PLURAL = /\.(zero|one|two|few|many|other)$/;

// web/words.js run with nothing on the page: its `english`, as the page has it.
function scriptWords() {
  const window = { Page: { setText() {}, setAttr() {} } };
  const document = { querySelectorAll: () => [], documentElement: { classList: { remove() {} } } };
  vm.runInNewContext(fs.readFileSync(path.join(ROOT, 'web/words.js'), 'utf8'), { window, document, Intl });
  return window.Page.words.english;
}

// The keyed text of web/index.html: an element's text, or its aria-label or title.
function htmlWords() {
  const html = fs.readFileSync(path.join(ROOT, 'web/index.html'), 'utf8');
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const words = {};
  for (const [, attrs, text] of html.matchAll(/<\w+((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>([^<]*)/g)) {
    const attr = (name) => attrs.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    const add = (key, value) => {
      assert.ok(!(key in words), `index.html: the key ${key} is used twice`);
      assert.ok(value && value.trim(), `index.html: the key ${key} has no English text`);
      words[key] = decode(value.trim().replace(/\s+/g, ' '));
    };
    if (attr('data-w')) add(attr('data-w'), text);
    if (attr('data-w-label')) add(attr('data-w-label'), attr('aria-label'));
    if (attr('data-w-title')) add(attr('data-w-title'), attr('title'));
  }
  return words;
}

const fromHtml = htmlWords();
const fromScripts = scriptWords();
const english = { ...fromHtml, ...fromScripts };
const packs = fs.readdirSync(LANG_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(LANG_DIR, f), 'utf8')));

// Words a language writes exactly as English does, each with why. A text with no words
// but its placeholders and the name Limber ("{name} — Limber") needs no entry.
const SAME_AS_ENGLISH = new Set([
  'de card.start', // "Start" is the German word on a start button
  'de routine.start', // likewise
  'de player.start', // likewise
  'de player.pause', // "Pause" is German too
  'de builder.name', // "Name" is German too
  'fr player.pause', // "Pause" is French too
  'fr settings.volume', // "Volume" is French too
  'fr settings.minutes', // "minutes" is French too
  'es time.seconds', // "s" is the Spanish symbol for seconds too
  'es time.minutes', // "min" likewise for minutes
]);
const wordless = (s) => !/\p{L}/u.test(s.replace(/\{\w+\}|Limber/g, ''));

// A text's {placeholders}, each once; a plural form may leave out its {n} ("one exercise").
const placeholders = (s, plural) => [...new Set(s.match(/\{\w+\}/g) ?? [])].filter((p) => !plural || p !== '{n}').sort().join(' ');

test('the English page words are read from index.html and words.js', () => {
  assert.equal(english['nav.routines'], 'Routines');
  assert.equal(english['player.canvasLabel'], 'Animated figure doing the exercise');
  assert.equal(english['sound.off'], 'Sound is off.');
  assert.ok(Object.keys(english).length > 150, `${Object.keys(english).length} keys`);
  const both = Object.keys(fromHtml).filter((key) => key in fromScripts);
  assert.deepEqual(both, [], 'a key names both a text of index.html and one the scripts write');
});

for (const pack of packs) {
  test(`${pack.language}: every page word is given, in the language's own plural forms`, () => {
    assert.ok(pack.page && typeof pack.page === 'object', 'the pack has no "page" object');
    const categories = new Intl.PluralRules(pack.language).resolvedOptions().pluralCategories;
    const want = new Set();
    for (const key of Object.keys(english)) {
      if (PLURAL.test(key)) for (const form of categories) want.add(key.replace(PLURAL, `.${form}`));
      else want.add(key);
    }
    const missing = [...want].filter((key) => !(key in pack.page));
    const extra = Object.keys(pack.page).filter((key) => !want.has(key));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  });

  test(`${pack.language}: no page word is empty, left in English or without its placeholders`, () => {
    const wrong = [];
    for (const [key, text] of Object.entries(pack.page)) {
      const base = key.replace(PLURAL, '.other');
      const source = english[key] ?? english[base];
      if (typeof text !== 'string' || !text.trim()) wrong.push(`${key}: empty`);
      else if (source === undefined) continue;
      else if (text === source && !wordless(text) && !SAME_AS_ENGLISH.has(`${pack.language} ${key}`)) wrong.push(`${key}: still English`);
      else if (placeholders(text, PLURAL.test(key)) !== placeholders(source, PLURAL.test(key))) {
        wrong.push(`${key}: placeholders "${placeholders(text)}" where the English has "${placeholders(source)}"`);
      }
    }
    assert.deepEqual(wrong, []);
  });
}
