// Runs before the first paint. The home view is in the HTML as built (cmake/prerender.mjs),
// so a plain visit paints it at once; a link to anything else hides it, and the page's
// router shows what the link opens once the core is up, so nothing is painted twice.
'use strict';

document.documentElement.classList.add('starting');
// The player's link also sets the header as the player has it (web/style.css).
if (!['', '#', '#routines'].includes(location.hash)) document.documentElement.classList.add('opening-link');
if (location.hash.startsWith('#play/')) document.documentElement.classList.add('opening-player');
