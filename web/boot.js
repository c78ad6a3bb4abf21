// Runs before the first paint. The home view is in the HTML as built (cmake/prerender.mjs),
// so a plain visit paints it at once; a link to anything else hides it, and the page's
// router shows what the link opens once the core is up, so nothing is painted twice.
'use strict';

document.documentElement.classList.add('starting');
// The player's link also sets the header as the player has it (web/style.css).
if (!['', '#', '#routines'].includes(location.hash)) document.documentElement.classList.add('opening-link');
if (location.hash.startsWith('#play/')) document.documentElement.classList.add('opening-player');

// The language: the one chosen in Settings, else the first of the browser's preferred
// languages Limber has words for (index.html's limber-languages lists them), else English.
// Another language's words (dist/lang-<code>.js) load before the body is parsed, and the
// page is held back (class 'translating') until web/words.js has put them in, so its first
// paint is in them.
window.limberLanguageFor = function limberLanguageFor(choice) {
  const have = document.querySelector('meta[name="limber-languages"]').content.split(' ');
  if (have.includes(choice)) return choice;
  for (const tag of navigator.languages || [navigator.language]) {
    const code = String(tag).toLowerCase().split('-')[0];
    if (have.includes(code)) return code;
  }
  return 'en';
};
{
  let choice = '';
  try {
    choice = JSON.parse(localStorage.getItem('limber.language')).choice;
  } catch {
    // No storage, or nothing readable in it: the settings report it once the page is up.
  }
  const language = window.limberLanguageFor(choice);
  if (language !== 'en') {
    document.documentElement.classList.add('translating');
    document.write(`<script src="lang-${language}.js"></script>`);
  }
}
