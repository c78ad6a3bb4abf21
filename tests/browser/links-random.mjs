// Random and mutated routine links, repeatable from a seed: what a mistyped, truncated,
// mangled or malicious URL fragment can look like.

// One seed per run, the same in every browser: LIMBER_SEED repeats a run exactly.
export const SEED = (() => {
  const given = process.env.LIMBER_SEED;
  if (given === undefined || given === '') return Date.now() % 1e9;
  if (!/^\d+$/.test(given)) throw new Error(`LIMBER_SEED must be a whole number, not "${given}"`);
  return Number(given);
})();

// Runs `check`; a failure says which seed it came from and how to repeat it.
export async function namingSeed(seed, check) {
  try {
    return await check();
  } catch (error) {
    error.message += `\n  (random links from seed ${seed}: LIMBER_SEED=${seed} repeats them)`;
    throw error;
  }
}

// mulberry32: a small seeded generator, so a failing run can be repeated exactly.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXERCISES = ['cat-cow', 'childs-pose', 'side-stretch', 'shoulder-rolls', 'thoracic-rotation', 'cobra', 'nope'];
const PIECES = [
  'v1/', 'v2/', 'v0/', 'routine/', 'custom/', '/', ',', '.', '.x', '.sides', '.oneside', 'reps', 's', '%', '%2', '%zz',
  '%C3%28', '%E2%9C%93', '%00', '%2F', '..', '0', '7', '101', '-1', '99999999999999999999', 'NaN', '1e9', ' ', '\t',
  '#', '?', '&', '"', "'", '<', '>', '<script>alert(1)</script>', '\u2713', '\u{1F600}', '\u202E', '\\', '\n',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function customLink(rand) {
  const items = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
    let item = pick(rand, EXERCISES);
    if (rand() < 0.4) item += `.${Math.floor(rand() * 120)}${rand() < 0.5 ? 'reps' : 's'}`;
    if (rand() < 0.3) item += `.x${Math.floor(rand() * 12)}`;
    if (rand() < 0.2) item += pick(rand, ['.sides', '.oneside']);
    return item;
  });
  return `v1/custom/${encodeURIComponent(pick(rand, ['Desk', 'My routine', 'Ünïcödé ✓', 'a'.repeat(90)]))}/${items.join(',')}`;
}

function mutate(rand, text) {
  const at = Math.floor(rand() * (text.length + 1));
  switch (Math.floor(rand() * 7)) {
    case 0: return text.slice(0, at) + pick(rand, PIECES) + text.slice(at);  // insert
    case 1: return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 8));  // delete
    case 2: return text.slice(0, at);  // truncate
    case 3: return text.slice(0, at) + pick(rand, PIECES) + text.slice(at + 1);  // replace
    case 4: return text.replace(/\d+/, pick(rand, ['0', '1000', '99999999999999999999', '-5', '3.5']));
    case 5: return text + `,${text.split(/[/,]/).pop()}`.repeat(1 + Math.floor(rand() * 60));  // long
    default: return text.toUpperCase();
  }
}

// `count` links: mutations of the given good links and of random custom ones, plus
// some noise. Some still open, most do not.
export function randomLinks(seed, goodLinks, count) {
  const rand = generator(seed);
  return Array.from({ length: count }, () => {
    const r = rand();
    if (r < 0.05) return Array.from({ length: Math.floor(rand() * 200) }, () => pick(rand, PIECES)).join('');
    let text = r < 0.5 ? pick(rand, goodLinks) : customLink(rand);
    for (let n = Math.floor(rand() * 4); n > 0; n--) text = mutate(rand, text);
    return text;
  });
}
