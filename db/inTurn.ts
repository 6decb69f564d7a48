/**
 * Statements one after another instead of `Promise.all`: a transaction (and SQLite's worker) is one
 * connection, and pg warns of, and from v9 refuses, a query sent while another runs on the same client.
 */
export async function inTurn<F extends (() => unknown)[]>(...steps: F): Promise<{ [K in keyof F]: Awaited<ReturnType<F[K]>> }> {
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as { [K in keyof F]: Awaited<ReturnType<F[K]>> };
}

/** `Promise.all(items.map(f))`, one item at a time. */
export async function mapInTurn<A, B>(items: readonly A[], f: (item: A) => PromiseLike<B>): Promise<B[]> {
  const out: B[] = [];
  for (const item of items) out.push(await f(item));
  return out;
}
