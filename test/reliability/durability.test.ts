import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkFolderError, openDatabase, type Database } from '../../db/database';
import { mountTypeOf, networkFolderReason, type LocationProbe } from '../../db/networkFolder';
import { readPragmas } from '../../db/sqliteMaintenance';
import { parseStartArgs } from '../../main/app/dataLocation';
import { tempFile } from '../helpers/db';
import { recordFigure } from './figures';

const open: Database[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

describe('pragmas on every connection', () => {
  it('reads WAL, synchronous=FULL, foreign_keys=ON, busy timeout and secure_delete back on a temp file, also after reopen', async () => {
    const file = tempFile();
    let checked = 0;
    let failed = 0;
    const want = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000, secureDelete: 1 };
    const seen: unknown[] = [];
    for (let round = 0; round < 2; round++) {
      const db = await openDatabase({ file });
      const p = readPragmas(db.raw()) as unknown as Record<string, unknown>;
      // Each pragma read back is one try; a value that differs is one failure.
      for (const [key, value] of Object.entries(want)) {
        checked++;
        if (p[key] !== value) failed++;
      }
      seen.push(p);
      await db.close();
    }
    // The control: a plain better-sqlite3 reopen of the same WAL file runs at NORMAL (1), which is why we set FULL.
    const plain = new BetterSqlite3(file);
    expect(plain.pragma('synchronous', { simple: true })).toBe(1);
    plain.close();
    recordFigure('Pragmas read back (WAL, FULL, FK, busy, secure_delete)', checked, failed);
    expect(seen).toEqual([want, want]);
  });

  it('reopen() after restore-style close applies the pragmas again', async () => {
    const db = await openDatabase({ file: tempFile() });
    open.push(db);
    await db.close();
    await db.reopen();
    expect(readPragmas(db.raw()).synchronous).toBe(2);
  });
});

const linux = (mounts: string): LocationProbe => ({ platform: 'linux', mounts: () => mounts });
const win: LocationProbe = { platform: 'win32', mounts: () => null };
const mac: LocationProbe = { platform: 'darwin', mounts: () => null };
const MOUNTS = [
  '/dev/sda1 / ext4 rw 0 0',
  'server:/export /mnt/nfs nfs4 rw 0 0',
  '//nas/share /mnt/smb cifs rw 0 0',
  '//nas/Fælles\\040drev /mnt/fælles\\040drev cifs rw 0 0',
  '/dev/sdb1 /mnt/nfs/local ext4 rw 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
].join('\n');

describe('network and cloud folders are refused', () => {
  const refused: [string, LocationProbe][] = [
    ['C:\\Users\\anne\\OneDrive\\Samspil\\samspil.sqlite', win],
    ['C:\\Users\\anne\\OneDrive - Hvidovre Kommune\\samspil.sqlite', win],
    ['C:\\Users\\anne\\Dropbox\\samspil.sqlite', win],
    ['C:\\Users\\anne\\Dropbox (Personal)\\samspil.sqlite', win],
    ['G:\\My Drive\\samspil.sqlite', win],
    ['G:\\Mit drev\\samspil.sqlite', win],
    ['C:\\Users\\anne\\Google Drive\\samspil.sqlite', win],
    ['C:\\Users\\anne\\iCloudDrive\\samspil.sqlite', win],
    ['\\\\server\\share\\samspil.sqlite', win],
    ['//server/share/samspil.sqlite', win],
    ['\\\\?\\UNC\\server\\share\\samspil.sqlite', win],
    ['/Users/anne/Library/Mobile Documents/com~apple~CloudDocs/samspil.sqlite', mac],
    ['/Users/anne/Library/CloudStorage/OneDrive-Personal/samspil.sqlite', mac],
    ['/Users/anne/Dropbox/samspil.sqlite', mac],
    ['/mnt/nfs/samspil.sqlite', linux(MOUNTS)],
    ['/mnt/smb/a/b/samspil.sqlite', linux(MOUNTS)],
    ['/mnt/fælles drev/samspil.sqlite', linux(MOUNTS)],
    ['/home/anne/onedrive/samspil.sqlite', linux(MOUNTS)],
  ];
  const allowed: [string, LocationProbe][] = [
    ['C:\\Users\\anne\\AppData\\Roaming\\Samspil\\samspil.sqlite', win],
    ['C:\\Users\\anne\\Documents\\Dropboxes-notes\\samspil.sqlite', win],
    ['/Users/anne/Library/Application Support/Samspil/samspil.sqlite', mac],
    ['/home/anne/.config/Samspil/samspil.sqlite', linux(MOUNTS)],
    ['/mnt/nfs/local/samspil.sqlite', linux(MOUNTS)],
    ['/mnt/nfsish/samspil.sqlite', linux(MOUNTS)],
    ['/tmp/x/samspil.sqlite', linux(MOUNTS)],
  ];

  it.each(refused)('refuses %s', (file, probe) => {
    expect(networkFolderReason(file, probe)).not.toBeNull();
  });
  it.each(allowed)('allows %s', (file, probe) => {
    expect(networkFolderReason(file, probe)).toBeNull();
  });

  it('picks the longest mount point and decodes octal escapes', () => {
    expect(mountTypeOf('/mnt/nfs/local/x', MOUNTS)).toBe('ext4');
    expect(mountTypeOf('/mnt/fælles drev/x', MOUNTS)).toBe('cifs');
  });

  it('openDatabase refuses with a Danish message, and opens with allowNetworkFolder', async () => {
    const file = tempFile();
    const probe = linux(`/dev/sda1 / ext4 rw 0 0\nsrv:/x ${file.replace(/\/[^/]+$/, '')} nfs rw 0 0`);
    const err = await openDatabase({ file, locationProbe: probe }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkFolderError);
    expect((err as Error).message).toMatch(/netværksdrev \(nfs\).*beskadiget.*--allow-network-folder/s);
    const db = await openDatabase({ file, locationProbe: probe, allowNetworkFolder: true });
    open.push(db);
    expect(await db.schemaVersion()).toBeGreaterThan(0);
    // Every case run again here, so the figure counts outcomes: a refused case that opens, or an allowed one refused, is a failure.
    const wronglyAllowed = refused.filter(([f, pr]) => networkFolderReason(f, pr) === null).length;
    const wronglyRefused = allowed.filter(([f, pr]) => networkFolderReason(f, pr) !== null).length;
    const cases = refused.length + allowed.length + 1;
    const failed = wronglyAllowed + wronglyRefused + (err instanceof NetworkFolderError ? 0 : 1);
    recordFigure('Network/cloud folder detection', cases, failed, `${refused.length - wronglyAllowed}/${refused.length} refused, ${allowed.length - wronglyRefused}/${allowed.length} allowed`);
  });

  it('--allow-network-folder reaches the start options', () => {
    expect(parseStartArgs(['--db', '/tmp/a.sqlite', '--allow-network-folder']).allowNetworkFolder).toBe(true);
    expect(parseStartArgs(['--db', '/tmp/a.sqlite']).allowNetworkFolder).toBe(false);
  });
});
