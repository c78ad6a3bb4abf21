// Packs a page core's wasm into its JS (see packed_wasm_pre.js): deflated, then base64.
// Emscripten's SINGLE_FILE base64-encodes the wasm as it is, which gzip cannot shrink
// back well; deflating first (with zopfli, ~4% tighter than zlib) saves a third.
// Emscripten's JS is minified too (minify_js.mjs): 31 KB gzipped becomes 19.
// Usage: node pack_wasm.mjs core.js core.wasm packed.js
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { minifyJs } from './minify_js.mjs';

const [jsPath, wasmPath, outPath] = process.argv.slice(2);
const placeholder = '@LIMBER_PACKED_WASM@';
const js = await minifyJs(fs.readFileSync(jsPath, 'utf8'));
if (js.split(placeholder).length !== 2) throw new Error(`${jsPath}: expected one ${placeholder}; linked without packed_wasm_pre.js?`);
const packed = execFileSync('zopfli', ['--deflate', '--i5', '-c', wasmPath], { maxBuffer: 1 << 30 }).toString('base64');
fs.writeFileSync(outPath, js.replace(placeholder, () => packed));
