// Writes the tables of docs/content.md from assets/catalog.json: each exercise's range,
// default dose, frequency and their provenance, and each routine's articles and shortened
// doses. The catalog is their one home; tests/data/content-doc.test.mjs checks the doc
// is current. Run: node scripts/content-table.mjs
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DOC = `${ROOT}docs/content.md`;
const BEGIN = '<!-- tables from assets/catalog.json: node scripts/content-table.mjs -->';
const END = '<!-- end of tables -->';

const article = (file) => file.slice(0, 3);
const cell = (text) => text.replaceAll('|', '\\|');

function span(lo, hi, unit) {
  return lo === hi ? `${lo} ${unit}` : `${lo}–${hi} ${unit}`;
}

function rangeText(e) {
  const r = e.range;
  const amount = [e.dose.reps ? span(r.repsMin, r.repsMax, 'reps') : null,
    e.dose.holdSeconds ? span(r.holdMin, r.holdMax, 's') + (e.dose.reps ? ' each' : '') : null].filter(Boolean).join(', ');
  const setsMin = r.setsMin ?? e.dose.sets ?? 1;
  const setsMax = r.setsMax ?? e.dose.sets ?? 1;
  return setsMax > 1 ? `${amount} × ${span(setsMin, setsMax, 'sets')}` : amount;
}

function doseText(d, fallback = {}) {
  const dose = { sets: 1, perSide: false, ...fallback, ...d };
  const amount = [dose.reps ? `${dose.reps} reps` : null,
    dose.holdSeconds ? `${dose.holdSeconds} s${dose.reps ? ' each' : ''}` : null].filter(Boolean).join(', ');
  return `${amount}${dose.sets > 1 ? ` × ${dose.sets}` : ''}${dose.perSide ? ' a side' : ''}`;
}

export function tables(catalog) {
  const byId = new Map(catalog.exercises.map((e) => [e.id, e]));
  const lines = [
    '### Exercises', '',
    '| exercise | articles | range | default | from | frequency | where the dose comes from | where the frequency comes from | choices |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const e of catalog.exercises) {
    const p = e.provenance;
    lines.push(`| ${e.name} | ${e.sources.map(article).join(', ')} | ${rangeText(e)} | ${doseText(e.dose)} | ${e.doseSource} | ${e.frequency} | ${cell(p.dose)} | ${cell(p.frequency)} | ${cell((p.choices || []).join(' '))} |`);
  }
  lines.push('', '### Routines', '', '| routine | articles | doses that differ from the exercise\'s default |', '| --- | --- | --- |');
  for (const r of catalog.routines) {
    const changed = r.items.filter((i) => i.dose || i.shortened).map((i) => {
      const e = byId.get(i.exercise);
      return `${e.name} ${doseText(i.dose || {}, e.dose)}${i.shortened ? ` (shortened: ${cell(i.shortened)})` : ''}`;
    });
    lines.push(`| ${r.name} | ${r.sources.map(article).join(', ')} | ${changed.join('; ') || 'none'} |`);
  }
  return lines.join('\n');
}

export function withTables(doc, catalog) {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/content.md has lost its markers: ${BEGIN} … ${END}`);
  return `${doc.slice(0, a + BEGIN.length)}\n\n${tables(catalog)}\n\n${doc.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const catalog = JSON.parse(fs.readFileSync(`${ROOT}assets/catalog.json`, 'utf8'));
  fs.writeFileSync(DOC, withTables(fs.readFileSync(DOC, 'utf8'), catalog));
  console.log('docs/content.md: tables written');
}
