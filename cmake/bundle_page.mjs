// Writes the page's own files into dist/ as a browser best downloads them: the deferred
// scripts web/index.html lists, in its order, as one minified page.js
// (one request, and gzip finds more to share across files than within each), and the
// style sheet and boot.js minified (scripts by minify_js.mjs, the style sheet by
// esbuild). Nothing else changes: the scripts were written to share one global scope,
// as separate classic scripts do.
//   node cmake/bundle_page.mjs WEB_DIR DIST_DIR
import fs from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { minifyJs } from './minify_js.mjs';

const [web, dist] = process.argv.slice(2);
const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
const tag = /^ *<script defer src="([^"]+)"><\/script>\n/gm;
const scripts = [...html.matchAll(tag)].map((m) => m[1]);
if (!scripts.length) throw new Error(`${web}/index.html: no deferred page scripts`);

const minifyCss = async (text) => (await transform(text, { loader: 'css', minify: true, legalComments: 'none' })).code;
const source = (name) => fs.readFileSync(path.join(web, name), 'utf8');

fs.writeFileSync(path.join(dist, 'page.js'), await minifyJs(scripts.map(source).join('\n;\n')));
fs.writeFileSync(path.join(dist, 'boot.js'), await minifyJs(source('boot.js')));
fs.writeFileSync(path.join(dist, 'style.css'), await minifyCss(source('style.css')));
let first = true;
fs.writeFileSync(path.join(dist, 'index.html'), html.replace(tag, (line, src) => {
  const replacement = first ? line.replace(src, 'page.js') : '';
  first = false;
  return replacement;
}));
