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

/** After a clean close (WAL checkpointed and removed), so the main file holds everything. */
export async function writeSeal(file: string): Promise<void> {
  if (!fs.existsSync(file) || fs.existsSync(`${file}-wal`)) return;
  const tmp = `${sealPath(file)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(await describeFile(file)));
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
export async function verifySeal(file: string): Promise<'ok' | 'changed' | 'none'> {
  let seal: Seal;
  try {
    seal = JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as Seal;
  } catch {
    return 'none';
  }
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) return 'none';
  const now = await describeFile(file);
  if (now.sha256 === seal.sha256) return 'ok';
  return now.size === seal.size && now.header === seal.header ? 'changed' : 'none';
}
