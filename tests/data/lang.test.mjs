// Each language pack in assets/lang/ translates every text of assets/catalog.json that the
// page shows or the coach says: the same fields, array lengths and nesting as the English,
// no empty string, no English left standing, and the same numbers (Article 004, 6 turns).
// The English text tree is read from catalog.json here, so a new exercise, step or caution
// is missing from every pack until someone translates it.
// Run: node --test tests/data/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANG_DIR = path.join(ROOT, 'assets/lang');
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/catalog.json'), 'utf8'));
const packFiles = fs.readdirSync(LANG_DIR).filter((f) => f.endsWith('.json')).sort();
const packs = packFiles.map((f) => ({ file: f, pack: JSON.parse(fs.readFileSync(path.join(LANG_DIR, f), 'utf8')) }));

// Fields of an exercise or routine that hold no words for people: ids and the ids they refer
// to, closed lists the code maps to words itself (frequency becomes the core's "How often")
// or to a picture (a camera's framing), and source file names. An exercise's provenance
// (where its dose and frequency come from) is all words, its own "frequency" included.
const NOT_TEXT = new Set(['id', 'position', 'equipment', 'kind', 'doseSource', 'peak', 'frequency', 'exercise',
  'framing', 'sources', 'provenance']);

// The text fields of a value: strings kept, numbers and flags dropped, objects and arrays
// kept where they hold text. An array element without text stays as {} so indices line up
// (a routine's items, of which only the shortened ones have words).
function textTree(value, skip) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => textTree(v, skip));
    return items.some((v) => v !== undefined) ? items.map((v) => v ?? {}) : undefined;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, v] of Object.entries(value)) {
      const t = skip.has(key) ? undefined : textTree(v, skip);
      if (t !== undefined) out[key] = t;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return undefined;
}

// Exercises and routines are keyed by id in a pack, so a reordered catalog keeps its
// translations. (The version is a number, so it has no text.)
function englishText(cat) {
  const words = (entry) => ({
    ...textTree(entry, NOT_TEXT),
    ...(entry.provenance && { provenance: textTree(entry.provenance, new Set()) }),
  });
  const byId = (list) => Object.fromEntries(list.map((entry) => [entry.id, words(entry)]));
  const { exercises, routines, ...rest } = cat;
  return { ...textTree(rest, new Set()), exercises: byId(exercises), routines: byId(routines) };
}
const ENGLISH = englishText(catalog);

// Every string in a tree with its path, e.g. ['exercises.cat-cow.steps.0', 'Come onto ...'].
function leaves(tree, at = '') {
  if (typeof tree === 'string') return [[at, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
}
// Strings replaced by a marker: two trees with equal shapes have the same keys and lengths.
const shapeOf = (tree) => (typeof tree === 'string' ? 'text'
  : Array.isArray(tree) ? tree.map(shapeOf)
    : Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, shapeOf(v)])));

// Digits and placeholders, sorted: a translation may move them, never change or drop them.
const tokens = (s) => (s.match(/\{[^}]*\}|%[a-z]|\d+/gi) ?? []).sort();

// Strings a language writes exactly as English does, each with why.
const SAME_AS_ENGLISH = new Set([
  'de exercises.superman.name', // the comic hero's name is the exercise's name in German gyms
  'fr exercises.superman.name', // likewise in French
  'fr exercises.cobra.name', // the yoga pose is "cobra" in French too
  'fr speech.numbers.5', // "six" is spelt alike
  'es exercises.superman.name', // likewise in Spanish
  'es exercises.cobra.name', // the yoga pose is "cobra" in Spanish too
  'de readout.rangeSaid', // placeholders and brackets only
  'fr readout.rangeSaid', // likewise
  'es readout.rangeSaid', // likewise
]);

// Everything wrong with one pack against the English tree, as readable lines.
function problems(lang, text, english = ENGLISH) {
  const found = [];
  try {
    assert.deepEqual(shapeOf(text), shapeOf(english));
  } catch (e) {
    found.push(`fields differ from the English text fields:\n${e.message}`);
    return found;
  }
  const theirs = new Map(leaves(text));
  for (const [at, en] of leaves(english)) {
    const t = theirs.get(at);
    if (t.trim() === '') found.push(`${at} is empty`);
    const same = SAME_AS_ENGLISH.has(`${lang} ${at}`);
    if (t === en && !same) found.push(`${at} is still English: '${en}'`);
    if (t !== en && same) found.push(`${at} is allowed to be English but is not: drop it from SAME_AS_ENGLISH`);
    if (tokens(t).join(' ') !== tokens(en).join(' '))
      found.push(`${at} has numbers [${tokens(t)}], the English [${tokens(en)}]`);
  }
  return found;
}

test('assets/lang has language packs', () => {
  assert.ok(packs.length > 0);
});

for (const { file, pack } of packs) {
  test(`assets/lang/${file} translates every text field of the catalog`, () => {
    assert.deepEqual(Object.keys(pack).sort(), ['catalog', 'language', 'name', 'page']);
    assert.equal(`${pack.language}.json`, file, 'the file is named after its language');
    assert.ok(typeof pack.name === 'string' && pack.name.trim() !== '', 'the language has a name');
    assert.deepEqual(problems(pack.language, pack.catalog), []);
  });
}

test('every string allowed to match the English names a pack and a text field', () => {
  const fields = new Set(leaves(ENGLISH).map(([at]) => at));
  const langs = new Set(packs.map(({ pack }) => pack.language));
  for (const entry of SAME_AS_ENGLISH) {
    const [lang, at] = entry.split(' ');
    assert.ok(langs.has(lang) && fields.has(at), `${entry} is not a pack's text field`);
  }
});

test('the checks catch a missing step, an extra field, an empty or English string and a changed number', () => {
  const { pack } = packs[0];
  const lang = pack.language;
  assert.deepEqual(problems(lang, pack.catalog), [], 'the first pack must pass for the cases below to mean anything');
  const catCow = () => ENGLISH.exercises['cat-cow'];
  const broken = {
    'a step left out': (t) => { t.exercises['cat-cow'].steps.pop(); },
    'a field the English lacks': (t) => { t.exercises['cat-cow'].frequency = 'täglich'; },
    'an exercise left out': (t) => { delete t.exercises['cat-cow']; },
    'a phrase left out': (t) => { delete t.speech.phrases.rest; },
    'an empty caution': (t) => { t.exercises['cat-cow'].cautions[0] = ' '; },
    'an English step': (t) => { t.exercises['cat-cow'].steps[0] = catCow().steps[0]; },
    'a changed article number': (t) => { t.routines['relief-five'].description = t.routines['relief-five'].description.replace('004', '003'); },
    'a dropped number': (t) => { t.routines['micro-break'].items[0].shortened = 'x'; },
  };
  for (const [what, edit] of Object.entries(broken)) {
    const copy = structuredClone(pack.catalog);
    edit(copy);
    assert.notDeepEqual(problems(lang, copy), [], `accepted ${what}`);
  }
  // A new English step is missing from every pack until it is translated.
  const longer = structuredClone(catalog);
  longer.exercises.find((e) => e.id === 'cat-cow').steps.push('A new step.');
  assert.notDeepEqual(problems(lang, pack.catalog, englishText(longer)), [], 'accepted a pack one step short');
});
