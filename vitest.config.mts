import { defineConfig } from 'vitest/config';

// Ceilings for a loaded 2-core CI machine: they only decide how long a real failure takes to be
// reported, never whether a passing test passes. `expect.poll` waits 1 s by default, which a busy
// machine exceeds between a click and the screen's answer; every poll here waits on a condition.
const POSTGRES = process.env.SAMSPIL_TEST_DB === 'postgres';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
          environment: 'node',
          // On PostgreSQL every statement is a round trip: the demo data's 14,000 statements take about twice as long.
          testTimeout: POSTGRES ? 240_000 : 60_000,
          hookTimeout: POSTGRES ? 240_000 : 60_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
