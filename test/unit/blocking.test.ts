import { describe, expect, it } from 'vitest';
import { createYielder } from '../../main/app/longWork';
import { longestBlock } from '../helpers/blocking';

/** Burns `ms` of this process's CPU time (not wall time, so a loaded machine cannot shorten it). */
function burnCpu(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const d = process.cpuUsage(start);
    if ((d.user + d.system) / 1000 >= ms) return;
  }
}

describe('longestBlock (the measure behind the main-process blocking figures)', () => {
  it('sees a synchronous stretch of 250 ms of CPU work', async () => {
    const { maxBlockMs } = await longestBlock(async () => burnCpu(250));
    expect(maxBlockMs).toBeGreaterThanOrEqual(240);
  });

  it('sees the same work, cut by createYielder, as short stretches', async () => {
    const { maxBlockMs } = await longestBlock(async () => {
      const pause = createYielder(10);
      for (let i = 0; i < 50; i++) {
        burnCpu(5);
        await pause();
      }
    });
    expect(maxBlockMs).toBeLessThan(60);
  });
});
