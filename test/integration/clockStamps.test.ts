import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { fixedClock } from '../../main/app/clock';
import { backupsDir } from '../../main/backup/backupService';
import { backupsToKeep } from '../../main/backup/retention';
import { call, ctxOf, tempFile } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

const open: Database[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** DTSTAMPs and the MIME Date header, read by Python's icalendar and email packages. */
function pythonRead(kind: 'ics' | 'eml', bytes: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-stamp-')), `x.${kind}`);
  fs.writeFileSync(file, bytes);
  const script = kind === 'ics'
    ? "import icalendar,sys\nc=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\nfor e in c.walk('VEVENT'): print(e.get('dtstamp').dt.isoformat())"
    : "import email,email.utils,sys\nm=email.message_from_binary_file(open(sys.argv[1],'rb'))\nprint(email.utils.parsedate_to_datetime(m['Date']).isoformat())";
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).trim().split('\n');
}

describe('issue 12 point 8: stamps in files follow the clock, not the machine', () => {
  it('a pinned clock (1 May 2013, 22.30 UTC) is the .ics DTSTAMP and the draft mail\'s Date', async () => {
    const db = await openDatabase({ file: tempFile() });
    open.push(db);
    const ctx = { ...ctxOf(db), clock: fixedClock('2013-05-01T22:30:00Z') };
    const m = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', date: '2013-05-14', startTime: '09:00', endTime: '11:00' } });
    const p = await call(ctx, 'people.create', { name: 'Mette Dalsgaard', email: 'mette@hvidovre.dk' });
    await call(ctx, 'invitees.add', { meetingId: m.id, personIds: [p.id] });

    const ics = Buffer.from((await call(ctx, 'meetings.ics', { id: m.id })).base64!, 'base64');
    expect(pythonRead('ics', ics)).toEqual(['2013-05-01T22:30:00+00:00']);

    const eml = Buffer.from((await call(ctx, 'mail.draft', { kind: 'invitation', id: m.id })).base64!, 'base64');
    expect(new Date(pythonRead('eml', eml)[0]!).toISOString()).toBe('2013-05-01T22:30:00.000Z');
  });

  // A server keeps its own backups; the app makes file backups only of a local file.
  it.skipIf(testEngine === 'postgres')('a pinned clock (1 May 2013, 22.30 UTC) names the backup', async () => {
    const db = await openDatabase({ file: tempFile() });
    open.push(db);
    const ctx = { ...ctxOf(db), clock: fixedClock('2013-05-01T22:30:00Z') };
    const backup = await call(ctx, 'backups.create', {});
    expect(backup.fileName).toMatch(/-2013-05-01T223000000Z-manual\.sqlite$/);
    expect(backup.createdAt).toBe('2013-05-01T22:30:00.000Z');
    expect(fs.existsSync(path.join(backupsDir(db.file), backup.fileName))).toBe(true);
  });

  it("rotation counts the secretariat's days: 23.30 and 00.30 Copenhagen time are two days, though one UTC day", () => {
    const b = (createdAt: string) => ({ createdAt, kind: 'auto' });
    const later = Array.from({ length: 6 }, (_, i) => b(`2026-03-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`));
    const early = b('2026-03-01T23:30:00.000Z'); // 00.30 on Monday 2 March in Copenhagen: the 7th daily slot
    const evening = b('2026-03-01T22:30:00.000Z'); // 23.30 on Sunday 1 March: a day of its own, kept for its week
    const keep = backupsToKeep([...later, early, evening]);
    expect(keep.has(early)).toBe(true);
    expect(keep.has(evening)).toBe(true);
    expect(keep.size).toBe(8);
  });
});
