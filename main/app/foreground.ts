/**
 * Commands come first. Background work on the main process (the search index rebuild after an
 * update) waits between its steps while a command is being handled, so a screen's read is not
 * interleaved with its slices: a read that needs several turns of the event loop would otherwise wait
 * for a whole slice at each of them (at L that made every screen ~100 ms slower during a rebuild).
 */
let inFlight = 0;
const waiting = new Set<() => void>();

export async function asCommand<T>(work: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await work();
  } finally {
    inFlight--;
    if (inFlight === 0) for (const wake of [...waiting]) wake();
  }
}

/** Resolves when no command is being handled, or after `maxWaitMs` at most, so background work is never starved. */
export function afterCommands(maxWaitMs = 250): Promise<void> {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      waiting.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, maxWaitMs);
    waiting.add(wake);
  });
}

/** Commands being handled right now (for tests and diagnostics). */
export const commandsInFlight = () => inFlight;
