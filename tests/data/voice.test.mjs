// assets/voice.json, and each language's assets/voice-<code>.json, has a clip saying the
// right words for every phrase: each exercise's name and the fixed vocabulary
// (scripts/make-voice --check [--language CODE]). The clips
// the core cues are checked against the index in tests/core/voice_clips_test.cpp.
// Run: node --test tests/data/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAKE_VOICE = path.join(ROOT, 'scripts/make-voice');
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/catalog.json'), 'utf8'));

test('voice.json has a clip saying the right words for every phrase', () => {
  const out = execFileSync(MAKE_VOICE, ['--check'], { encoding: 'utf8' });
  assert.match(out, /voice\.json: all \d+ phrases have their clips/);
});

const packs = fs.readdirSync(path.join(ROOT, 'assets/lang')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

test('every language pack has its own voice, saying the pack\'s words for every phrase', () => {
  assert.ok(packs.length >= 3, `only ${packs} in assets/lang`);
  for (const code of packs) {
    const out = execFileSync(MAKE_VOICE, ['--check', '--language', code], { encoding: 'utf8' });
    assert.match(out, new RegExp(`voice-${code}\\.json: all \\d+ phrases have their clips`));
  }
});

test('the voice check fails naming a clip whose pack words changed, and a voice in the wrong language', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-voice-'));
  try {
    const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/voice-de.json'), 'utf8'));
    index.language = 'fr';
    index.clips.halfway.text = 'Halb.';
    const file = path.join(dir, 'voice-de.json');
    fs.writeFileSync(file, JSON.stringify(index));
    let failure;
    try {
      execFileSync(MAKE_VOICE, ['--check', '--language', 'de', path.join(ROOT, 'assets/catalog.json'), file], { encoding: 'utf8' });
    } catch (e) {
      failure = e;
    }
    assert.ok(failure, 'the check passed a German voice that says other words, in French');
    assert.equal(failure.status, 1);
    assert.match(failure.stdout, /run scripts\/make-voice --language de/);
    assert.match(failure.stdout, /the clips are in 'fr', not 'de'/);
    assert.match(failure.stdout, /halfway: the clip says 'Halb\.', it should say 'Die Hälfte ist geschafft\.'/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the voice check fails naming a renamed exercise and a new one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-voice-'));
  try {
    const edited = structuredClone(catalog);
    const catCow = edited.exercises.find((e) => e.id === 'cat-cow');
    catCow.name = 'Renamed';
    edited.exercises.push({ ...catCow, id: 'brand-new', name: 'Brand new' });
    const file = path.join(dir, 'catalog.json');
    fs.writeFileSync(file, JSON.stringify(edited));
    let failure;
    try {
      execFileSync(MAKE_VOICE, ['--check', file], { encoding: 'utf8' });
    } catch (e) {
      failure = e;
    }
    assert.ok(failure, 'the check passed a catalog whose names have no clips');
    assert.equal(failure.status, 1);
    assert.match(failure.stdout, /name-cat-cow: the clip says 'Cat-cow\.', it should say 'Renamed\.'/);
    assert.match(failure.stdout, /name-brand-new: no clip \(it should say 'Brand new\.'\)/);
    assert.doesNotMatch(failure.stdout, /name-childs-pose/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
