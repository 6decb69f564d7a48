/**
 * SQLite pages carry no checksums, so a flipped byte inside stored text passes integrity_check. A seal
 * (size, header hash, SHA-256) written after a clean close catches any change to the file
 * between sessions that SQLite itself did not make. It is removed when the file is opened for writing.
 *
 * The seal also makes opening fast: a file exactly as Samspil closed it (same size and modification
 * time, no WAL) whose last full check is less than a week old is opened without reading it whole
 * (a region's 300 MB file took 6–25 s to check). Anything that writes the file changes its mtime and
 * gets the full check. Damage that keeps size and mtime (bit rot) is caught within seconds to minutes
 * of such a fast open: the full check then runs in the background on the worker (backgroundCheck.ts),
 * first comparing the file's hash with the seal's, before any checkpoint may write the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

export interface Seal {
  size: number;
  /** SHA-256 of the 100-byte SQLite header (change counter, page count, journal mode, …). */
  header: string;
  sha256: string;
  /** Modification time right after the clean close. */
  mtimeMs?: number;
  /** When the file last had the full check (integrity_check, every row read, this hash compared). */
  checkedAt?: string;
}

export const FULL_CHECK_EVERY_MS = 7 * 24 * 3600 * 1000;

export const sealPath = (file: string) => `${file}.seal`;

/** Streams the file through the hash so a large file does not hold the main process for its whole length. */
async function describeFile(file: string): Promise<Seal> {
  const whole = crypto.createHash('sha256');
  let size = 0;
  let header = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (header.length < 100) header = Buffer.concat([header, chunk.subarray(0, 100 - header.length)]);
    whole.update(chunk);
    size += chunk.length;
  }
  return { size, header: crypto.createHash('sha256').update(header).digest('hex'), sha256: whole.digest('hex') };
}

/**
 * After a clean close (WAL checkpointed and removed), so the main file holds everything. `unchanged`: the
 * seal the file was opened on, once its hash has matched the file; a file nothing has written since (same
 * size and modification time) keeps that hash instead of being read whole again (300 MB at L).
 */
export async function writeSeal(file: string, checkedAt: string, unchanged?: Seal | null): Promise<void> {
  if (!fs.existsSync(file) || fs.existsSync(`${file}-wal`)) return;
  const tmp = `${sealPath(file)}.tmp`;
  const stat = fs.statSync(file);
  const same = unchanged && unchanged.size === stat.size && unchanged.mtimeMs === stat.mtimeMs;
  const described = same ? { size: unchanged.size, header: unchanged.header, sha256: unchanged.sha256 } : await describeFile(file);
  const seal: Seal = { ...described, mtimeMs: same ? stat.mtimeMs : fs.statSync(file).mtimeMs, checkedAt };
  fs.writeFileSync(tmp, JSON.stringify(seal));
  fs.renameSync(tmp, sealPath(file));
}

function readSeal(file: string): Seal | null {
  try {
    return JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as Seal;
  } catch {
    return null;
  }
}

/** The time of the last full check when the file may skip it now (see the top of this file), else null. */
export function trustedBySeal(file: string, now = Date.now()): string | null {
  const seal = readSeal(file);
  if (!seal?.checkedAt || seal.mtimeMs === undefined || fs.existsSync(`${file}-wal`)) return null;
  const stat = fs.statSync(file);
  if (stat.size !== seal.size || stat.mtimeMs !== seal.mtimeMs) return null;
  const age = now - Date.parse(seal.checkedAt);
  return age >= 0 && age < FULL_CHECK_EVERY_MS ? seal.checkedAt : null;
}

/**
 * For a fast open without trust (a copied file, one changed after the close, or a week since its full
 * check): the seal's SHA-256, and whether the file still has the sealed size and header. Only then does a
 * different hash mean damage (verifySeal's 'changed'); a file replaced wholesale is left to the integrity check.
 */
export function sealToCompare(file: string): { sha256: string; sameShape: boolean } | null {
  const seal = readSeal(file);
  if (!seal || (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0)) return null;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    const headerHash = crypto.createHash('sha256').update(header.subarray(0, n)).digest('hex');
    return { sha256: seal.sha256, sameShape: fs.fstatSync(fd).size === seal.size && headerHash === seal.header };
  } finally {
    fs.closeSync(fd);
  }
}

/** The seal a trusted file is opened on: its SHA-256 for the background check, the rest for the close (writeSeal). */
export function sealOf(file: string): Seal | null {
  return readSeal(file);
}

export function removeSeal(file: string): void {
  fs.rmSync(sealPath(file), { force: true });
}

/**
 * 'changed' only when the pages differ while size and header match: SQLite did not write it (a write
 * updates the header's counters), so something else did. A file replaced wholesale (another size or
 * header, e.g. a backup put back by hand) is left to the integrity check.
 */
export async function verifySeal(file: string): Promise<'ok' | 'changed' | 'none'> {
  const seal = readSeal(file);
  if (!seal) return 'none';
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) return 'none';
  const now = await describeFile(file);
  if (now.sha256 === seal.sha256) return 'ok';
  return now.size === seal.size && now.header === seal.header ? 'changed' : 'none';
}
