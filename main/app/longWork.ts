/**
 * Long work in the main process (imports, reports, rebuilds) runs on the same event loop as IPC and
 * the window. Such work calls the returned function between small steps; it gives the loop a turn
 * whenever `sliceMs` have passed, so no single stretch blocks the main process for long (issue 7:
 * never more than 100 ms at a time).
 */
export function createYielder(sliceMs = 25): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}
