// Writes dist/sw.js from web/sw.js: the list of every file in dist/ and a build name
// made from their contents, so any change to the page is a new service worker that
// installs, waits and takes over as a new build.
//   node cmake/service_worker.mjs web/sw.js DIST_DIR
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const [template, dist] = process.argv.slice(2);
const names = fs.readdirSync(dist).filter((name) => name !== 'sw.js').sort();
const hash = crypto.createHash('sha256');
for (const name of names) hash.update(name).update('\0').update(fs.readFileSync(path.join(dist, name)));
const build = `limber-${hash.digest('hex').slice(0, 16)}`;
// './' too: a static host serves the folder's index.html under its own name.
const files = ['./', ...names];
let source = fs.readFileSync(template, 'utf8');
for (const [placeholder, value] of [["'@LIMBER_BUILD@'", JSON.stringify(build)], ["['@LIMBER_FILES@']", JSON.stringify(files)]]) {
  if (source.split(placeholder).length !== 2) throw new Error(`${template}: expected one ${placeholder}`);
  source = source.replace(placeholder, () => value);
}
fs.writeFileSync(path.join(dist, 'sw.js'), transformSync(source, { minify: true, target: 'es2020', legalComments: 'none' }).code);
