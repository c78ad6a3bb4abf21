// What the page keeps in localStorage: favourites and history (validated by the core,
// docs/saved-data.md), sound and reminder settings. Text that cannot be read, or that a
// newer Limber wrote, is never overwritten without the user's say; one bad entry is
// kept as it was and reported, never dropped.
'use strict';

(function (Page) {
  const { notify } = Page;
  const KEYS = { favourites: 'limber.favourites', history: 'limber.history' };

  const storage = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch (err) {
        storage.failed(err);
        return null;
      }
    },
    set(key, text) {
      try {
        window.localStorage.setItem(key, text);
        return true;
      } catch (err) {
        storage.failed(err);
        return false;
      }
    },
    remove(key) {
      try {
        window.localStorage.removeItem(key);
      } catch (err) {
        storage.failed(err);
      }
    },
    failed(err) {
      notify(Page.t('storage.unavailable', { why: err.name || Page.t('storage.unknown') }), { id: 'storage' });
    },
  };
  Page.storage = storage;

  // One saved list ('favourites' or 'history'), read once and written back whole.
  function savedList(kind) {
    const list = { entries: [], kept: [], writable: true, listeners: new Set() };

    list.load = function () {
      const text = storage.get(KEYS[kind]);
      if (text === null) return;
      const read = limber.readSaved(kind, text);
      list.entries = read.entries;
      list.kept = read.skipped.map((s) => s.raw);
      if (read.error) {
        list.writable = false;
        const damaged = !read.fromNewer;
        const message = notify(Page.t(`saved.${kind}.${damaged ? 'damaged' : 'newer'}`, { error: read.error }), { id: `saved-${kind}` });
        if (damaged) {
          message.append(Page.h('button', {
            type: 'button',
            onclick() {
              // The user's say: the damaged text moves aside under its own key, then a fresh list starts.
              if (storage.set(`${KEYS[kind]}.damaged`, text)) {
                list.writable = true;
                list.save();
                message.remove();
              }
            },
          }, Page.t(`saved.${kind}.setAside`)));
        }
      } else if (read.skipped.length) {
        const count = read.skipped.length;
        notify(Page.tn(`saved.${kind}.skipped`, count, { reasons: read.skipped.map((s) => s.reason).join('; ') }),
          { id: `saved-${kind}`, kind: 'warning' });
      }
    };

    list.save = function () {
      if (list.writable) storage.set(KEYS[kind], limber.writeSaved(kind, { entries: list.entries, kept: list.kept }));
      list.listeners.forEach((fn) => fn());
    };

    // Puts back a text this list wrote itself a moment ago (an undo), byte for byte.
    list.restoreText = function (text) {
      if (list.writable) storage.set(KEYS[kind], text);
      list.listeners.forEach((fn) => fn());
    };

    list.onChange = (fn) => list.listeners.add(fn);
    return list;
  }

  const favourites = savedList('favourites');
  favourites.has = (link) => favourites.entries.some((e) => e.link === link);
  favourites.toggle = function (link) {
    if (favourites.has(link)) favourites.entries = favourites.entries.filter((e) => e.link !== link);
    else favourites.entries.push({ link, atMs: Date.now(), durationMs: 0 });
    favourites.save();
    return favourites.has(link);
  };
  favourites.add = function (link) {
    if (!favourites.has(link)) favourites.toggle(link);
  };
  // Takes a favourite off and returns what puts it back at its place: the stored text as it
  // was, byte for byte, when nothing was stored since; else the entry at its old index.
  favourites.remove = function (link) {
    const index = favourites.entries.findIndex((e) => e.link === link);
    if (index < 0) return () => {};
    const before = storage.get(KEYS.favourites);
    const [entry] = favourites.entries.splice(index, 1);
    favourites.save();
    const after = storage.get(KEYS.favourites);
    return function restore() {
      if (favourites.has(link)) return;
      favourites.entries.splice(Math.min(index, favourites.entries.length), 0, entry);
      if (before !== null && storage.get(KEYS.favourites) === after) favourites.restoreText(before);
      else favourites.save();
    };
  };

  // Export: the stored format itself, so an import is read by the same validating reader.
  favourites.exportText = () => limber.writeSaved('favourites', { entries: favourites.entries, kept: favourites.kept });
  favourites.importText = function (text) {
    const read = limber.readSaved('favourites', text);
    if (read.error) throw new Error(read.error);
    let added = 0;
    for (const entry of read.entries) {
      if (favourites.has(entry.link)) continue;
      favourites.entries.push(entry);
      added += 1;
    }
    favourites.save();
    return { added, skipped: read.skipped };
  };

  const history = savedList('history');
  // A finished run as the core reports it (state().finished): the time actually spent,
  // whether it counts, and each exercise done or skipped.
  history.record = function (finished) {
    history.entries.push({
      link: finished.routine,
      atMs: Date.now(),
      durationMs: Math.min(Math.max(0, finished.spentMs), Page.catalog().limits.historyDurationMs),
      counts: finished.counts,
      exercises: finished.exercises,
    });
    history.save();
  };
  history.summary = (now = Date.now()) => limber.historySummary(history.entries, now);

  Page.favourites = favourites;
  Page.history = history;

  // A small JSON setting object under its own key; unreadable values fall back to defaults.
  Page.settings = function (key, defaults, valid) {
    let saved = {};
    try {
      saved = JSON.parse(storage.get(key) || '{}') || {};
    } catch {
      notify(Page.t('settings.unreadable', { key }), { kind: 'warning' });
    }
    const value = {};
    for (const [name, fallback] of Object.entries(defaults)) value[name] = valid[name](saved[name]) ? saved[name] : fallback;
    return {
      value,
      save(changes) {
        Object.assign(value, changes);
        storage.set(key, JSON.stringify({ version: 1, ...value }));
      },
    };
  };
})(window.Page);
