/** Latency summaries for the benchmarks (nearest-rank percentiles, rounded to 0.1 ms). */
export type Stats = { p50: number; p95: number; p99: number; mean: number; min: number; max: number };

const round1 = (x: number) => Math.round(x * 10) / 10;

export function stats(samples: number[]): Stats {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN, min: NaN, max: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return {
    p50: round1(q(0.5)),
    p95: round1(q(0.95)),
    p99: round1(q(0.99)),
    mean: round1(s.reduce((a, b) => a + b, 0) / s.length),
    min: round1(s[0]!),
    max: round1(s[s.length - 1]!),
  };
}
