// The safety note from the catalog: shown before the first routine starts (once it is
// read, never again) and whenever the header's Safety button asks for it.
'use strict';

(function (Page) {
  const { $, h, fill, setText } = Page;
  let store = null;
  let waiting = null;  // the start that waits for the note to be read

  function close(started) {
    const go = waiting;
    waiting = null;
    $('safety').close();
    if (started && go) {
      store.save({ read: true });
      go();
    } else if (go) {
      $('start').focus();
    }
  }

  function showNote(first) {
    $('safety-first').hidden = !first;
    $('safety-close').hidden = first;
    $('safety').showModal();
    // From its top: on a small screen a focused button at the foot would scroll the note past its start.
    $('safety-title').focus();
  }

  function write() {
    const note = Page.catalog().safety;
    setText($('safety-title'), note.title);
    fill($('safety-advice'), note.advice.map((line) => h('li', null, line)));
    setText($('safety-warning'), Page.t('safety.warning', { warning: note.warning }));
    fill($('safety-signs'), note.warningSigns.map((sign) => h('li', null, sign)));
  }

  Page.safety = {
    init() {
      store = Page.settings('limber.safety', { read: false }, { read: (v) => typeof v === 'boolean' });
      write();
      Page.language.onChange(write);
      for (const id of ['open-safety', 'safety-more']) $(id).addEventListener('click', () => showNote(false));
      $('safety-start').addEventListener('click', () => close(true));
      $('safety-later').addEventListener('click', () => close(false));
      $('safety-close').addEventListener('click', () => close(false));
      // Esc, or any other way the dialog closes, is "not now".
      $('safety').addEventListener('close', () => { if (waiting) close(false); });
    },
    // Runs `start` now, or once the note has been read if it has not been yet.
    beforeFirstRoutine(start) {
      if (store.value.read) {
        start();
        return;
      }
      waiting = start;
      showNote(true);
    },
  };
})(window.Page);
