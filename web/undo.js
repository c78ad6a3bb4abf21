// Undo for every removal: the removal happens at once, and a notice says what went and
// offers to put it back, long enough to read it and reach the button (it stays while the
// pointer or focus is on it). Only the latest removal can be undone: a new one makes the
// one before final. Ctrl+Z (⌘Z) undoes it too, outside text fields.
'use strict';

(function (Page) {
  const { h, $, fill } = Page;
  const SHOWN_MS = 12000;
  const CONFIRMED_MS = 4000;
  let offer = null;  // {restore, restored, drop}
  let timer = 0;
  let held = false;  // pointer or focus on the notice: its time does not run out

  function clear() {
    clearTimeout(timer);
    offer = null;
    fill($('undo'));
  }

  function countDown(ms) {
    clearTimeout(timer);
    if (!held) timer = setTimeout(clear, ms);
  }

  // Focus was on the Undo button, which is gone: it goes to the heading of the view on screen.
  function keepFocus() {
    const active = document.activeElement;
    if (active && active !== document.body && !$('undo').contains(active)) return;
    const heading = document.querySelector('main > .view:not([hidden]) h1');
    if (heading) heading.focus();
  }

  function undo() {
    if (!offer) return;
    const { restore, restored } = offer;
    offer = null;
    restore();
    fill($('undo'), h('p', null, restored));
    keepFocus();
    countDown(CONFIRMED_MS);
  }

  // removed: what the notice says went; restored: what it says once put back;
  // restore(): puts it back exactly as it was. Returns a function that withdraws the
  // offer (when what it would restore is no longer on screen to restore into).
  Page.offerUndo = function offerUndo(removed, restored, restore) {
    const mine = { restore, restored };
    offer = mine;
    fill($('undo'),
      h('p', null, removed),
      h('button', { type: 'button', class: 'primary', 'data-undo': true, 'aria-keyshortcuts': 'Control+Z', onclick: undo }, Page.t('undo.undo')),
      h('button', { type: 'button', class: 'quiet', 'aria-label': Page.t('undo.dismissLabel'), onclick: clear }, Page.t('dismiss')));
    countDown(SHOWN_MS);
    return () => { if (offer === mine) clear(); };
  };

  Page.undo = { init() {
    const box = $('undo');
    const hold = () => { held = true; clearTimeout(timer); };
    const release = () => {
      held = box.matches(':hover') || box.contains(document.activeElement);
      if (!held && box.firstChild) countDown(offer ? SHOWN_MS : CONFIRMED_MS);
    };
    box.addEventListener('pointerenter', hold);
    box.addEventListener('focusin', hold);
    box.addEventListener('pointerleave', release);
    box.addEventListener('focusout', () => setTimeout(release, 0));
    document.addEventListener('keydown', (e) => {
      if (!offer || e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if (e.target.closest('input, select, textarea, dialog')) return;
      e.preventDefault();
      undo();
    });
  } };
})(window.Page);
