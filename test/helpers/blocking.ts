/**
 * Measures the longest stretch the event loop was blocked while `work` ran: a 2 ms ticker records the
 * largest gap between its ticks (a blocked loop delays the tick by the length of the block).
 *
 * On a shared 2-core machine a gap can also be the OS running other processes while this one waits,
 * which no code here can change. So a gap counts only as far as this process used the CPU during it
 * (`process.cpuUsage`, all threads: a busy worker thread can only make the figure worse, never better).
 * `maxWallGapMs` keeps the raw wall-clock gap for the record.
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; maxBlockMs: number; maxWallGapMs: number; ms: number }> {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  let maxBlock = 0;
  let maxWall = 0;
  const sample = () => {
    const t = performance.now();
    const c = cpuMs();
    maxWall = Math.max(maxWall, t - last);
    maxBlock = Math.max(maxBlock, Math.min(t - last, c - lastCpu));
    last = t;
    lastCpu = c;
  };
  const ticker = setInterval(sample, 2);
  const start = performance.now();
  try {
    const result = await work();
    sample();
    return { result, maxBlockMs: Math.round(maxBlock), maxWallGapMs: Math.round(maxWall), ms: Math.round(performance.now() - start) };
  } finally {
    clearInterval(ticker);
  }
}
