// Break reminders: off by default; every N minutes (20-120) within working
// hours, a banner with a chime (or a system notification where allowed); snooze 10 min;
// never in the middle of a routine.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, waitFor } from './harness.mjs';
import { assertClean, openApp, reload, retype, stored, text, waitView } from './page-helpers.mjs';

const MIN = 60000;

// The page's clock runs `clockShiftMs` ahead of the real one, so the test can jump
// forward (from `localStart`, "HH:MM" today, when given); its 5 s check runs every 50 ms
// so a test need not wait out real seconds, and counts its runs in `checksRun`;
// Notification has `permission`, answers a request with `answer`, and logs what is shown.
function reminderStubs(permission, answer = permission, localStart = null) {
  const realNow = Date.now;
  window.startShiftMs = 0;
  if (localStart) {
    const start = new Date();
    start.setHours(Number(localStart.slice(0, 2)), Number(localStart.slice(3)), 0, 0);
    window.startShiftMs = start.getTime() - realNow.call(Date);
  }
  window.clockShiftMs = window.startShiftMs;
  Date.now = () => realNow.call(Date) + window.clockShiftMs;
  const realSetInterval = window.setInterval;
  window.intervalsAsked = [];
  window.checksRun = 0;
  window.setInterval = (fn, ms, ...rest) => {
    window.intervalsAsked.push(ms);
    if (ms !== 5000) return realSetInterval(fn, ms, ...rest);
    return realSetInterval((...args) => {
      fn(...args);
      window.checksRun += 1;
    }, 50, ...rest);
  };
  window.notificationsShown = [];
  window.permissionsAsked = 0;
  window.Notification = class {
    static permission = permission;
    static async requestPermission() {
      window.permissionsAsked += 1;
      window.Notification.permission = answer;
      return answer;
    }
    constructor(title) { window.notificationsShown.push(title); }
    addEventListener() {}
    close() {}
  };
}

async function countChimes(page) {
  await page.evaluate(() => {
    const chime = limber.chime;
    window.chimes = 0;
    limber.chime = () => { window.chimes += 1; return chime(); };
  });
}

const shift = (page, ms) => page.evaluate((x) => { window.clockShiftMs = x; }, ms);
// The page's clock `ms` after the `localStart` it was given.
const shiftFromStart = (page, ms) => page.evaluate((x) => { window.clockShiftMs = window.startShiftMs + x; }, ms);
const HOME_TITLE = 'Limber — guided stretch breaks';
const MARKED_TITLE = '⏰ Time for a break — Limber';
const title = (page) => page.evaluate(() => document.title);
const bannerShown = (page) => page.$eval('#reminder', (el) => !el.hidden);
const chimes = (page) => page.evaluate(() => window.chimes);
// For a negative check: the page's check has run several more times meanwhile.
async function severalChecks(page) {
  const before = await page.evaluate(() => window.checksRun);
  await waitFor(page, (n) => window.checksRun >= n + 5, {}, before);
}

// Working hours from `fromMin` to `toMin` minutes after the page's now, as typed in the form.
async function setHours(page, fromMin, toMin) {
  await page.evaluate((a, b) => {
    const hhmm = (m) => new Date(Date.now() + m * 60000).toTimeString().slice(0, 5);
    for (const [id, m] of [['reminder-from', a], ['reminder-to', b]]) {
      const input = document.getElementById(id);
      input.value = hhmm(m);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, fromMin, toMin);
}

// Waits for a check past the due time: it schedules the next one, which changes the text.
async function nextCheck(page, before) {
  await waitFor(page, (t) => document.getElementById('reminder-next').textContent !== t, {}, before);
}

for (const browserName of BROWSERS) {
  describe(`page, reminders, in ${browserName}`, () => {
    let browser;
    before(async () => { browser = await launch(browserName); });
    after(async () => { await browser?.close(); });

    test('off by default; on, every 20 min within working hours: banner with chime, snooze 10 min', async () => {
      const opened = await openApp(browser, '', { setup: reminderStubs, setupArgs: ['default'] });
      const { page } = opened;
      await waitView(page, 'view-home');
      await countChimes(page);
      assert.ok((await page.evaluate(() => window.intervalsAsked)).includes(5000), 'the page checks every 5 s');
      await shift(page, 3 * 60 * MIN);
      await severalChecks(page);
      assert.equal(await bannerShown(page), false, 'no reminder unless asked for');
      await shift(page, 0);

      await page.click('#open-settings');
      await waitFor(page, () => document.getElementById('settings').open);
      assert.equal(await page.$eval('#reminder-enabled', (el) => el.checked), false);
      assert.equal(await text(page, '#reminder-next'), 'Reminders are off.');
      assert.equal(await stored(page, 'limber.reminders'), null);
      await setHours(page, -60, 180);
      await page.click('#reminder-enabled');
      assert.equal(await page.evaluate(() => window.permissionsAsked), 1, 'a system notification is asked for');
      await retype(page, '#reminder-every', 5);
      await page.keyboard.press('Tab');
      assert.equal(await page.$eval('#reminder-every', (el) => el.value), '20', 'at least every 20 minutes');
      assert.deepEqual(JSON.parse(await stored(page, 'limber.reminders')), {
        version: 1, enabled: true, every: 20,
        from: await page.$eval('#reminder-from', (el) => el.value), to: await page.$eval('#reminder-to', (el) => el.value),
      });
      const in20 = await page.evaluate(() => [0, -60000].map((d) => `Next reminder at ${
        new Date(Date.now() + 20 * 60000 + d).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`));
      assert.ok(in20.includes(await text(page, '#reminder-next')), `${await text(page, '#reminder-next')}: not ${in20[0]}`);
      await page.click('#settings button[type="submit"]');
      await waitFor(page, () => !document.getElementById('settings').open);

      await shift(page, 19 * MIN);
      await severalChecks(page);
      assert.equal(await bannerShown(page), false, 'not before 20 minutes');
      await shift(page, 20 * MIN + 1000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.equal(await text(page, '#reminder p'), 'Time for a stretch break.');
      assert.equal(await chimes(page), 1, 'the banner comes with a chime');
      assert.deepEqual(await page.evaluate(() => window.notificationsShown), []);

      await page.click('#reminder-snooze');
      assert.equal(await bannerShown(page), false);
      await shift(page, 29 * MIN);
      await severalChecks(page);
      assert.equal(await bannerShown(page), false, 'snoozed for 10 minutes');
      await shift(page, 30 * MIN + 2000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.equal(await chimes(page), 2);
      await page.click('#reminder-dismiss');
      assert.equal(await bannerShown(page), false);

      // Outside working hours the time passes without a reminder.
      await setHours(page, 180, 240);
      const planned = await text(page, '#reminder-next');
      assert.match(planned, /\(if within your working hours\)\.$/);
      await shift(page, 51 * MIN);
      await nextCheck(page, planned);
      assert.equal(await bannerShown(page), false, 'no reminder outside working hours');
      assert.equal(await chimes(page), 2);

      // Nor in the middle of a routine.
      await setHours(page, -120, 300);
      await page.click('#quick-break');
      await waitView(page, 'view-player');
      const duringRoutine = await text(page, '#reminder-next');
      await shift(page, 72 * MIN);
      await nextCheck(page, duringRoutine);
      assert.equal(await bannerShown(page), false, 'no reminder during a routine');

      await reload(page);
      assert.equal(await page.$eval('#reminder-enabled', (el) => el.checked), true);
      assert.equal(await page.$eval('#reminder-every', (el) => el.value), '20');
      assertClean(opened);
      await opened.close();
    });

    test('where notifications are allowed, a system notification is shown instead of the chime', async () => {
      const hhmm = (m) => new Date(Date.now() + m * MIN).toTimeString().slice(0, 5);  // local "HH:MM"
      const opened = await openApp(browser, '', {
        setup: reminderStubs,
        setupArgs: ['granted'],
        storage: { 'limber.reminders': JSON.stringify({ version: 1, enabled: true, every: 30, from: hhmm(-60), to: hhmm(120) }) },
      });
      const { page } = opened;
      await waitView(page, 'view-home');
      await countChimes(page);
      await shift(page, 30 * MIN + 1000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.deepEqual(await page.evaluate(() => window.notificationsShown), ['Time for a stretch break']);
      assert.equal(await chimes(page), 0);
      await page.click('#reminder-start');
      await waitView(page, 'view-player');
      await waitFor(page, () => limber.state().routine === 'micro-break' && limber.state().screen === 'player');
      assertClean(opened);
      await opened.close();
    });

    test('home says "Reminders on · next …"; a reminder marks the tab title until the user answers', async () => {
      const opened = await openApp(browser, '', {
        setup: reminderStubs,
        setupArgs: ['default', 'default', '08:00'],
        storage: { 'limber.reminders': JSON.stringify({ version: 1, enabled: true, every: 45, from: '09:00', to: '17:30' }) },
      });
      const { page } = opened;
      await waitView(page, 'view-home');
      await countChimes(page);
      // The time as the browser's locale writes it: 24-hour or with AM/PM.
      const nextAt = (hhmm, amPm) => [`Reminders on · next ${hhmm}`, `Reminders on · next ${hhmm.replace(/^0/, '')} ${amPm}`];
      const assertLine = async (hhmm, amPm) => {
        const line = await text(page, '#reminder-summary');
        assert.ok(nextAt(hhmm, amPm).includes(line), `"${line}": not ${nextAt(hhmm, amPm).join(' or ')}`);
      };
      // Opened at 08:00, every 45 minutes: 08:45 is before working hours, so 09:30.
      await assertLine('09:30', 'AM');
      assert.equal(await title(page), HOME_TITLE);
      await page.click('#reminder-change');
      await waitFor(page, () => document.getElementById('settings').open);
      await page.click('#settings button[type="submit"]');
      await waitFor(page, () => !document.getElementById('settings').open);

      const planned = await text(page, '#reminder-next');
      await shiftFromStart(page, 45 * MIN + 1000);
      await nextCheck(page, planned);
      assert.equal(await bannerShown(page), false, 'no reminder at 08:45');
      await assertLine('09:30', 'AM');
      assert.equal(await title(page), HOME_TITLE);

      await shiftFromStart(page, 90 * MIN + 2000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.equal(await title(page), MARKED_TITLE, 'the tab title calls for a break');
      await assertLine('10:15', 'AM');
      await page.click('#reminder-dismiss');
      assert.equal(await title(page), HOME_TITLE, 'answered: the title is the page\'s again');

      await shiftFromStart(page, 135 * MIN + 3000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.equal(await title(page), MARKED_TITLE);
      await page.click('#reminder-snooze');
      assert.equal(await title(page), HOME_TITLE);
      await assertLine('10:25', 'AM');
      assert.equal(await chimes(page), 2);

      // In a background tab: the title calls until the user comes back to the page.
      const other = await page.browserContext().newPage();
      await other.bringToFront();
      await waitFor(page, () => document.visibilityState === 'hidden');
      await shiftFromStart(page, 145 * MIN + 4000);
      await waitFor(page, () => !document.getElementById('reminder').hidden);
      assert.equal(await title(page), MARKED_TITLE);
      await page.bringToFront();
      await waitFor(page, (t) => document.title === t, {}, HOME_TITLE);
      assert.equal(await bannerShown(page), true, 'the banner waits for an answer');
      await other.close();
      await page.click('#reminder-dismiss');
      assert.equal(await title(page), HOME_TITLE);

      await page.click('#reminder-change');
      await waitFor(page, () => document.getElementById('settings').open);
      await page.click('#reminder-enabled');
      await page.click('#settings button[type="submit"]');
      await waitFor(page, () => !document.getElementById('settings').open);
      assert.equal(await page.$eval('#reminder-line', (el) => el.hidden), true, 'off: no line');
      assertClean(opened);
      await opened.close();
    });

    test('the reminder time follows the browser\'s locale', async (t) => {
      if (browserName !== 'chromium') {
        t.skip('puppeteer cannot set the locale of Firefox over WebDriver BiDi');
        return;
      }
      const opened = await openApp(browser, '', {
        setup: reminderStubs,
        setupArgs: ['default', 'default', '08:00'],
        storage: { 'limber.reminders': JSON.stringify({ version: 1, enabled: true, every: 30, from: '07:00', to: '22:00' }) },
      });
      const { page } = opened;
      const cdp = await page.createCDPSession();
      for (const [locale, line] of [['en-GB', 'Reminders on · next 08:30'], ['en-US', 'Reminders on · next 8:30 AM'], ['de-DE', 'Reminders on · next 08:30']]) {
        await cdp.send('Emulation.setLocaleOverride', {});
        await cdp.send('Emulation.setLocaleOverride', { locale });
        await reload(page);
        await waitView(page, 'view-home');
        assert.equal(await text(page, '#reminder-summary'), line, locale);
      }
      assertClean(opened);
      await opened.close();
    });

    test('Settings shows whether desktop notifications are allowed, blocked or not yet asked, and asks', async () => {
      const BLOCKED = 'Desktop notifications: blocked. Your browser\'s site settings can allow them; until then the banner and a chime remind you.';
      const cases = [
        ['granted', 'granted', 'Desktop notifications: allowed.', null],
        ['denied', 'denied', BLOCKED, null],
        ['default', 'granted', 'Desktop notifications: not asked yet.', 'Desktop notifications: allowed.'],
        ['default', 'denied', 'Desktop notifications: not asked yet.', BLOCKED],
      ];
      for (const [permission, answer, shown, afterAsking] of cases) {
        const opened = await openApp(browser, '', { setup: reminderStubs, setupArgs: [permission, answer] });
        const { page } = opened;
        await waitView(page, 'view-home');
        await page.click('#open-settings');
        await waitFor(page, () => document.getElementById('settings').open);
        assert.equal(await text(page, '#notify-permission'), shown, permission);
        assert.equal(await page.$eval('#notify-ask', (el) => el.hidden), afterAsking === null, `${permission}: a button to ask`);
        if (afterAsking !== null) {
          await page.click('#notify-ask');
          await waitFor(page, (t) => document.getElementById('notify-permission').textContent === t, {}, afterAsking);
          assert.equal(await page.evaluate(() => window.permissionsAsked), 1);
          assert.equal(await page.$eval('#notify-ask', (el) => el.hidden), true, 'asked: no button');
        }
        assertClean(opened);
        await opened.close();
      }
      const opened = await openApp(browser, '', { setup: () => { delete window.Notification; } });
      const { page } = opened;
      await waitView(page, 'view-home');
      await page.click('#open-settings');
      await waitFor(page, () => document.getElementById('settings').open);
      assert.equal(await text(page, '#notify-permission'),
        'Desktop notifications: not available in this browser; the banner and a chime remind you.');
      assert.equal(await page.$eval('#notify-ask', (el) => el.hidden), true);
      assertClean(opened);
      await opened.close();
    });
  });
}
