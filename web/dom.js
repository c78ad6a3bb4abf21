// Building the page from data: every value goes in as text, never as markup, so a routine
// named `<img src=x onerror=alert(1)>` shows as those characters.
'use strict';

window.Page = {};

(function (Page) {
  // h('li', {class: 'card', onclick: fn, 'aria-label': 'x'}, 'text', childNode, [more]) → element
  Page.h = function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else if (key === 'class') el.className = value;
      else if (key in el && typeof value !== 'string') el[key] = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  };

  Page.$ = (id) => document.getElementById(id);

  Page.setText = function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  };

  // A property or attribute written only when it changes: the views follow the core in
  // every drawn frame of a routine, and a write, even of the same value, can have the
  // browser restyle and repaint the element in each.
  Page.setProp = function setProp(el, name, value) {
    if (el[name] !== value) el[name] = value;
  };
  Page.setAttr = function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };

  Page.fill = function fill(el, ...children) {
    el.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  };

  // 123000 → "2 min", 45000 → "45 s", 441000 → "7 min", in the page's language
  Page.minutes = function minutes(ms) {
    return ms < 60000 ? Page.t('time.seconds', { n: Math.round(ms / 1000) }) : Page.t('time.minutes', { n: Math.round(ms / 60000) });
  };

  // 125000 → "2:05"
  Page.clock = function clock(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };

  // Messages for the user; several may stand at once, each dismissable.
  Page.notify = function notify(text, { kind = 'error', id = null } = {}) {
    const box = Page.$('messages');
    if (id) box.querySelector(`[data-id="${id}"]`)?.remove();
    const item = Page.h('div', { class: `message ${kind}`, 'data-id': id, role: kind === 'error' ? 'alert' : 'status' },
      Page.h('p', null, text),
      Page.h('button', { type: 'button', class: 'quiet', onclick: () => item.remove() }, Page.t('dismiss')));
    box.append(item);
    return item;
  };
})(window.Page);
