// Served over http(s), the page is an installable app that starts offline: the manifest
// and the service worker (sw.js) come in here, after the page has loaded. From file://
// there is neither (a browser refuses both there), so nothing is asked and nothing fails.
// A new build waits beside the running one; it is offered once no routine is in
// progress, and takes over only when the user accepts, so a break is never cut short.
'use strict';

(function (Page) {
  const { h } = Page;
  const served = location.protocol === 'http:' || location.protocol === 'https:';

  // waiting: the new build's worker while it waits for the user; offer: its message.
  const install = { waiting: null, offer: null };
  Page.install = install;

  function offerWhenFree() {
    if (!install.waiting || install.offer || Page.player.busy()) return;
    install.offer = Page.notify(Page.t('install.ready'), { kind: 'info', id: 'new-version' });
    install.offer.querySelector('p').append(' ', h('button', {
      type: 'button',
      onclick: () => install.waiting.postMessage('take over'),
    }, Page.t('install.reload')));
  }

  function watch(registration) {
    const waitFor = (worker) => {
      // The first build of a first visit takes over at once: it has nobody to replace.
      if (!navigator.serviceWorker.controller) return;
      install.waiting = worker;
      offerWhenFree();
    };
    if (registration.waiting) waitFor(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker.addEventListener('statechange', () => { if (worker.state === 'installed') waitFor(worker); });
    });
  }

  install.init = function init() {
    if (!served || !navigator.serviceWorker) return;
    document.head.append(h('link', { rel: 'manifest', href: 'manifest.webmanifest' }));
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (install.waiting && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    limber.onFrame(offerWhenFree);
    window.addEventListener('hashchange', offerWhenFree);
    const register = () => navigator.serviceWorker.register('sw.js').then(watch, (err) => {
      Page.notify(Page.t('install.offlineFailed', { error: err.message }), { kind: 'info', id: 'offline' });
    });
    // A task of its own: registering takes the main thread for tens of milliseconds.
    if (document.readyState === 'complete') setTimeout(register, 0);
    else addEventListener('load', () => setTimeout(register, 0), { once: true });
  };
})(window.Page);
