// The builder's draft, kept in localStorage (limber.draft) so that leaving the builder, a
// reload or a closed tab loses nothing. The exercises are kept as a link the core encodes
// and, on reading, judges like any other; the name beside it, as typed, since a draft may
// have none yet. A draft that cannot be read is set aside (limber.draft.damaged) and the
// builder starts empty, with a message.
'use strict';

(function (Page) {
  const KEY = 'limber.draft';
  const UNNAMED = 'Untitled';  // the name a nameless draft's link carries
  let lastLink = null;         // the draft's last link the core could make

  // The draft's exercises as a link: under its own name when the core takes it, else under
  // a stand-in; null when it has none, or they cannot be linked (a dose half typed).
  function linkOf(draft) {
    if (!draft.items.length) return null;
    for (const name of [draft.name, UNNAMED]) {
      const made = name ? limber.customRoutine({ name, items: draft.items }) : null;
      if (made && made.ok) return made.routine.link;
    }
    return undefined;
  }

  function damaged(text, why) {
    Page.storage.set(`${KEY}.damaged`, text);
    Page.storage.remove(KEY);
    lastLink = null;
    Page.notify(Page.t('draft.unreadable', { why }), { id: 'draft', kind: 'warning' });
    return null;
  }

  Page.draftStore = {
    text: () => Page.storage.get(KEY),

    // {name, items} as the builder holds them, or null: none kept, or damaged (reported).
    read() {
      const text = Page.storage.get(KEY);
      if (text === null) return null;
      let kept;
      try {
        kept = JSON.parse(text);
      } catch {
        return damaged(text, Page.t('draft.notJson'));
      }
      if (!kept || typeof kept !== 'object' || kept.version !== 1) return damaged(text, Page.t('draft.notVersion1'));
      const nameBytes = Page.catalog().limits.routineNameBytes;
      if (typeof kept.name !== 'string' || new TextEncoder().encode(kept.name).length > nameBytes) {
        return damaged(text, Page.t('draft.badName', { bytes: nameBytes }));
      }
      if (kept.link === null) {
        lastLink = null;
        return { name: kept.name, items: [] };
      }
      if (typeof kept.link !== 'string') return damaged(text, Page.t('draft.badLink'));
      const decoded = limber.decodeLink(kept.link);
      if (!decoded.ok) return damaged(text, decoded.error);
      lastLink = kept.link;
      return { name: kept.name, items: decoded.routine.items.map((i) => ({ exercise: i.exercise, ...i.dose })) };
    },

    // Keeps the draft as it is now; an empty one is not kept at all.
    write(draft) {
      if (!draft.name && !draft.items.length) {
        lastLink = null;
        if (Page.storage.get(KEY) !== null) Page.storage.remove(KEY);
        return;
      }
      const link = linkOf(draft);
      if (link !== undefined) lastLink = link;
      const text = JSON.stringify({ version: 1, name: draft.name, link: lastLink });
      if (Page.storage.get(KEY) !== text) Page.storage.set(KEY, text);
    },

    // Puts back a text written here a moment ago (an undo), byte for byte.
    restoreText(text) {
      Page.storage.set(KEY, text);
    },

    forget() {
      lastLink = null;
      Page.storage.remove(KEY);
    },
  };
})(window.Page);
