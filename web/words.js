// The page's own words in the reader's language. English is the page's: index.html's text
// for each element marked data-w (data-w-label for its aria-label, data-w-title for its
// title), and `english` below for what the scripts write. A language pack
// (assets/lang/<code>.json, dist/lang-<code>.js) gives the same keys under "page"; the
// catalog's words in it are the core's (limber.setLanguage).
'use strict';

(function (Page) {
  const english = {
    dismiss: 'Dismiss',
    'sound.off': 'Sound is off.',
    'sound.running': 'Sound is on.',
    'sound.suspended': 'Sound is on, but the browser paused it — click or press a key.',
    'sound.waiting': 'Sound is on — it starts with your first click or key press.',
    'sound.turnOff': 'Turn sound off (M)',
    'sound.turnOn': 'Turn sound on (M)',
    // After the button's name, with the separator the language puts before a value.
    'sound.stateOn': ': on',
    'sound.stateOff': ': off',
    'link.notOpened': '{what} could not be opened: {error}. Here are the routines instead.',
    'link.thisLink': 'This link',
    'link.toEdit': 'The routine to edit',
    'voice.notLoaded': 'The voice could not be loaded: cues play their tones, and the captions show the words.',
    'catalog.damaged': 'The exercise data is damaged: {error}',
    'language.notLoaded': 'The words in {language} could not be loaded ({error}); the page stays in {current}.',
    'time.seconds': '{n} s',
    'time.minutes': '{n} min',
    'title.home': 'Limber — guided stretch breaks',
    'title.page': '{name} — Limber',
    'title.builder': 'Build a routine — Limber',
    'title.paused': 'Paused · {exercise} · {left} left — Limber',
    'card.start': 'Start',
    'card.startLabel': 'Start {routine}',
    'star.on': '★ Starred',
    'star.off': '☆ Star',
    'star.label': 'Star {routine}',
    'star.removed': 'Removed “{routine}” from your favourites.',
    'star.removedOwn': 'Removed “{routine}” from your favourites, the only place it was kept.',
    'star.back': '“{routine}” is back in your favourites.',
    'routines.count': '{shown} of {total} routines',
    'week.none': 'Your breaks will show here once you take one.',
    'week.empty': 'No breaks in the last 7 days yet.',
    'week.breaks.one': '{n} break on {days} of the last 7 days, {time} in all.',
    'week.breaks.other': '{n} breaks on {days} of the last 7 days, {time} in all.',
    'week.streak.one': 'Streak: {n} day.',
    'week.streak.other': 'Streak: {n} days.',
    'week.skipped.one': '{n} more was mostly skipped and not counted.',
    'week.skipped.other': '{n} more were mostly skipped and not counted.',
    'week.onlySkipped.one': 'No counted breaks in the last 7 days yet: {n} was mostly skipped and not counted ({time} spent).',
    'week.onlySkipped.other': 'No counted breaks in the last 7 days yet: {n} were mostly skipped and not counted ({time} spent).',
    'week.goalMet': 'A break every day this week, as articles 001 and 004 suggest.',
    'week.goal.one': 'Articles 001 and 004 suggest a few minutes each day; {n} day this week had none.',
    'week.goal.other': 'Articles 001 and 004 suggest a few minutes each day; {n} days this week had none.',
    'week.day.one': '{day}: {n} break',
    'week.day.other': '{day}: {n} breaks',
    'week.daySkipped': '{day}: {n} breaks, {skipped} mostly skipped',
    'import.done.one': 'Imported {n} favourite from {file}.',
    'import.done.other': 'Imported {n} favourites from {file}.',
    'import.partly': 'Imported {favourites} from {file}; {skipped} could not be read ({reasons}).',
    'import.favourites.one': '{n} favourite',
    'import.favourites.other': '{n} favourites',
    'import.failed': '{file} could not be imported: {error}. Your favourites are unchanged.',
    'facts.needs': 'Needs {equipment}',
    'facts.noEquipment': 'No equipment',
    'place.floor': 'Floor',
    'place.desk-friendly': 'Desk-friendly',
    'place.standing': 'Standing',
    'dose.reps': '{reps} reps',
    'dose.repsHeld': '{reps} reps, each held {seconds} s',
    'dose.hold': '{seconds} s hold',
    'dose.sets': '{amount} × {sets} sets',
    'dose.eachSide': '{amount}, each side',
    'link.copied': 'Link copied.',
    'link.copyThis': 'Copy this link: {url}',
    'exercise.shortened': 'Shortened: ',
    'exercise.breathing': 'Breathe in: {in} · Breathe out: {out}',
    'exercise.takeCare': 'Take care',
    'exercise.figure': '{name}, {position}: {doing}',
    'routine.own': 'Your own routine.',
    'player.pressStart': 'Press Start',
    'player.whenInPlace': ' when you are in place.',
    'player.orKey': ' (or {key})',
    'player.noFullscreen': 'This browser did not allow full screen here.',
    'player.rep': 'Rep {rep} of {reps}',
    'player.set': 'Set {set} of {sets}',
    'player.resume': 'Resume',
    'player.pause': 'Pause',
    'player.firstUp': 'First up',
    'player.overview': '{count} exercises · {time}',
    'player.paused': 'Paused · {instruction}',
    'player.progress': 'Exercise {n} of {count} · {left} left',
    'player.hiddenPause': 'Paused while the page was hidden. Press Resume',
    'player.whenReady': ' when you are ready.',
    'finish.wellDone': 'Well done: {name}',
    'finish.over': 'Break over: {name}',
    'finish.endedEarly': 'Break ended early: {name}',
    'finish.time': 'Time spent: {spent}',
    'finish.timeOf': 'Time spent: {spent} of {elapsed}',
    'finish.streak.one': 'Streak: {n} day in a row with a break.',
    'finish.streak.other': 'Streak: {n} days in a row with a break.',
    'finish.notCounted': 'Most of this break was skipped, so it doesn\'t count towards your streak.',
    'finish.item': '{name} ({dose}): {outcome}',
    'finish.done': 'done',
    'finish.skipped': 'skipped',
    'exercise.startPosition': 'the starting position',
    'safety.warning': '{warning}:',
    'player.spaceKey': 'Space',
    'builder.total.one': '{n} exercise, {time} in all.',
    'builder.total.other': '{n} exercises, {time} in all.',
    'builder.start': 'Add exercises and give your routine a name.',
    'builder.fix.one': 'Not ready: fix the field marked above.',
    'builder.fix.other': 'Not ready: fix the {n} fields marked above.',
    'builder.notReady': 'Not ready: {error}.',
    'builder.reps': 'Reps',
    'builder.holdEach': 'Hold each (s)',
    'builder.hold': 'Hold (s)',
    'builder.sets': 'Sets',
    'builder.eachSide': 'Each side',
    'builder.up': '↑ Up',
    'builder.upLabel': 'Move {name} up',
    'builder.down': '↓ Down',
    'builder.downLabel': 'Move {name} down',
    'builder.remove': 'Remove',
    'builder.removeLabel': 'Remove {name}',
    'builder.removed': 'Removed {name} from your routine.',
    'builder.back': '{name} is back in your routine.',
    'builder.replaced': 'Your earlier draft was replaced by {name}.',
    'builder.draftBack': 'Your earlier draft is back.',
    'builder.added': 'Added {name}.',
    'builder.addOne': 'Add',
    'builder.addLabel': 'Add {name}',
    'reminder.title': '⏰ Time for a break — Limber',
    'reminder.noneInHours': 'Reminders on · none within your working hours',
    'reminder.next': 'Reminders on · next {time}',
    'reminder.off': 'Reminders are off.',
    'reminder.at': 'Next reminder at {time}.',
    'reminder.atIfInHours': 'Next reminder at {time} (if within your working hours).',
    'notify.granted': 'Desktop notifications: allowed.',
    'notify.denied': 'Desktop notifications: blocked. Your browser\'s site settings can allow them; until then the banner and a chime remind you.',
    'notify.default': 'Desktop notifications: not asked yet.',
    'notify.unavailable': 'Desktop notifications: not available in this browser; the banner and a chime remind you.',
    'notify.title': 'Time for a stretch break',
    'notify.body': 'Two minutes for your back: Limber is ready.',
    'resume.offer': 'Resume {routine} from {exercise} (exercise {n} of {count})?',
    'leave.inProgress': 'A routine is in progress.',
    'leave.title': 'Leave {name}?',
    'leave.thisRoutine': 'Leave this routine?',
    'leave.whereOf': 'You are on {exercise} (exercise {n} of {count}).',
    'leave.where': 'You are on {exercise}.',
    'leave.anExercise': 'an exercise',
    'leave.waits': 'The routine waits while you choose; leaving ends it here.',
    'undo.undo': 'Undo',
    'undo.dismissLabel': 'Dismiss this notice',
    'install.ready': 'A new version of Limber is ready.',
    'install.reload': 'Reload to update',
    'install.offlineFailed': 'Limber could not be set up to work offline: {error}',
    'storage.unavailable': 'This browser is not letting Limber save anything ({why}). Everything works, but favourites, history and settings last only until the page closes.',
    'storage.unknown': 'storage unavailable',
    'saved.favourites.damaged': 'Your saved favourites could not be used: {error}. They are left untouched; changes you make now last only for this visit.',
    'saved.favourites.newer': 'Your saved favourites could not be used: {error}. Changes you make now last only for this visit.',
    'saved.favourites.setAside': 'Set the damaged favourites aside and start afresh',
    'saved.favourites.skipped.one': '{n} saved favourite could not be read ({reasons}). It is kept as stored; the rest work.',
    'saved.favourites.skipped.other': '{n} saved favourites entries could not be read ({reasons}). They are kept as stored; the rest work.',
    'saved.history.damaged': 'Your saved history could not be used: {error}. They are left untouched; changes you make now last only for this visit.',
    'saved.history.newer': 'Your saved history could not be used: {error}. Changes you make now last only for this visit.',
    'saved.history.setAside': 'Set the damaged history aside and start afresh',
    'saved.history.skipped.one': '{n} saved history entry could not be read ({reasons}). It is kept as stored; the rest work.',
    'saved.history.skipped.other': '{n} saved history entries could not be read ({reasons}). They are kept as stored; the rest work.',
    'settings.unreadable': 'Saved settings ({key}) could not be read; defaults are used until you change them.',
    'draft.unreadable': 'Your unsaved routine draft could not be read ({why}), so the builder starts empty.',
    'draft.notJson': 'it is not JSON',
    'draft.notVersion1': 'it is not a version 1 draft',
    'draft.badName': 'its name is not text of up to {bytes} bytes',
    'draft.badLink': 'its exercises are not a link',
  };
  // The HTML's own English by key, read from the page before a key is first put in other words.
  const html = { text: new Map(), label: new Map(), title: new Map() };
  const ATTRS = { label: 'aria-label', title: 'title' };
  let words = english;
  let current = null;  // the pack in use, null in English
  let language = 'en';

  // The Intl formats for the language, made when first needed: a browser takes milliseconds
  // to make its first date format, which the page's start need not wait for.
  let counting = null;  // numbers and plural forms
  let dating = null;  // dates and times
  function counts() {
    counting ??= { numbers: new Intl.NumberFormat(language), plurals: new Intl.PluralRules(language) };
    return counting;
  }
  // The browser's own locale where it speaks the page's language (en-GB keeps its own ways),
  // else the language's; times on the browser's clock, 24-hour or with AM/PM.
  function dates() {
    if (dating) return dating;
    const browser = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
    dating = { locale: browser.locale.split('-')[0] === language ? browser.locale : language, hourCycle: browser.hourCycle };
    return dating;
  }

  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => {
    const value = values[name];
    return typeof value === 'number' ? counts().numbers.format(value) : String(value);
  });
  // "Imported {n} favourites": a key's text with its {values}, numbers as the language writes them.
  Page.t = (key, values = {}) => fill(words[key], values);
  // A key with a form for each plural category the language has (.one, .other, ...), chosen by n.
  Page.tn = (key, n, values = {}) => {
    const form = `${key}.${counts().plurals.select(n)}`;
    return fill(form in words ? words[form] : words[`${key}.other`], { n, ...values });
  };

  function applyHtml() {
    for (const el of document.querySelectorAll('[data-w]')) {
      const key = el.dataset.w;
      if (!html.text.has(key)) html.text.set(key, el.textContent);
      Page.setText(el, current ? current.page[key] : html.text.get(key));
    }
    for (const [kind, attr] of Object.entries(ATTRS)) {
      const name = `w${kind[0].toUpperCase()}${kind.slice(1)}`;
      for (const el of document.querySelectorAll(`[data-w-${kind}]`)) {
        const key = el.dataset[name];
        if (!html[kind].has(key)) html[kind].set(key, el.getAttribute(attr));
        Page.setAttr(el, attr, current ? current.page[key] : html[kind].get(key));
      }
    }
  }

  // A pack as dist/lang-<code>.js gives it (window.limberLanguage), or null for English.
  function use(pack) {
    current = pack;
    language = pack ? pack.language : 'en';
    words = pack ? pack.page : english;
    counting = null;
    dating = null;
    document.documentElement.lang = language;
    applyHtml();
  }

  // The keys a pack must give: each data-w key of the page and each of `english`, a plural
  // key (.one, .other, ...) in the forms the language has.
  function missing(pack) {
    const given = pack.page;
    if (!given || typeof given !== 'object') return 'page';
    const keys = new Set(Object.keys(english).map((key) => key.replace(/\.(zero|one|two|few|many|other)$/, '.other')));
    for (const el of document.querySelectorAll('[data-w], [data-w-label], [data-w-title]')) {
      for (const key of [el.dataset.w, el.dataset.wLabel, el.dataset.wTitle]) if (key) keys.add(key);
    }
    return [...keys].find((key) => typeof given[key] !== 'string' || !given[key]);
  }

  const loaded = new Map();  // code → pack
  function load(code) {
    if (code === 'en' || loaded.has(code)) return Promise.resolve(loaded.get(code) || null);
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `lang-${code}.js`;
      script.addEventListener('load', () => {
        script.remove();
        const pack = window.limberLanguage;
        delete window.limberLanguage;
        const lacks = pack && pack.language === code ? missing(pack) : 'language';
        if (lacks) {
          reject(new Error(`lang-${code}.js has no words for "${lacks}"`));
          return;
        }
        loaded.set(code, pack);
        resolve(pack);
      });
      script.addEventListener('error', () => reject(new Error(`lang-${code}.js is missing`)));
      document.head.append(script);
    });
  }

  Page.words = {
    english,
    language: () => language,
    // For Intl: dates, times and lists as the reader writes them.
    locale: () => dates().locale,
    // "a chair, a wall" as the language lists things.
    list: (items) => (counts().list ??= new Intl.ListFormat(language, { type: 'unit' })).format(items),
    // Times in the page's language on the browser's clock: 24-hour or with AM/PM.
    time: (ms, options = { timeStyle: 'short' }) => {
      const { locale, hourCycle } = dates();
      return new Intl.DateTimeFormat(locale, { ...options, hourCycle }).format(ms);
    },
    pack: () => current,
    name: () => (current ? current.name : 'English'),
    load,
    use,
  };

  // The pack web/boot.js loaded before the body was parsed goes in before the first paint
  // the page allows (boot.js holds it back with the class 'translating').
  let first = window.limberLanguage || null;
  delete window.limberLanguage;
  // A damaged pack leaves the page in English; Page.language says why once it is up.
  const lacks = first && missing(first);
  if (lacks) Page.words.damaged = { name: first.name, error: `lang-${first.language}.js has no words for "${lacks}"` };
  if (lacks) first = null;
  if (first) loaded.set(first.language, first);
  use(first);
  document.documentElement.classList.remove('translating');
})(window.Page);
