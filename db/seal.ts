/**
 * SQLite pages carry no checksums, so a flipped byte inside stored text passes integrity_check. A seal
 * (size, header hash, SHA-256) written after a clean close catches any change to the file
 * between sessions that SQLite itself did not make. It is removed when the file is opened for writing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

interface Seal {
  size: number;
  /** SHA-256 of the 100-byte SQLite header (change counter, page count, journal mode, …). */
  header: string;
  sha256: string;
}

export const sealPath = (file: string) => `${file}.seal`;

const CHUNK = 1 << 20;

/** Read in 1 MB chunks: the whole file in memory at once (300 MB for a region) set every process's peak RSS. */
function describeFile(file: string): Seal {
  const fd = fs.openSync(file, 'r');
  try {
    const hash = crypto.createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    let header = '';
    let size = 0;
    for (let n: number; (n = fs.readSync(fd, buf, 0, CHUNK, size)) > 0; size += n) {
      if (size === 0) header = crypto.createHash('sha256').update(buf.subarray(0, Math.min(100, n))).digest('hex');
      hash.update(buf.subarray(0, n));
    }
    if (size === 0) header = crypto.createHash('sha256').update(Buffer.alloc(0)).digest('hex');
    return { size, header, sha256: hash.digest('hex') };
  } finally {
    fs.closeSync(fd);
  }
}

/** After a clean close (WAL checkpointed and removed), so the main file holds everything. */
export function writeSeal(file: string): void {
  if (!fs.existsSync(file) || fs.existsSync(`${file}-wal`)) return;
  const tmp = `${sealPath(file)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(describeFile(file)));
  fs.renameSync(tmp, sealPath(file));
}

export function removeSeal(file: string): void {
  fs.rmSync(sealPath(file), { force: true });
}

/**
 * 'changed' only when the pages differ while size and header match: SQLite did not write it (a write
 * updates the header's counters), so something else did. A file replaced wholesale (another size or
 * header, e.g. a backup put back by hand) is left to the integrity check.
 */
export function verifySeal(file: string): 'ok' | 'changed' | 'none' {
  let seal: Seal;
  try {
    seal = JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as Seal;
  } catch {
    return 'none';
  }
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) return 'none';
  const now = describeFile(file);
  if (now.sha256 === seal.sha256) return 'ok';
  return now.size === seal.size && now.header === seal.header ? 'changed' : 'none';
}
