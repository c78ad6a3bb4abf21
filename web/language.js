// The language setting: the browser's choice or one the reader picks in Settings,
// remembered. A change takes effect at once, mid-routine too: the core speaks the pack's
// catalog (the whole catalog in its words, as the build wrote it) from its next frame, and
// each view writes itself again in the new words.
// Links name no language, so one made in German opens in the reader's own.
'use strict';

(function (Page) {
  const { $, notify } = Page;
  const listeners = new Set();

  function tellCore(pack) {
    const problem = limber.setLanguage(pack ? JSON.stringify(pack.catalog) : '');
    if (problem) throw new Error(problem);
  }

  async function change(choice) {
    const code = window.limberLanguageFor(choice);
    try {
      const pack = await Page.words.load(code);
      tellCore(pack);
      Page.words.use(pack);
    } catch (err) {
      const name = $('set-language').querySelector(`option[value="${code}"]`)?.textContent ?? code;
      notify(Page.t('language.notLoaded', { language: name, error: err.message, current: Page.words.name() }), { id: 'language' });
      $('set-language').value = Page.language.store.value.choice;
      return;
    }
    Page.language.store.save({ choice });
    Page.setCatalog(limber.catalog());
    for (const listener of listeners) listener();
  }

  Page.language = {
    // Before the views first render: the core takes the words web/boot.js loaded.
    init(pack) {
      this.store = Page.settings('limber.language', { choice: '' }, { choice: (v) => typeof v === 'string' });
      let failed = Page.words.damaged;
      try {
        tellCore(pack);
      } catch (err) {
        Page.words.use(null);
        failed = { name: pack.name, error: err.message };
      }
      if (failed) notify(Page.t('language.notLoaded', { language: failed.name, error: failed.error, current: Page.words.name() }), { id: 'language' });
      $('set-language').value = this.store.value.choice;
      $('set-language').addEventListener('change', () => change($('set-language').value));
    },
    // fn() after the words changed: the view writes itself again.
    onChange: (fn) => listeners.add(fn),
  };
})(window.Page);
