import type { DataSource } from 'typeorm';

interface Runner {
  query: (...args: never[]) => Promise<unknown>;
  isTransactionActive: boolean;
}

/**
 * better-sqlite3 answers every query synchronously, so a read made of many queries (a screen, a
 * document's data: hundreds of them at region scale) runs on microtasks alone and holds the main
 * process's event loop from its first query to its last (issue 17: never more than 100 ms). This gives
 * the loop a turn before a query once `sliceMs` have passed without one, but never inside a
 * transaction: all of SQLite's transactions share TypeORM's one query runner, and a turn there would let
 * another command join the open transaction (see transactionQueue in database.ts). A read outside a
 * transaction may thus see a command that committed during its turn, as it would on a server.
 *
 * Whether the loop has turned is known exactly: a stretch of queries starts with a setImmediate that
 * marks the next turn, whoever gives it.
 */
export function turnsBetweenQueries(ds: DataSource, sliceMs = 20): void {
  const runner = ds.createQueryRunner() as unknown as Runner;
  const query = runner.query.bind(runner);
  let turned = true;
  let since = 0;
  const mark = () => {
    turned = true;
  };
  const startStretch = () => {
    turned = false;
    since = performance.now();
    setImmediate(mark);
  };
  runner.query = (async (...args: never[]) => {
    if (turned) startStretch();
    else if (!runner.isTransactionActive && performance.now() - since >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      startStretch();
    }
    return query(...args);
  }) as Runner['query'];
}
