/**
 * After a fast open on the seal (seal.ts), the full check runs in the background on the worker:
 * first the file's SHA-256 against the seal's (any byte changed since Samspil closed it, including
 * inside stored text, which integrity_check cannot see), then integrity_check and every row read.
 * Until the hash is taken no checkpoint may write the main file: commits stay in the WAL
 * (wal_autocheckpoint 0, deletions flushed afterwards). SQLite-only, like sqliteMaintenance.ts.
 *
 * A close need not wait for the full check of a sealed file (10 s at L): it cancels it once the hash has
 * matched (cancel). The check then never counts as passed: its health stays 'checking' and the seal keeps the
 * date of the last completed check, so the next open checks the file again as it would have.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { checkFileInSteps } from './sqliteMaintenance';
import { FileJobCancelled, runFileJob } from './sqliteWorker';

export type HealthState = 'checking' | 'ok' | 'damaged';

export interface Health {
  state: HealthState;
  problems: string[];
  /** When the background check found the damage (ISO). */
  foundAt?: string;
}

export interface BackgroundCheck {
  health: Health;
  /** Resolves once the hash is compared (damage of that kind is known; checkpoints allowed again unless held until the whole check). */
  hashed: Promise<void>;
  /** Resolves when the whole check has finished. */
  done: Promise<void>;
  /** True while checkpoints must wait. */
  holdsCheckpoints(): boolean;
  /**
   * For a close: stop the full check (a running one is ended on its worker; one not started never starts).
   * The hash comparison still ends (`hashed`: no checkpoint before it); `done` resolves without a result.
   * A file opened without trust (holdUntilChecked) keeps its check: nothing may write it before the check
   * has passed, and a close writes it, so the close waits as before. True when the check was cancelled.
   */
  cancel(): boolean;
}

const DEFAULT_AUTOCHECKPOINT = 1000;

export function startBackgroundCheck(opts: {
  file: string;
  /** The seal's hash; null when there is no seal to compare with. */
  sealSha256: string | null;
  /** A different hash is damage (a trusted seal), or only when the file kept the sealed size and header. */
  hashMustMatch?: boolean;
  /**
   * A file opened without trust: no checkpoint until the whole check has passed, so a damaged file is
   * moved aside as it was found (this session's writes stay in its WAL).
   */
  holdUntilChecked?: boolean;
  nativeBinding?: string;
  raw: () => BetterSqlite3.Database;
  onDamage: (problems: string[]) => void;
  /** Tests: wait this long before starting (the check must still end within minutes of opening). */
  delayMs?: number;
}): BackgroundCheck {
  const health: Health = { state: 'checking', problems: [] };
  let holding = true;
  const cancelled = new AbortController();
  const damaged = (problems: string[]) => {
    if (health.state === 'damaged') return;
    Object.assign(health, { state: 'damaged', problems, foundAt: new Date().toISOString() });
    opts.onDamage(problems);
  };
  try {
    opts.raw().pragma('wal_autocheckpoint = 0');
  } catch {
    // closed already
  }
  const release = async () => {
    holding = false;
    if (health.state === 'damaged') return;
    // Everything committed while checkpoints waited is in the WAL (hundreds of MB when a search index
    // rebuild ran meanwhile at L). Copy it into the file on the worker first: turned back on at once,
    // the next commit's automatic checkpoint would do it on the main thread (an 8 s block was seen).
    try {
      await runFileJob({ file: opts.file, checkpoint: 'passive', nativeBinding: opts.nativeBinding });
    } catch {
      // no worker, or the file is busy: the automatic checkpoint takes it from here
    }
    try {
      opts.raw().pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    } catch {
      // closed meanwhile
    }
  };
  const hashed = (async () => {
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    try {
      if (opts.sealSha256 === null) return;
      const rows = await runFileJob({ file: opts.file, sha256: true, nativeBinding: opts.nativeBinding });
      const sha = rows?.[0] ?? (await hashHere(opts.file));
      if (sha !== opts.sealSha256 && (opts.hashMustMatch ?? true)) damaged(['the file changed after Samspil closed it (its bytes differ from the seal)']);
    } catch (err) {
      damaged([err instanceof Error ? err.message : String(err)]);
    } finally {
      if (!opts.holdUntilChecked) await release();
    }
  })();
  const done = (async () => {
    try {
      await hashed;
      if (health.state === 'damaged' || cancelled.signal.aborted) return;
      const check = await checkFileInSteps(opts.file, { nativeBinding: opts.nativeBinding, signal: cancelled.signal });
      if (!check.ok) damaged(check.problems);
      else if (health.state === 'checking') health.state = 'ok';
    } catch (err) {
      // Cancelled at close: not passed, not damaged; health stays 'checking'.
      if (!(err instanceof FileJobCancelled)) damaged([err instanceof Error ? err.message : String(err)]);
    } finally {
      if (opts.holdUntilChecked) await release();
    }
  })();
  const cancel = () => {
    if (opts.holdUntilChecked || health.state !== 'checking') return false;
    cancelled.abort();
    return true;
  };
  return { health, hashed, done, holdsCheckpoints: () => holding, cancel };
}

async function hashHere(file: string): Promise<string> {
  const crypto = await import('node:crypto');
  const fs = await import('node:fs');
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}
