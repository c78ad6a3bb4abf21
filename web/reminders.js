// Break reminders while the page is open: every N minutes within working hours, as a
// system notification where the user allowed it, and an in-page banner either way (with
// a chime when no notification was shown). Off by default.
'use strict';

(function (Page) {
  const { $, setText } = Page;
  const CHECK_EVERY_MS = 5000;
  const SNOOZE_MS = 10 * 60000;
  const isTime = (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
  const markedTitle = () => Page.t('reminder.title');
  let store;
  let dueAt = Infinity;
  let unmarkedTitle = null;  // the view's own title while the tab's title calls for a break

  const minutesOfDay = (text) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
  function withinHours(now) {
    const { from, to } = store.value;
    const d = new Date(now);
    const m = d.getHours() * 60 + d.getMinutes();
    const start = minutesOfDay(from);
    const end = minutesOfDay(to);
    return start <= end ? m >= start && m < end : m >= start || m < end;  // hours may run past midnight
  }

  // In the page's language and the browser's clock: "10:53", "10:53 AM".
  const timeText = (ms) => Page.words.time(ms);

  // The first check from dueAt on that falls within working hours (checks repeat every
  // interval, outside hours too), or null when none does within a day.
  function nextReminder() {
    const step = store.value.every * 60000;
    for (let at = dueAt; at <= dueAt + 86400000; at += step) {
      if (withinHours(at)) return at;
    }
    return null;
  }

  // The home page's line: on, and when next.
  function showLine() {
    $('reminder-line').hidden = !store.value.enabled;
    if (!store.value.enabled) return;
    const next = nextReminder();
    setText($('reminder-summary'), next === null ? Page.t('reminder.noneInHours') : Page.t('reminder.next', { time: timeText(next) }));
  }

  // A reminder marks the tab's title, so it shows in a tab strip or task bar, until the
  // user comes back to the page or answers the banner.
  function markTitle() {
    if (document.title !== markedTitle()) unmarkedTitle = document.title;
    document.title = markedTitle();
  }

  function unmarkTitle() {
    if (document.title === markedTitle() && unmarkedTitle !== null) document.title = unmarkedTitle;
    unmarkedTitle = null;
  }

  function closeBanner() {
    $('reminder').hidden = true;
    unmarkTitle();
  }

  // Whether desktop notifications may be shown, as the browser says, with a way to ask.
  function showPermission() {
    const permission = window.Notification ? Notification.permission : 'unavailable';
    const known = ['granted', 'denied', 'default'].includes(permission);
    setText($('notify-permission'), Page.t(`notify.${known ? permission : 'unavailable'}`));
    $('notify-ask').hidden = permission !== 'default';
  }

  function askPermission() {
    return Promise.resolve(Notification.requestPermission()).catch(() => {}).then(showPermission);
  }

  function schedule(fromNow) {
    dueAt = store.value.enabled ? Date.now() + fromNow : Infinity;
    showNext();
  }

  function showNext() {
    setText($('reminder-next'), !store.value.enabled ? Page.t('reminder.off')
      : Page.t(withinHours(dueAt) ? 'reminder.at' : 'reminder.atIfInHours', {
        time: Page.words.time(dueAt, { hour: '2-digit', minute: '2-digit' }),
      }));
    showLine();
  }

  function remind() {
    let notified = false;
    if (window.Notification && Notification.permission === 'granted') {
      try {
        const n = new Notification(Page.t('notify.title'), { body: Page.t('notify.body'), tag: 'limber-break' });
        n.addEventListener('click', () => { window.focus(); n.close(); });
        notified = true;
      } catch {
        // Some browsers only allow notifications from a service worker: the banner stands in.
      }
    }
    $('reminder').hidden = false;
    markTitle();
    if (!notified) limber.chime();
  }

  function tick() {
    const now = Date.now();
    if (now < dueAt) return;
    const busy = Page.player.busy();
    if (withinHours(now) && !busy) remind();
    schedule(store.value.every * 60000);
  }

  function readForm() {
    const every = Math.min(120, Math.max(20, Math.round(Number($('reminder-every').value) || 45)));
    $('reminder-every').value = String(every);
    const from = isTime($('reminder-from').value) ? $('reminder-from').value : store.value.from;
    const to = isTime($('reminder-to').value) ? $('reminder-to').value : store.value.to;
    store.save({ enabled: $('reminder-enabled').checked, every, from, to });
    if (store.value.enabled && window.Notification && Notification.permission === 'default') askPermission();
    schedule(every * 60000);
  }

  Page.reminders = {
    init() {
      Page.language.onChange(() => {
        showNext();
        showPermission();
      });
      store = Page.settings('limber.reminders', { enabled: false, every: 45, from: '09:00', to: '17:30' }, {
        enabled: (v) => typeof v === 'boolean',
        every: (v) => Number.isInteger(v) && v >= 20 && v <= 120,
        from: isTime,
        to: isTime,
      });
      $('reminder-enabled').checked = store.value.enabled;
      $('reminder-every').value = String(store.value.every);
      $('reminder-from').value = store.value.from;
      $('reminder-to').value = store.value.to;
      for (const id of ['reminder-enabled', 'reminder-every', 'reminder-from', 'reminder-to']) $(id).addEventListener('change', readForm);
      $('reminder-snooze').addEventListener('click', () => {
        closeBanner();
        schedule(SNOOZE_MS);
      });
      $('reminder-dismiss').addEventListener('click', closeBanner);
      $('reminder-start').addEventListener('click', closeBanner);
      $('reminder-change').addEventListener('click', () => $('settings').showModal());
      // Back to the page: the title has done its job (the banner stays until answered).
      window.addEventListener('focus', unmarkTitle);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') unmarkTitle();
      });
      // The browser's answer may change outside the page: read it whenever Settings opens.
      $('open-settings').addEventListener('click', showPermission);
      $('notify-ask').addEventListener('click', askPermission);
      showPermission();
      schedule(store.value.every * 60000);
      setInterval(tick, CHECK_EVERY_MS);
      // A finished break counts: the next reminder is a full interval after it.
      Page.history.onChange(() => schedule(store.value.every * 60000));
    },
  };
})(window.Page);
