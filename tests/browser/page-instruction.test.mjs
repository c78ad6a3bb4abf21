// One instruction at a time: moments of a real routine (getting ready, reps, a hold,
// switching sides, the rest between sets), each stopped where it is, and what the player
// view says there: one instruction, a countdown that says what it counts (to screen
// readers too), a caption that agrees with it, and "Next up" only where it names what
// comes after this exercise.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch } from './harness.mjs';
import { pauseWhen } from './moments.mjs';
import { assertClean, customLink, go, openApp } from './page-helpers.mjs';

// Each exercise at the least its range allows: ten shoulder rolls (2.5 s in, 2.5 s out),
// then thread the needle, 20 s a side in two sets (4 s in, 6 s out): ready 0-5 s, rolls
// 5-55, ready 55-60, left 60-80, switch 80-85, right 85-105, rest 105-115, set 2 115-160.
const ROUTINE = {
  name: 'Rolls and a stretch',
  items: [
    { exercise: 'shoulder-rolls', reps: 10, sets: 1, perSide: false },
    { exercise: 'thread-the-needle', holdSeconds: 20, sets: 2, perSide: true },
  ],
};

// The moments, each a span of routine time (ms) and what the view must say there. Each
// span lies inside one second of its countdown and away from any cue, so the countdown
// and caption it expects are fixed.
const MOMENTS = [
  {
    name: 'getting ready for the first exercise',
    at: [100, 900],
    shows: { exercise: 'Shoulder rolls', instruction: 'Get ready: Shoulder rolls', countdown: '5', label: 'seconds to get ready', caption: 'Shoulder rolls. Stand or sit tall, arms loose.', nextUp: '' },
  },
  {
    name: 'work with reps, the last out-breath',
    at: [53100, 53900],
    shows: { exercise: 'Shoulder rolls', instruction: 'Breathe out: shoulders roll back and down', countdown: '2', label: 'seconds left in this set', caption: 'Breathe out.', nextUp: 'Next up: Thread the needle' },
  },
  {
    name: 'getting ready for the second exercise',
    at: [55100, 55900],
    shows: { exercise: 'Thread the needle', instruction: 'Get ready: Thread the needle', countdown: '5', label: 'seconds to get ready', caption: 'Next: Thread the needle. Come onto all fours, hips over your knees.', nextUp: '' },
  },
  {
    name: 'a hold, on the in-breath',
    at: [62100, 62900],
    shows: { exercise: 'Thread the needle', instruction: 'Hold — breathe in: arm reaches up, chest opens', countdown: '18', label: 'seconds left in this hold', caption: 'Stay there, and keep breathing.', nextUp: 'Last exercise' },
  },
  {
    name: 'a hold, halfway',
    at: [70100, 70900],
    shows: { exercise: 'Thread the needle', instruction: 'Hold — breathe in: arm reaches up, chest opens', countdown: '10', label: 'seconds left in this hold', caption: 'Halfway there.', nextUp: 'Last exercise' },
  },
  {
    name: 'switching sides',
    at: [81100, 81900],
    shows: { exercise: 'Thread the needle', instruction: 'Switch sides', countdown: '4', label: 'seconds to switch sides', caption: 'Switch to your right side.', nextUp: 'Last exercise' },
  },
  {
    name: 'a hold, on the out-breath',
    at: [103100, 103900],
    shows: { exercise: 'Thread the needle', instruction: 'Hold — breathe out: arm threads under, shoulder sinks', countdown: '2', label: 'seconds left in this hold', caption: 'Two', nextUp: 'Last exercise' },
  },
  {
    name: 'the rest between sets',
    at: [109100, 109900],
    shows: { exercise: 'Thread the needle', instruction: 'Rest — next: set 2 of 2', countdown: '6', label: 'seconds of rest', caption: 'Rest.', nextUp: '' },
  },
];

// What the readout says, line by line, and whether the countdown reaches screen readers.
const readout = (page) => page.evaluate(() => {
  const text = (id) => document.getElementById(id).textContent;
  const countdown = document.getElementById('countdown').closest('p');
  return {
    shown: {
      exercise: text('exercise-name'),
      instruction: text('phase'),
      countdown: text('countdown'),
      label: text('countdown-label'),
      caption: text('caption'),
      nextUp: text('next-up'),
    },
    detail: text('detail'),
    countdownRead: countdown.closest('[aria-hidden="true"]') ? null : countdown.textContent,
  };
});

for (const browserName of BROWSERS) {
  describe(`page, one instruction at a time, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('each moment of a routine has one instruction, a labelled countdown and a caption that agrees', async () => {
      const opened = await openApp(browser);
      const { page } = opened;
      const link = await customLink(page, ROUTINE);
      await go(page, `play/${link}`, 'view-player');
      // The routine starts at the slowest speed below: the frame that starts it also makes
      // the canvas's GL context and opens the sound, which on a busy machine can hold the
      // main thread for a good part of a second while routine time runs on.
      const CREEP = 0.05;
      await page.evaluate((scale) => limber.setTimeScale(scale), CREEP);
      await page.click('#start');
      for (const moment of MOMENTS) {
        // Quickly to just before the span, then slower and slower into it: conditions on
        // routine time alone, which only a frame stalled for seconds could step over.
        const [from, to] = moment.at;
        for (const [scale, until] of [[4, from - 1500], [0.5, from - 100], [CREEP, from]]) {
          if ((await page.evaluate(() => limber.state().elapsedMs)) >= until) continue;
          await page.evaluate((x) => { limber.setTimeScale(x); limber.resume(); }, scale);
          await pauseWhen(page, `(s) => s.elapsedMs >= ${until}`);
        }
        const at = await page.evaluate(() => limber.state().elapsedMs);
        assert.ok(at < to, `${moment.name}: stopped at ${at} ms, past the span ${from}-${to} ms (a frame stalled for over ${(to - from) / CREEP} ms)`);
        // Shown running, not paused (paused, the instruction line says so): at a thousandth
        // of real time the moment lasts well beyond the check.
        await page.evaluate(() => { limber.setTimeScale(0.001); limber.resume(); });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const seen = await readout(page);
        assert.deepEqual(seen.shown, moment.shows, moment.name);
        assert.equal(seen.countdownRead, `${moment.shows.countdown} ${moment.shows.label}`, `${moment.name}: the countdown is read with its label`);
        if (moment.name === 'the rest between sets') assert.doesNotMatch(seen.detail, /Set/, 'a rest does not show the coming set as under way');
        // The view names only the exercise of this moment; "Next up" names the one after it.
        const other = moment.shows.exercise === 'Shoulder rolls' ? 'Thread the needle' : 'Shoulder rolls';
        const named = [seen.shown.exercise, seen.shown.instruction, seen.shown.caption, seen.detail].join(' | ');
        assert.ok(!named.includes(other), `${moment.name}: "${named}" names ${other}`);
      }
      assertClean(opened);
      await opened.close();
    });
  });
}
