// Lighthouse (npm), as browsers' own tooling measures the page: dist/ served over http
// with gzip, as a static host serves it, with the desktop and the mobile presets.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { DIST_DIR } from '../tests/browser/harness.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

// Every file gzipped (level 9) once, and served compressed to a client that asks for it.
async function serveCompressed(root) {
  const files = new Map();
  for (const name of fs.readdirSync(root)) {
    const body = fs.readFileSync(path.join(root, name));
    files.set(`/${name}`, { body, gzip: zlib.gzipSync(body, { level: 9 }), type: TYPES[path.extname(name)] || 'application/octet-stream' });
  }
  const server = http.createServer((req, res) => {
    const file = files.get(new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    res.writeHead(200, { 'content-type': file.type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' });
    res.end(gzip ? file.gzip : file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const AUDITS = {
  firstContentfulPaintMs: 'first-contentful-paint', largestContentfulPaintMs: 'largest-contentful-paint',
  cumulativeLayoutShift: 'cumulative-layout-shift', totalBlockingTimeMs: 'total-blocking-time', speedIndexMs: 'speed-index',
};

async function audit(url, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(Object.entries(AUDITS).map(([k, id]) => [k, lhr.audits[id].numericValue]));
    // What kept a category from 100: the failing audits' titles, for the table's notes.
    const failing = CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 0.9)
      .map((r) => `${c}: ${lhr.audits[r.id].title}`));
    return { preset, scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion, runWarnings: lhr.runWarnings };
  } finally {
    await chrome.kill();
  }
}

// `dir`: another build's dist/, to compare (bench/before-after.mjs's way).
export async function lighthouseRuns(dir = DIST_DIR) {
  const server = await serveCompressed(dir);
  try {
    return { desktop: await audit(server.url, 'desktop'), mobile: await audit(server.url, 'mobile') };
  } finally {
    await server.close();
  }
}
