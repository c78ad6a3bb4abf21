// The shipped data against its written formats: assets/catalog.json and poses.json
// match their JSON Schemas, the schemas reject broken entries, and the schemas' lists
// and limits are the loaders' own (read from src/core).
// Run: node --test tests/data/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const readJson = (file) => JSON.parse(read(file));

// Strict: a keyword Ajv would ignore or a type it must guess is an error, not a warning.
// (strictRequired would forbid "required" beside "oneOf", which states the dose rule.)
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const checkCatalog = ajv.compile(readJson('assets/catalog.schema.json'));
const checkPoses = ajv.compile(readJson('assets/poses.schema.json'));
const catalog = readJson('assets/catalog.json');
const poses = readJson('assets/poses.json');

const errorsOf = (check, data) => (check(data) ? [] : check.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));
// A deep copy with one change made by `edit`.
const changed = (data, edit) => { const copy = structuredClone(data); edit(copy); return copy; };

test('assets/catalog.json matches assets/catalog.schema.json', () => {
  assert.deepEqual(errorsOf(checkCatalog, catalog), []);
});

test('assets/poses.json matches assets/poses.schema.json', () => {
  assert.deepEqual(errorsOf(checkPoses, poses), []);
});

test('the catalog schema rejects broken exercises and routines', () => {
  // cat-cow is counted in reps; the cases below change it.
  const at = catalog.exercises.findIndex((e) => e.id === 'cat-cow');
  assert.notEqual(at, -1);
  const broken = {
    'an exercise without a name': (c) => { delete c.exercises[at].name; },
    'an exercise with no steps': (c) => { c.exercises[at].steps = []; },
    'a position the loader does not know': (c) => { c.exercises[at].position = 'sitting'; },
    'an equipment the loader does not know': (c) => { c.exercises[at].equipment = 'dumbbells'; },
    'a view the loader does not know': (c) => { c.exercises[at].view = 'top'; },
    'a frequency the loader does not know': (c) => { c.exercises[at].frequency = 'weekly'; },
    'an in-breath shorter than 500 ms': (c) => { c.exercises[at].tempo.inMs = 499; },
    'an out-breath longer than 20 s': (c) => { c.exercises[at].tempo.outMs = 20001; },
    'reps given a hold without its range': (c) => { c.exercises[at].dose.holdSeconds = 5; },
    'held reps without the peak they hold at': (c) => {
      Object.assign(c.exercises[at].dose, { holdSeconds: 5 });
      Object.assign(c.exercises[at].range, { holdMin: 3, holdMax: 10 });
    },
    'a peak the loader does not know': (c) => { c.exercises[at].tempo.peak = 'top'; },
    'a dose with neither reps nor a hold': (c) => { delete c.exercises[at].dose.reps; },
    'eleven sets': (c) => { c.exercises[at].dose.sets = 11; },
    'a reps exercise with a hold range': (c) => { c.exercises[at].range = { holdMin: 10, holdMax: 20 }; },
    'a misspelt optional field': (c) => { c.exercises[at].dose.perside = true; },
    'an id with a dot, which links use as a separator': (c) => { c.exercises[at].id = 'cat.cow'; },
    'a routine without items': (c) => { c.routines[0].items = []; },
    'version 2': (c) => { c.version = 2; },
  };
  for (const [what, edit] of Object.entries(broken)) {
    assert.notDeepEqual(errorsOf(checkCatalog, changed(catalog, edit)), [], `accepted ${what}`);
  }
});

test('the poses schema rejects broken keyframes', () => {
  const first = Object.keys(poses.exercises)[0];
  const broken = {
    'an unknown joint': (p) => { p.exercises[first].in = { left_elbo: 10 }; },
    'an angle past its joint range': (p) => { p.exercises[first].in = { knee: 161 }; },
    'an angle that is not a number': (p) => { p.exercises[first].in = { knee: '90' }; },
    'an exercise without an out-breath': (p) => { delete p.exercises[first].out; },
    'an empty in-breath path': (p) => { p.exercises[first].in = []; },
    'an ease the loader does not know': (p) => { p.exercises[first].ease = 'bounce'; },
    'a planted foot': (p) => { p.exercises[first].plant = ['left_foot']; },
    'an anchor the loader does not know': (p) => { p.exercises[first].anchor = 'hands'; },
    'no neutral pose': (p) => { delete p.neutral; },
  };
  for (const [what, edit] of Object.entries(broken)) {
    assert.notDeepEqual(errorsOf(checkPoses, changed(poses, edit)), [], `accepted ${what}`);
  }
});

// The source's string literals inside one function, e.g. position_name's names.
function namesReturnedBy(source, fn) {
  const start = source.indexOf(`const char* ${fn}(`);
  assert.notEqual(start, -1, `${fn} not found`);
  const body = source.slice(start, source.indexOf('\n}\n', start));
  return [...new Set([...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]))].sort();
}

function constant(source, name) {
  const m = source.match(new RegExp(`constexpr int ${name} = (\\d+);`));
  assert.ok(m, `${name} not found`);
  return Number(m[1]);
}

test("the catalog schema's lists and limits are the loader's", () => {
  const schema = readJson('assets/catalog.schema.json');
  const exercise = read('src/core/exercise.cpp');
  const limits = read('src/core/exercise.h');
  const loader = read('src/core/catalog.cpp');
  const props = schema.$defs.exercise.properties;
  for (const [field, fn] of [['position', 'position_name'], ['equipment', 'equipment_name'], ['kind', 'kind_name'],
    ['frequency', 'frequency_name']]) {
    assert.deepEqual([...props[field].enum].sort(), namesReturnedBy(exercise, fn), field);
  }
  assert.deepEqual([...props.tempo.properties.peak.enum].sort(), namesReturnedBy(exercise, 'peak_name'), 'peak');
  const { reps, holdSeconds, sets, phaseMs } = schema.$defs;
  assert.equal(reps.maximum, constant(limits, 'kMaxReps'));
  assert.equal(holdSeconds.maximum, constant(limits, 'kMaxHoldSeconds'));
  assert.equal(sets.maximum, constant(limits, 'kMaxSets'));
  assert.equal(phaseMs.minimum, constant(loader, 'kMinPhaseMs'));
  assert.equal(phaseMs.maximum, constant(loader, 'kMaxPhaseMs'));
  const camera = props.camera.properties;
  const limit = (name) => {
    const m = limits.match(new RegExp(`constexpr double ${name} = (-?[\\d.]+);`));
    assert.ok(m, `${name} not found`);
    return Number(m[1]);
  };
  assert.deepEqual([camera.yaw.minimum, camera.yaw.maximum], [-limit('kCameraYawMax'), limit('kCameraYawMax')]);
  assert.deepEqual([camera.pitch.minimum, camera.pitch.maximum], [limit('kCameraPitchMin'), limit('kCameraPitchMax')]);
  assert.deepEqual([camera.distance.minimum, camera.distance.maximum], [limit('kCameraDistanceMin'), limit('kCameraDistanceMax')]);
});

test("the poses schema's joints and ranges are src/core/pose.cpp's", () => {
  const source = read('src/core/pose.cpp');
  const table = (name) => {
    const start = source.indexOf(`JointInfo ${name}[`);
    assert.notEqual(start, -1, `${name} not found`);
    const body = source.slice(start, source.indexOf('};', start));
    return [...body.matchAll(/\{"(\w+)",\s*(-?[\d.]+),\s*(-?[\d.]+)\}/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
  };
  const body = table('kBody');
  const limb = table('kLimb');
  assert.ok(body.length >= 10 && limb.length >= 10, 'the joint tables were read');
  const expected = {};
  for (const [name, min, max] of body) expected[name] = [min, max];
  for (const [name, min, max] of limb) {
    for (const prefix of ['', 'left_', 'right_']) expected[prefix + name] = [min, max];
  }
  const schema = readJson('assets/poses.schema.json');
  const actual = Object.fromEntries(Object.entries(schema.$defs.keyframe.properties).map(([k, v]) => [k, [v.minimum, v.maximum]]));
  assert.deepEqual(actual, expected);
});
