// Browser end-to-end harness: one library (puppeteer-core) drives Debian's
// Chromium over CDP and Firefox ESR over WebDriver BiDi. Never downloads a
// browser; only the system binaries are used.
import path from 'node:path';
import { afterEach } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = path.join(REPO_ROOT, 'dist');

const ALL_BROWSERS = ['chromium', 'firefox'];

export const BROWSERS = process.env.LIMBER_BROWSERS
  ? process.env.LIMBER_BROWSERS.split(',').map(s => s.trim()).filter(Boolean)
  : ALL_BROWSERS;
for (const b of BROWSERS) {
  if (!ALL_BROWSERS.includes(b)) throw new Error(`LIMBER_BROWSERS: unknown browser "${b}"`);
}

// Firefox phones home even headless, and tests must see no traffic but their
// own. puppeteer's profile already silences much of it; these cover the
// timers a longer session would hit (telemetry, updates, captive portal,
// safebrowsing lists). Remote settings needs more, see launch().
const QUIET_FIREFOX_PREFS = {
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.usage.uploadEnabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.url': '',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // The one value for which remote settings skips all network activity.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'dom.push.connection.enabled': false,
  'media.gmp-manager.url': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
};

export async function launch(browserName, options = {}) {
  return watchBrowser(await launchBrowser(browserName, options));
}

// `languages`: the browser's preferred languages, English unless a test asks for others, so
// the page's words do not depend on the machine's locale.
async function launchBrowser(browserName, { sound = false, languages = 'en-US,en', chromiumArgs = [], firefoxPrefs = {} }) {
  if (browserName === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: '/usr/bin/chromium',
      headless: true, // new headless; the old one is a separate binary Debian lacks
      // No userDataDir: puppeteer then makes a fresh temp --user-data-dir
      // itself and deletes it on close, which passing our own would lose.
      args: [
        '--no-sandbox', // we run as root, where the sandbox refuses to start
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        // Debian's build looks up Google hosts at start-up despite the flags
        // above; resolving nothing but loopback stops that, and off-origin
        // requests still show up in `requests` (they just fail fast).
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        // --disable-gpu leaves WebGL on SwiftShader; Chromium now only falls
        // back to it implicitly with a deprecation warning, so opt in.
        '--enable-unsafe-swiftshader',
        ...(sound ? ['--autoplay-policy=no-user-gesture-required'] : []),
        `--lang=${languages.split(',')[0]}`,
        `--accept-lang=${languages}`,
        ...chromiumArgs,
      ],
    });
  }
  if (browserName === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      protocol: 'webDriverBiDi',
      // puppeteer builds a fresh temp profile and removes it on close.
      // --headless alone suffices, as root, with no DISPLAY and even no HOME.
      // Headless Firefox has no WebGL at all (Mozilla bug 1375585).
      //
      // Release builds ignore the services.settings.server pref (so the one
      // below and puppeteer's dummy host) and query Mozilla's remote settings
      // host, unless this env var, Mozilla's own test-suite switch, is set. It
      // also makes Firefox refuse any non-loopback connection; such requests
      // still reach `requests`, and fail.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        ...QUIET_FIREFOX_PREFS,
        // No sound card here: with a real backend an AudioContext never
        // leaves 'suspended', even after a gesture. The mock backend runs
        // the audio clock like Chromium's headless fake output does.
        'media.cubeb.force_mock_context': true,
        // No desktop session bus either: a page playing media (the player's silent element for
        // media keys) would have Firefox start its system media-key service (MPRIS over D-Bus).
        // The page's Media Session handlers are tested without it.
        'media.hardwaremediakeys.enabled': false,
        ...(sound ? { 'media.autoplay.default': 0 } : {}),
        'intl.accept_languages': languages,
        ...firefoxPrefs,
      },
    });
  }
  throw new Error(`unknown browser "${browserName}"`);
}

// Firefox's mock audio backend (see launch) reports no output latency, and each read of
// AudioContext.outputLatency asks it again under a lock its audio thread also takes: now and
// then the two deadlock and the page's content process hangs, with every file:// page behind
// it (a 30-line page that only plays and reads the latency does the same). The page reads the
// figure the mock would report, without the lock.
function mockOutputLatency() {
  Object.defineProperty(AudioContext.prototype, 'outputLatency', { configurable: true, get: () => 0 });
}

// The stored answer of someone who has read the safety note, which the page shows before
// a first routine starts: every test but those of that note starts as a returning user.
export const SAFETY_READ = { key: 'limber.safety', text: '{"version":1,"read":true}' };

// `init(...initArgs)`, if given, runs in the page before any of its own scripts, on every
// load: for faking what the browser offers (storage, WebGL, visibility). `firstVisit`
// leaves the safety note unread.
export async function openPage(browser, url, { init = null, initArgs = [], firstVisit = false } = {}) {
  const page = await browser.newPage();
  // Only the page's own files keep storage: a blank or data: page has none to seed.
  if (!firstVisit && /^(file|https?):/.test(url)) {
    // Stored from another of the page's own files before the first load, as page-helpers.mjs
    // seeds saved data: a script run as the document starts would not keep it in Chromium.
    await page.goto(new URL('icon.svg', url).href);
    await page.evaluate(({ key, text }) => localStorage.setItem(key, text), SAFETY_READ);
  }
  if (browser.protocol === 'webDriverBiDi') await page.evaluateOnNewDocument(mockOutputLatency);
  if (init) await page.evaluateOnNewDocument(init, ...initArgs);
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  const cspViolations = [];
  // Firefox does not pass CSP reports to the console over BiDi; the page's own event does.
  await page.exposeFunction('__limberCspViolation', (v) => { cspViolations.push(v); });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__limberCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  // BiDi puts the error type into message ("TypeError: x"), CDP keeps it in
  // name; format both as "TypeError: x" so assertions read the same.
  const bidi = browser.protocol === 'webDriverBiDi';
  page.on('console', msg => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', err => {
    pageErrors.push(err instanceof Error && bidi ? err.message : String(err));
  });
  // Firefox (BiDi) reports no events for file:// loads, only http(s), data:
  // and the like, so there `requests` holds just the non-file traffic, which
  // is all offOriginRequests() needs. Chromium reports file:// loads too.
  // Failed loads are console errors in Chromium, silent in Firefox.
  page.on('request', req => requests.push(req.url()));
  const opened = { page, url, consoleErrors, pageErrors, requests, cspViolations };
  watched.add({ opened, requestsSeen: 0, violationsSeen: 0 });
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

// A player link's page once the core has drawn on the canvas: the page shows the player
// once the core is ready, and the core makes its renderer when the canvas is shown.
export async function drawnPlayer(page) {
  await page.evaluate(() => limber.ready);
  await page.waitForFunction(() => limber.metrics().framesDrawn > 0, { polling: 'raf' });
}

// The player page from dist/, drawn and ready to drive: the whole canvas fits the
// viewport, as element screenshots need.
export async function openPlayer(browser, routine = 'micro-break', options = {}) {
  const opened = await openPage(browser, `${distUrl()}#play/v1/routine/${routine}`, options);
  await opened.page.setViewport({ width: 1100, height: 760 });
  await drawnPlayer(opened.page);
  return opened;
}

export function distUrl(relPath = 'index.html') {
  return pathToFileURL(path.join(DIST_DIR, relPath)).href;
}

// Requests beyond a page's own files: outside its folder for file://, else off its origin.
export function foreignRequests(pageUrl, requests) {
  const url = new URL(pageUrl);
  if (url.protocol === 'file:') return offOriginRequests(requests, path.dirname(fileURLToPath(url)));
  return requests.filter(u => !u.startsWith(`${url.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${url.origin}/`));
}

// Whatever a test does, a page may load nothing but its own files, break no rule of
// its Content-Security-Policy, and leave no cookie. Under the test runner every test
// is checked after it ends (see afterEach below). Returns what is new since the last
// call and marks it seen, so a self-test can take what it provoked on purpose.
const watched = new Set();   // pages from openPage
const browsers = new Set();  // browsers from launch, until closed
const closingFindings = [];  // cookies found as a browser closed

async function cookieFindings(browser) {
  const jars = await Promise.all(browser.browserContexts().map(context => context.cookies()));
  return jars.flat().map(c => `cookie "${c.name}" for ${c.domain}`);
}

function watchBrowser(browser) {
  browsers.add(browser);
  const close = browser.close.bind(browser);
  browser.close = async () => {
    if (browsers.delete(browser) && browser.connected) closingFindings.push(...await cookieFindings(browser));
    return close();
  };
  return browser;
}

export async function guardFindings() {
  const found = closingFindings.splice(0);
  for (const w of watched) {
    const { url, requests, cspViolations } = w.opened;
    found.push(...foreignRequests(url, requests.slice(w.requestsSeen)).map(u => `request to ${u} from ${url}`));
    found.push(...cspViolations.slice(w.violationsSeen).map(v => `CSP violation on ${url}: ${v}`));
    w.requestsSeen = requests.length;
    w.violationsSeen = cspViolations.length;
    if (w.opened.page.isClosed()) watched.delete(w);
  }
  for (const browser of browsers) {
    if (browser.connected) found.push(...await cookieFindings(browser));
  }
  return found;
}

if (process.env.NODE_TEST_CONTEXT || process.argv[1]?.endsWith('.test.mjs')) {
  afterEach(async () => {
    const found = await guardFindings();
    if (found.length) throw new Error(`a page reached beyond its own files, broke its CSP or left a cookie:\n${found.join('\n')}`);
  });
}

export function offOriginRequests(requests, distDir = DIST_DIR) {
  return requests.filter(u => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    if (!u.startsWith('file:')) return true;
    const rel = path.relative(distDir, fileURLToPath(u));
    return rel.startsWith('..') || path.isAbsolute(rel);
  });
}

export async function canvasPng(page, selector = '#canvas', clip = null) {
  const el = await page.$(selector);
  if (!el) throw new Error(`canvasPng: no element matches ${selector}`);
  try {
    // Into view first, then a painted frame later. Firefox's first capture after a scroll
    // can sit a pixel off the ones after it (seen at a fractional scroll offset), so a
    // capture that needed a scroll is taken twice and the first thrown away.
    const scrolled = await el.evaluate((node) => new Promise((resolve) => {
      const before = [window.scrollX, window.scrollY];
      node.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const moved = window.scrollX !== before[0] || window.scrollY !== before[1];
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(moved)));
    }));
    // captureBeyondViewport defaults to true, and in Chromium that resizes
    // the page's viewport for the capture: the page gets a 'resize' event,
    // and an app that re-lays out its canvas on resize would be caught
    // mid-change. false captures what is on screen, after scrolling the
    // element into view; under BiDi puppeteer then maps the clip to viewport
    // coordinates itself. Hence the element must fit in the viewport.
    const capture = () => el.screenshot({ type: 'png', captureBeyondViewport: false, ...(clip ? { clip } : {}) });
    if (scrolled) await capture();
    return Buffer.from(await capture());
  } finally {
    await el.dispose();
  }
}

export function maskedDiff(pngA, pngB, masks = []) {
  const a = PNG.sync.read(pngA);
  const b = PNG.sync.read(pngB);
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`size mismatch: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  }
  const masked = (x, y) => masks.some(m => x >= m.x && x < m.x + m.w && y >= m.y && y < m.y + m.h);
  let changedPixels = 0;
  let totalPixels = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (masked(x, y)) continue;
      totalPixels++;
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] ||
          a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3]) changedPixels++;
    }
  }
  return { changedPixels, totalPixels, fraction: totalPixels ? changedPixels / totalPixels : 0 };
}

export async function waitFor(page, fn, { timeout = 10_000 } = {}, ...args) {
  // Poll on a timer, not 'raf' (puppeteer's default): a page whose rendering
  // is throttled or stalled would never run the predicate again.
  try {
    return await page.waitForFunction(fn, { timeout, polling: 50 }, ...args);
  } catch (error) {
    // Say what was awaited and what the page showed instead, so a failure read in a CI log
    // can be understood without a rerun.
    // A page held by a script or a browser prompt does not answer: say so in seconds, not
    // after the protocol's own timeout.
    let silent;
    const shown = await Promise.race([
      page.evaluate(() => JSON.stringify({
        hash: location.hash,
        view: [...document.querySelectorAll('main > .view')].find((v) => !v.hidden)?.id,
        state: { ...window.limber?.state?.(), pose: undefined },
      })).catch((e) => `(the page could not be read: ${e.message})`),
      new Promise((resolve) => { silent = setTimeout(resolve, 5000, '(the page did not answer within 5 s)'); }),
    ]);
    clearTimeout(silent);
    error.message += `\n  awaited: ${String(fn).slice(0, 200)}\n  the page: ${shown}`;
    throw error;
  }
}
