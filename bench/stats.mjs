// Order statistics for the benchmark's samples.
export const sorted = (xs) => [...xs].sort((a, b) => a - b);

// Nearest-rank percentile, p in 0..1.
export function percentile(xs, p) {
  if (!xs.length) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

export const median = (xs) => percentile(xs, 0.5);
export const max = (xs) => (xs.length ? Math.max(...xs) : null);

export function summary(xs) {
  return { n: xs.length, p50: percentile(xs, 0.5), p90: percentile(xs, 0.9), p99: percentile(xs, 0.99), max: max(xs) };
}
