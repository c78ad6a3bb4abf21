// Hostile input: stored data nested 100,000 levels deep, every field of the wrong type and
// megabytes long, and every window.limber function called with arguments of every wrong
// type. Each gets a clear answer, the page keeps working, and the user's good favourites
// are kept byte for byte.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, SAFETY_READ, launch, waitFor } from './harness.mjs';
import { assertClean, go, messages, openApp, reload, stored, texts, waitView } from './page-helpers.mjs';

const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;  // 200 KB

// Favourites as the page writes them (keys sorted, compact), and entries it must keep as stored.
const GOOD_FAVOURITES = [
  '{"addedAt":1763900000000.0,"link":"v1/routine/relief-five"}',
  '{"addedAt":1763900100000.0,"link":"v1/custom/Mine/cat-cow.12reps"}',
  '{"addedAt":1763900200000.0,"link":"v1/routine/micro-break"}',
];
const BAD_FAVOURITES = [
  '{"addedAt":"1763900000000","link":"v1/routine/desk-break"}',
  '{"addedAt":{"ms":1763900000000},"link":"v1/routine/desk-break"}',
  '{"addedAt":[1763900000000],"link":"v1/routine/desk-break"}',
  '{"addedAt":null,"link":"v1/routine/desk-break"}',
  '{"addedAt":true,"link":"v1/routine/desk-break"}',
  '{"addedAt":1763900000000,"link":5}',
  '{"addedAt":1763900000000,"link":{"href":"v1/routine/desk-break"}}',
  '{"addedAt":1763900000000,"link":["v1/routine/desk-break"]}',
  '{"addedAt":1763900000000,"link":null}',
  '{"addedAt":1763900000000,"link":false}',
  '{"addedAt":1763900000000}',
  '"v1/routine/desk-break"',
  '5',
  'null',
  'true',
  '[]',
  '{}',
  // 2.5 MB: a link far beyond what the codec reads.
  `{"addedAt":1763900000000,"link":"v1/custom/Big/${'cat-cow,'.repeat(320_000)}"}`,
];
const GOOD_HISTORY = ['{"durationMs":123000.0,"finishedAt":1763900000000.0,"link":"v1/routine/micro-break"}'];
const BAD_HISTORY = [
  '{"durationMs":"123000","finishedAt":1763900000000,"link":"v1/routine/micro-break"}',
  '{"durationMs":{},"finishedAt":1763900000000,"link":"v1/routine/micro-break"}',
  '{"durationMs":[],"finishedAt":1763900000000,"link":"v1/routine/micro-break"}',
  '{"durationMs":null,"finishedAt":1763900000000,"link":"v1/routine/micro-break"}',
  '{"durationMs":false,"finishedAt":1763900000000,"link":"v1/routine/micro-break"}',
  '{"durationMs":123000,"finishedAt":"yesterday","link":"v1/routine/micro-break"}',
  '{"durationMs":123000,"finishedAt":[],"link":"v1/routine/micro-break"}',
  '{"durationMs":123000,"finishedAt":1763900000000,"link":7}',
];
// Entries nested 100,000 levels deep, anywhere in an entry.
const DEEP_FAVOURITES = [
  `{"addedAt":1763900000000,"link":${DEEP}}`,
  `{"addedAt":${DEEP},"link":"v1/routine/desk-break"}`,
  DEEP,
  `{"addedAt":1763900000000,"link":${'{"a":'.repeat(100_000)}null${'}'.repeat(100_000)}}`,
];
const DEEP_HISTORY = [`{"durationMs":${DEEP},"finishedAt":1763900000000,"link":"v1/routine/micro-break"}`];
const savedDocument = (kind, entries) => `{"entries":[${entries.join(',')}],"format":"limber.${kind}","version":1}`;

// Whole texts the reader cannot use: the page says so and never overwrites them.
const UNUSABLE = {
  'nested 100,000 levels deep': DEEP,
  'objects nested 100,000 levels deep': `${'{"entries":'.repeat(100_000)}[]${'}'.repeat(100_000)}`,
  'entries an object': `{"entries":{"0":${GOOD_FAVOURITES[0]}},"format":"limber.favourites","version":1}`,
  'entries a string': '{"entries":"v1/routine/relief-five","format":"limber.favourites","version":1}',
  'format a number': `{"entries":[${GOOD_FAVOURITES[0]}],"format":5,"version":1}`,
  'version a string': `{"entries":[${GOOD_FAVOURITES[0]}],"format":"limber.favourites","version":"1"}`,
  'version an array': `{"entries":[${GOOD_FAVOURITES[0]}],"format":"limber.favourites","version":[1]}`,
  'version null': `{"entries":[${GOOD_FAVOURITES[0]}],"format":"limber.favourites","version":null}`,
  'version beyond any number': `{"entries":[${GOOD_FAVOURITES[0]}],"format":"limber.favourites","version":1e400}`,
  'null': 'null',
  'a number': '5',
  'a string': '"v1/routine/relief-five"',
  'empty': '',
  // 1.6 MB, cut short: not JSON.
  'megabytes cut short': `{"entries":[${`${GOOD_FAVOURITES[0]},`.repeat(27_000)}`,
};

const favouriteNames = (page) => texts(page, '#favourite-list > li h3 a');

// Stars and unstars a routine that is no favourite: the page saves its list twice, and
// ends with the favourites it had.
async function starAndUnstar(page) {
  await go(page, 'play/v1/routine/desk-break', 'view-player');
  await page.click('#player-star button');
  await waitFor(page, () => document.querySelector('#player-star button').getAttribute('aria-pressed') === 'true');
  await page.click('#player-star button');
  await waitFor(page, () => document.querySelector('#player-star button').getAttribute('aria-pressed') === 'false');
}

async function assertPlays(page) {
  await go(page, '', 'view-home');
  await page.click('#quick-break');
  await waitView(page, 'view-player');
  await waitFor(page, () => limber.state().screen === 'player' && limber.state().elapsedMs > 200);
}

// Every function of window.limber called with every kind of value, in the page (symbols,
// functions and cyclic objects cannot cross the protocol): for each call and value, its
// answer or the error it threw, and whether the core still answers state() after it.
function callEverything() {
  const cyclic = {};
  cyclic.self = cyclic;
  let deep = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const values = {
    undefined, null: null, zero: 0, negative: -1, fraction: 1.5, NaN, Infinity, '-Infinity': -Infinity, huge: 2 ** 53,
    true: true, false: false, 'empty string': '', string: 'x', '5 MB string': 'x'.repeat(5_000_000),
    object: {}, 'null-prototype object': Object.create(null), array: [], 'array of numbers': [1, 2], cyclic, deep,
    symbol: Symbol('s'), bigint: 10n, function: () => 1, date: new Date(0), regexp: /x/,
    'throwing toString': { toString() { throw new Error('toString refused'); } },
  };
  const calls = {
    decodeLink: (v) => limber.decodeLink(v),
    customRoutine: (v) => limber.customRoutine(v),
    'readSaved kind': (v) => limber.readSaved(v, '{}'),
    'readSaved text': (v) => limber.readSaved('favourites', v),
    'writeSaved kind': (v) => limber.writeSaved(v, { entries: [] }),
    'writeSaved data': (v) => limber.writeSaved('history', v),
    'historySummary entries': (v) => limber.historySummary(v),
    'historySummary nowMs': (v) => limber.historySummary([], v),
    start: (v) => limber.start(v),
    setTimeScale: (v) => limber.setTimeScale(v),
    setAudio: (v) => limber.setAudio(v),
    'giveVoice sheet': (v) => limber.giveVoice(v, '{}'),
    'giveVoice index': (v) => limber.giveVoice(new Uint8Array([79, 103, 103, 83]), v),
    cues: (v) => limber.cues(v),
    setReducedMotion: (v) => limber.setReducedMotion(v),
    setDarkTheme: (v) => limber.setDarkTheme(v),
    onFrame: (v) => limber.onFrame(v)(),
    'exerciseImage id': (v) => limber.exerciseImage(v, 8, 6),
    'exerciseImage width': (v) => limber.exerciseImage('cat-cow', v, 6),
    'exerciseImage options': (v) => limber.exerciseImage('cat-cow', 8, 6, v),
    exerciseMoment: (v) => limber.exerciseMoment(v),
    setLanguage: (v) => limber.setLanguage(v),
  };
  for (const name of Object.keys(limber)) {
    if (typeof limber[name] === 'function' && !Object.keys(calls).some((c) => c.split(' ')[0] === name)) {
      calls[name] = (v) => limber[name](v, v);
    }
  }
  const alive = () => {
    try {
      return typeof limber.state().screen === 'string';
    } catch {
      return false;
    }
  };
  const results = [];
  for (const [name, call] of Object.entries(calls)) {
    for (const [valueName, v] of Object.entries(values)) {
      const r = { name, valueName };
      try {
        const answer = call(v);
        r.kind = Array.isArray(answer) ? 'array' : answer === null ? 'null' : typeof answer;
        if (r.kind === 'object') r.keys = Object.keys(answer).sort().join(',');
        if (r.kind === 'object' && 'ok' in answer) r.decoded = answer.ok || (typeof answer.error === 'string' && answer.error.length > 0);
        if (r.kind === 'string') r.text = answer.slice(0, 100);
        if (answer instanceof ImageData) r.image = `${answer.width}x${answer.height}`;
      } catch (err) {
        r.error = err instanceof Error ? err.name : `a thrown ${typeof err}`;
        r.message = err instanceof Error ? err.message : '';
      }
      r.alive = alive();
      results.push(r);
    }
  }
  limber.setTimeScale(1);
  return results;
}

// What each argument takes. `fair(valueName)`: the value is a fair argument, and the
// answer has the documented shape `answer`; otherwise the call throws `error`.
const isString = (name) => ['empty string', 'string', '5 MB string'].includes(name);
const isObject = (name) => ['object', 'null-prototype object', 'cyclic', 'date', 'regexp', 'throwing toString'].includes(name);
const NO_ARGUMENTS = ['state', 'timeline', 'info', 'playedCues', 'regions', 'catalog', 'chime', 'pause', 'resume', 'next',
  'previous', 'restart', 'leave', 'unlockAudio', 'outputRate', 'cueCount', 'metrics'];
const SHAPES = {
  decoded: (r) => r.kind === 'object' && r.decoded === true,
  read: (r) => r.keys === 'entries,error,fromNewer,skipped',
  text: (r) => r.kind === 'string' && r.text.startsWith('{'),
  audio: (r) => r.kind === 'object' && r.keys.split(',').includes('enabled'),
  array: (r) => r.kind === 'array',
  summary: (r) => r.kind === 'object' && r.keys === 'activeDays,breaks,skipped,spentMs,streak,week',
  image: (r) => r.image === '8x6',
  // '' takes English; any other text is no language's catalog, and the answer says why.
  refusal: (r) => r.kind === 'string' && (r.valueName === 'empty string' ? r.text === '' : /language's catalog/.test(r.text)),
};
const ARGUMENTS = {
  decodeLink: { fair: isString, error: 'TypeError', answer: 'decoded' },
  customRoutine: { fair: isObject, error: 'TypeError', answer: 'decoded' },
  'readSaved kind': { fair: () => false, error: 'TypeError' },
  'readSaved text': { fair: isString, error: 'TypeError', answer: 'read' },
  'writeSaved kind': { fair: () => false, error: 'TypeError' },
  'writeSaved data': { fair: isObject, error: 'TypeError', answer: 'text' },
  'historySummary entries': { fair: (n) => n === 'array', error: 'TypeError', answer: 'summary' },
  'historySummary nowMs': {
    fair: (n) => n === 'undefined', answer: 'summary',
    // Numbers that are no time a clock could give: the core's reason, as a RangeError.
    error: (n) => (['zero', 'negative', 'fraction', 'NaN', 'Infinity', '-Infinity', 'huge'].includes(n) ? 'RangeError' : 'TypeError'),
  },
  start: { fair: (n) => n === 'undefined', error: (n) => (isString(n) ? 'Error' : 'TypeError') },
  setTimeScale: {
    fair: (n) => n === 'fraction',
    error: (n) => (['zero', 'negative', 'NaN', 'Infinity', '-Infinity', 'huge'].includes(n) ? 'RangeError' : 'TypeError'),
  },
  setAudio: { fair: isObject, error: 'TypeError', answer: 'audio' },
  // Only a Uint8Array is an OGG's bytes; damaged bytes or index leave the cues their tones.
  'giveVoice sheet': { fair: () => false, error: 'TypeError' },
  'giveVoice index': { fair: isString, error: 'TypeError', answer: 'audio' },
  cues: {
    fair: (n) => ['undefined', 'zero', 'huge'].includes(n), answer: 'array',
    error: (n) => (['negative', 'fraction', 'NaN', 'Infinity', '-Infinity'].includes(n) ? 'RangeError' : 'TypeError'),
  },
  setReducedMotion: { fair: (n) => n === 'true' || n === 'false', error: 'TypeError' },
  setDarkTheme: { fair: (n) => n === 'true' || n === 'false', error: 'TypeError' },
  onFrame: { fair: (n) => n === 'function', error: 'TypeError' },
  // Text that names no exercise is a RangeError, anything else a TypeError.
  'exerciseImage id': { fair: () => false, error: (n) => (isString(n) ? 'RangeError' : 'TypeError') },
  'exerciseImage width': {
    fair: () => false,
    error: (n) => (['zero', 'negative', 'huge'].includes(n) ? 'RangeError' : 'TypeError'),
  },
  'exerciseImage options': { fair: (n) => n === 'undefined' || isObject(n), error: 'TypeError', answer: 'image' },
  exerciseMoment: { fair: () => false, error: (n) => (isString(n) ? 'RangeError' : 'TypeError') },
  setLanguage: { fair: isString, error: 'TypeError', answer: 'refusal' },
};

// Documented argument shapes with one field wrong, and the error each gets (null: none).
function wrongFields() {
  const loop = [];
  loop.push({ link: 'v1/routine/micro-break', atMs: loop });
  const calls = {
    'writeSaved atMs a string': () => limber.writeSaved('favourites', { entries: [{ link: 'v1/routine/micro-break', atMs: 'x' }] }),
    'writeSaved atMs a bigint': () => limber.writeSaved('favourites', { entries: [{ link: 'v1/routine/micro-break', atMs: 10n }] }),
    'writeSaved atMs NaN': () => limber.writeSaved('favourites', { entries: [{ link: 'v1/routine/micro-break', atMs: NaN }] }),
    'writeSaved atMs cyclic': () => limber.writeSaved('favourites', { entries: loop }),
    'writeSaved durationMs an object': () => limber.writeSaved('history', { entries: [{ link: 'v1/routine/micro-break', atMs: 1, durationMs: {} }] }),
    'writeSaved link a number': () => limber.writeSaved('favourites', { entries: [{ link: 5, atMs: 1763900000000 }] }),
    'writeSaved link an object': () => limber.writeSaved('favourites', { entries: [{ link: {}, atMs: 1763900000000 }] }),
    'writeSaved entry a string': () => limber.writeSaved('favourites', { entries: ['v1/routine/micro-break'] }),
    'writeSaved entries an object': () => limber.writeSaved('favourites', { entries: {} }),
    'writeSaved counts a string': () => limber.writeSaved('history', { entries: [{ link: 'v1/routine/micro-break', atMs: 1763900000000, durationMs: 1, counts: 'no' }] }),
    'writeSaved exercises a string': () => limber.writeSaved('history', { entries: [{ link: 'v1/routine/micro-break', atMs: 1763900000000, durationMs: 1, exercises: 'done' }] }),
    'historySummary atMs a string': () => limber.historySummary([{ atMs: 'x', durationMs: 1 }]),
    'historySummary counts a number': () => limber.historySummary([{ atMs: 1763900000000, durationMs: 1, counts: 1 }]),
    'historySummary entry a string': () => limber.historySummary(['v1/routine/micro-break']),
    'writeSaved kept a number': () => limber.writeSaved('favourites', { entries: [], kept: [5] }),
    'writeSaved kept a string': () => limber.writeSaved('favourites', { entries: [], kept: 'x' }),
    'customRoutine name a number': () => limber.customRoutine({ name: 5, items: [] }),
    'customRoutine items a string': () => limber.customRoutine({ name: 'A', items: 'cat-cow' }),
    'customRoutine exercise a number': () => limber.customRoutine({ name: 'A', items: [{ exercise: 5 }] }),
    'customRoutine reps a string': () => limber.customRoutine({ name: 'A', items: [{ exercise: 'cat-cow', reps: '10' }] }),
    'customRoutine sets Infinity': () => limber.customRoutine({ name: 'A', items: [{ exercise: 'cat-cow', sets: Infinity }] }),
    'customRoutine perSide a string': () => limber.customRoutine({ name: 'A', items: [{ exercise: 'cat-cow', perSide: 'yes' }] }),
    'customRoutine holdSeconds a bigint': () => limber.customRoutine({ name: 'A', items: [{ exercise: 'cat-cow', holdSeconds: 10n }] }),
    'setAudio sound a string': () => limber.setAudio({ sound: 'off' }),
    'setAudio volume a string': () => limber.setAudio({ volume: '0.5' }),
    'setAudio volume 2': () => limber.setAudio({ volume: 2 }),
    'setAudio volume NaN': () => limber.setAudio({ volume: NaN }),
    'onFrame, a listener that throws': () => { limber.onFrame(() => { throw new Error('a listener that throws'); }); },
  };
  return Object.entries(calls).map(([name, call]) => {
    try {
      call();
      return { name, error: null };
    } catch (err) {
      return { name, error: err.name, message: err.message };
    }
  });
}
const FIELD_ERRORS = {
  'writeSaved atMs NaN': 'RangeError', 'customRoutine sets Infinity': 'RangeError', 'setAudio volume 2': 'RangeError',
  'setAudio volume NaN': 'RangeError', 'onFrame, a listener that throws': null,
};

for (const browserName of BROWSERS) {
  describe(`hostile input, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    // Each stored list: good entries among bad ones. The page must use the good ones, say
    // what it skipped, and write every entry back byte for byte.
    for (const [what, bad, badHistory] of [
      ['every field of the wrong type, and megabytes long', BAD_FAVOURITES, BAD_HISTORY],
      ['entries nested 100,000 levels deep', DEEP_FAVOURITES, DEEP_HISTORY],
    ]) {
      test(`stored favourites and history with ${what}: the page works, says so, and keeps every favourite byte for byte`, async () => {
        const storage = {
          'limber.favourites': savedDocument('favourites', [...GOOD_FAVOURITES.slice(0, 2), ...bad.slice(0, 2), GOOD_FAVOURITES[2], ...bad.slice(2)]),
          'limber.history': savedDocument('history', [...badHistory.slice(0, 1), ...GOOD_HISTORY, ...badHistory.slice(1)]),
          'limber.settings': '{"sound":"yes","tones":{},"version":[],"voice":null,"volume":"loud"}',
          'limber.reminders': DEEP,
        };
        const opened = await openApp(browser, '', { storage });
        const { page } = opened;
        assert.deepEqual(opened.pageErrors, [], 'the page starts with no uncaught error');
        await waitView(page, 'view-home');
        const shown = (await messages(page)).map((m) => m.text);
        const count = (n, kind) => (n === 1 ? `1 saved ${kind === 'favourites' ? 'favourite' : 'history entry'}` : `${n} saved ${kind} entries`);
        assert.ok(shown.some((t) => t.startsWith(`${count(bad.length, 'favourites')} could not be read (entry 3 `)),
          `the favourites message, among: ${shown.map((t) => t.slice(0, 200)).join(' | ')}`);
        assert.ok(shown.some((t) => t.startsWith(`${count(badHistory.length, 'history')} could not be read (entry 1 `)),
          `the history message, among: ${shown.map((t) => t.slice(0, 200)).join(' | ')}`);
        assert.deepEqual(await favouriteNames(page), ['Five-stretch relief', 'Mine', 'Micro-break']);

        await assertPlays(page);
        await starAndUnstar(page);
        assert.equal(await stored(page, 'limber.favourites'),
          `{"entries":[${[...GOOD_FAVOURITES, ...bad].join(',')}],"format":"limber.favourites","version":1}`,
          'the good favourites, then every bad entry, each byte for byte as stored');
        assert.equal(await stored(page, 'limber.history'), storage['limber.history'], 'history untouched until a routine ends');
        await reload(page);
        await waitView(page, 'view-player');
        const audio = await page.evaluate(() => limber.state().audio);
        assert.deepEqual([audio.enabled, audio.voice, audio.tones], [true, true, true], 'wrong-typed settings fall back to the defaults');
        assert.ok(Math.abs(audio.volume - 0.8) < 1e-6, `volume ${audio.volume}`);
        assertClean(opened);
        await opened.close();
      });
    }

    test('stored texts the reader cannot use, deep, wrong-typed or megabytes long: the page says so, plays, and never overwrites them', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      for (const [what, text] of Object.entries(UNUSABLE)) {
        const history = text.replaceAll('favourites', 'history').replaceAll('addedAt', 'finishedAt');
        await page.evaluate((f, h, safety) => {
          history.replaceState(null, '', location.pathname);
          localStorage.clear();
          localStorage.setItem(safety.key, safety.text);  // a returning user's, who has read the safety note
          localStorage.setItem('limber.favourites', f);
          localStorage.setItem('limber.history', h);
        }, text, history, SAFETY_READ);
        await reload(page);
        await waitView(page, 'view-home');
        const shown = (await messages(page)).map((m) => m.text);
        for (const kind of ['favourites', 'history']) {
          assert.ok(shown.some((t) => t.startsWith(`Your saved ${kind} could not be used: saved ${kind} `)), `${what}: no message about the ${kind}, among: ${shown.join(' | ')}`);
        }
        await assertPlays(page);
        await starAndUnstar(page);
        assert.equal(await stored(page, 'limber.favourites'), text, `${what}: favourites overwritten`);
        assert.equal(await stored(page, 'limber.history'), history, `${what}: history overwritten`);
      }
      assertClean(opened);
      await opened.close();
    });

    test('every window.limber function, called with every wrong type: a clear error or a documented answer, and the core plays on', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      await waitView(page, 'view-home');
      const results = await page.evaluate(callEverything);
      const tried = [...new Set(results.map((r) => r.name.split(' ')[0]))].sort();
      assert.deepEqual(tried, [...NO_ARGUMENTS, ...Object.keys(ARGUMENTS).map((c) => c.split(' ')[0])].filter((n, i, all) => all.indexOf(n) === i).sort(),
        'every function of window.limber is tried, and each has its expectations here');

      const problems = [];
      for (const r of results) {
        const what = `${r.name}(${r.valueName})`;
        if (!r.alive) problems.push(`${what}: the core no longer answers state()`);
        const spec = ARGUMENTS[r.name];
        if (!spec) {
          if (r.error) problems.push(`${what} takes no argument, yet threw ${r.error}: ${r.message}`);
        } else if (spec.fair(r.valueName)) {
          if (r.error) problems.push(`${what}: a fair argument, yet threw ${r.error}: ${r.message}`);
          else if (spec.answer && !SHAPES[spec.answer](r)) problems.push(`${what}: not a documented answer: ${JSON.stringify(r)}`);
        } else {
          const want = typeof spec.error === 'function' ? spec.error(r.valueName) : spec.error;
          if (r.error !== want) problems.push(`${what}: wanted ${want}, got ${r.error ? `${r.error}: ${r.message}` : JSON.stringify(r)}`);
          else if (!/\w{3,}.*\w{3,}/.test(r.message)) problems.push(`${what}: ${r.error} without a message that says what is wrong`);
        }
      }
      assert.deepEqual(problems, []);

      for (const r of await page.evaluate(wrongFields)) {
        const want = r.name in FIELD_ERRORS ? FIELD_ERRORS[r.name] : 'TypeError';
        assert.equal(r.error, want, `${r.name}: ${r.message}`);
        if (want) assert.match(r.message, /must be/, r.name);
      }

      // The core still plays: a routine starts and runs, frame after frame.
      await page.evaluate(() => { limber.setTimeScale(4); limber.start('micro-break'); });
      await waitFor(page, () => limber.state().screen === 'player' && limber.state().elapsedMs > 2000);
      // The listener that throws is reported as an uncaught error, and nothing else is.
      for (const end = Date.now() + 10_000; !opened.pageErrors.length && Date.now() < end;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(opened.pageErrors.length > 0 && opened.pageErrors.every((e) => /a listener that throws/.test(e)), opened.pageErrors.slice(0, 3).join('\n'));
      opened.pageErrors.length = 0;
      assertClean(opened);
      await opened.close();
    });
  });
}
