// Writes dist/lang-<code>.js for each language pack (assets/lang/<code>.json): the pack as
// one script, which the page loads only when that language is chosen. A script, not a
// fetch, so it loads from file:// too. Its catalog is the whole catalog in the pack's
// words, as limber-translate wrote it into TRANSLATED_DIR/<code>.json. dist/index.html then
// lists the languages: in its limber-languages meta, which web/boot.js reads, and in the
// Settings choice, each under its own name.
//   node cmake/language_js.mjs LANG_DIR TRANSLATED_DIR DIST_DIR
import fs from 'node:fs';
import path from 'node:path';

const [langDir, translatedDir, dist] = process.argv.slice(2);
const packs = fs.readdirSync(langDir).filter((name) => name.endsWith('.json')).sort().map((name) => {
  const pack = JSON.parse(fs.readFileSync(path.join(langDir, name), 'utf8'));
  if (`${pack.language}.json` !== name) throw new Error(`${langDir}/${name}: its language is "${pack.language}"`);
  return pack;
});
for (const pack of packs) {
  const catalog = JSON.parse(fs.readFileSync(path.join(translatedDir, `${pack.language}.json`), 'utf8'));
  fs.writeFileSync(path.join(dist, `lang-${pack.language}.js`), `window.limberLanguage = ${JSON.stringify({ ...pack, catalog })};\n`);
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const index = path.join(dist, 'index.html');
let html = fs.readFileSync(index, 'utf8');
const replace = (from, to) => {
  if (html.split(from).length !== 2) throw new Error(`${index}: expected one ${from}`);
  html = html.replace(from, () => to);
};
replace('<meta name="limber-languages" content="en">',
  `<meta name="limber-languages" content="${['en', ...packs.map((p) => p.language)].join(' ')}">`);
const english = '<option value="en" lang="en">English</option>';
replace(english, [english, ...packs.map((p) => `<option value="${escape(p.language)}" lang="${escape(p.language)}">${escape(p.name)}</option>`)]
  .join('\n          '));
fs.writeFileSync(index, html);
