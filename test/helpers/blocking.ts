/**
 * Measures the longest stretch the event loop was blocked while `work` ran: a 2 ms ticker records
 * the largest gap between its ticks (a blocked loop delays the tick by the length of the block).
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; maxBlockMs: number; ms: number }> {
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 2);
  const start = performance.now();
  try {
    const result = await work();
    const end = performance.now();
    maxGap = Math.max(maxGap, end - last);
    return { result, maxBlockMs: Math.round(maxGap), ms: Math.round(end - start) };
  } finally {
    clearInterval(ticker);
  }
}
