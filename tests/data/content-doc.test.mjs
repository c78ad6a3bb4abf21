// docs/content.md's tables are the shipped catalog's, as scripts/content-table.mjs writes them.
// Run: node --test tests/data/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withTables } from '../../scripts/content-table.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => fs.readFileSync(`${ROOT}${file}`, 'utf8');

test('docs/content.md lists every exercise and routine as assets/catalog.json has them', () => {
  const doc = read('docs/content.md');
  const catalog = JSON.parse(read('assets/catalog.json'));
  assert.equal(doc, withTables(doc, catalog), 'docs/content.md is stale: run node scripts/content-table.mjs');
  for (const e of catalog.exercises) assert.ok(doc.includes(`| ${e.name} |`), e.name);
});

test('a changed dose in the catalog makes the doc stale', () => {
  const doc = read('docs/content.md');
  const catalog = JSON.parse(read('assets/catalog.json'));
  catalog.exercises[0].provenance.dose = 'Changed.';
  assert.notEqual(withTables(doc, catalog), doc);
});
