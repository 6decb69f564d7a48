export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  // A p95 of fewer than 20 runs is only the maximum: left out (NaN prints as –).
  return { runs: s.length, medianMs: round(at(0.5)), p95Ms: s.length >= 20 ? round(at(0.95)) : Number.NaN };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** Runs `fn` a few times to warm caches and the JIT, then `runs` timed times. */
export async function measure(fn: () => unknown, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);
