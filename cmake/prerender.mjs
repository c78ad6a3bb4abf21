// Writes the home view into dist/index.html as the page itself renders it for a first visit:
// the routine list and every routine's text come from the core's catalog through the page's
// own code, so the first paint is the real page and nothing moves when the core takes over.
//   node cmake/prerender.mjs DIST_INDEX_HTML
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch } from '../tests/browser/harness.mjs';

const BEGIN = '<!-- The home view as a first visit sees it';
const END = '<!-- end of the home view -->';

const [file] = process.argv.slice(2);
const html = fs.readFileSync(file, 'utf8');
const from = html.indexOf(BEGIN);
const to = html.indexOf(END);
if (from < 0 || to < from) throw new Error(`${file}: no home view between "${BEGIN}" and "${END}"`);
const opening = html.indexOf('\n', from) + 1;

const browser = await launch('chromium');
let rendered;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => !document.documentElement.classList.contains('starting'));
  rendered = await page.evaluate(() => {
    const home = document.getElementById('view-home').cloneNode(true);
    // The days of the week are the visitor's, not the build's: the page fills them in.
    home.querySelector('#week-days').replaceChildren();
    return home.outerHTML;
  });
  if (errors.length) throw new Error(`the page failed while prerendering: ${errors.join('; ')}`);
} finally {
  await browser.close();
}
fs.writeFileSync(file, `${html.slice(0, opening)}    ${rendered}\n    ${html.slice(to)}`);
