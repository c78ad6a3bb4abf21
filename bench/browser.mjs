// Headless Chromium for the benchmark, launched as the browser tests launch it, plus
// the two CPU meters: the page's main thread (CDP) and every browser process (/proc).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { SAFETY_READ, launch } from '../tests/browser/harness.mjs';

export const launchChromium = (sound = false) => launch('chromium', { sound });

// Every page opens as a returning user's, who has read the safety note the page shows
// before a first routine: Start then starts at once. No reload follows, so storing it as
// the document starts is enough here (tests/browser/harness.mjs needs more).
function noteRead({ key, text }) {
  try {
    localStorage.setItem(key, text);
  } catch {
    // data: pages (the blank reference page) have no storage and need none.
  }
}

export async function openPage(browser, url, { beforeLoad = null, beforeLoadArgs = [] } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.setViewport({ width: 1100, height: 760 });  // as the browser tests see the player
  await page.evaluateOnNewDocument(noteRead, SAFETY_READ);
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad, ...beforeLoadArgs);
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp, errors };
}

// Seconds the renderer's main thread spent in tasks (script, style, layout, paint, GC).
export async function mainThreadBusyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

export async function jsHeapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString());

// User + system CPU time of the browser and all its descendants (renderer, GPU, audio),
// by process id: a process that ends between two readings (a closed page's renderer)
// must not take its whole past off the difference.
export function browserCpuMs(browser) {
  const stats = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      // Fields after the parenthesised command name: state ppid ... utime(14) stime(15).
      const rest = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
      return [{ pid: Number(pid), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
    } catch {
      return [];  // the process ended while we looked
    }
  });
  const tree = new Set([browser.process().pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) { tree.add(s.pid); grew = true; }
  }
  return new Map(stats.filter((s) => tree.has(s.pid)).map((s) => [s.pid, s.ticks * TICK_MS]));
}

// The CPU time spent between two readings of browserCpuMs, by the processes alive at the
// second (one started between them counts from zero).
export function cpuMsBetween(before, after) {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
