import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { searchKey } from '../../db/textKeys';
import { call, ctxOf, tempFile } from '../helpers/db';
import { recordFigure } from './figures';

const PERSON = { name: 'Zyxwø Sletmigsen', email: 'zyxw.sletmig@eksempel.dk', phone: '+45 87 65 43 21', title: 'Vejleder Qvx', notes: 'Noter om Zyxwø' };

function hits(files: string[], needles: string[]): number {
  let n = 0;
  for (const f of files.filter((x) => fs.existsSync(x))) {
    const bytes = fs.readFileSync(f);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) n++;
  }
  return n;
}

describe('erasure leaves no bytes behind', () => {
  it('a purged person is gone from the data file and its WAL (secure_delete + checkpoint after deletes)', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    const ctx = ctxOf(db);
    await call(ctx, 'people.create', { name: 'Anden Person', email: 'anden@eksempel.dk' });
    const p = await call(ctx, 'people.create', PERSON);
    await call(ctx, 'people.update', { id: p.id, data: { ...PERSON, title: 'Vejleder Qvx 2' } });
    const needles = [PERSON.name, PERSON.email, '87 65 43 21', 'Vejleder Qvx', 'Noter om Zyxw', searchKey(PERSON.name), searchKey(PERSON.email)];
    const files = [file, `${file}-wal`, `${file}-shm`];
    await call(ctx, 'people.delete', { id: p.id });
    const inTrash = hits(files, needles);
    await call(ctx, 'trash.purge', { kind: 'person', id: p.id });
    const afterPurge = hits(files, needles);
    const other = hits(files, ['anden@eksempel.dk']);
    await db.close();
    const afterClose = hits(files, needles);
    recordFigure('Erasure byte search', needles.length * 2, afterPurge + afterClose, `${inTrash} hits while in the trash (expected), 0 after purge and after close`);
    expect(inTrash).toBeGreaterThan(0);
    expect(afterPurge).toBe(0);
    expect(afterClose).toBe(0);
    expect(other).toBeGreaterThan(0);
  });
});

describe('access request (Art. 15)', () => {
  it('exports everything on the person, with the processing log, and nothing on anyone else', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    const other = await call(ctx, 'people.create', { name: 'Qvist Anden', email: 'qvist.anden@eksempel.dk' });
    const org = await call(ctx, 'organisations.create', { name: 'UU Vestegnen', kind: 'other' });
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const p = await call(ctx, 'people.create', { ...PERSON, organisationId: org.id });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: other.id, role: 'member' });
    await call(ctx, 'people.update', { id: p.id, data: { ...PERSON, organisationId: org.id, title: 'Leder' } });
    await call(ctx, 'people.exportData', { id: p.id });
    const file = await call(ctx, 'people.exportData', { id: p.id });
    await db.close();
    const text = Buffer.from(file.base64!, 'base64').toString('utf8');
    const json = JSON.parse(text) as { person: { email: string; memberships: unknown[]; organisationName: string }; processing: { action: string }[] };
    expect(file.fileName).toMatch(/^Indsigt Zyxwø Sletmigsen \d{4}-\d\d-\d\d\.json$/);
    expect(json.person.email).toBe(PERSON.email);
    expect(json.person.organisationName).toBe('UU Vestegnen');
    expect(json.person.memberships).toHaveLength(1);
    expect(json.processing.map((e) => e.action)).toEqual(['create', 'update', 'export']);
    expect(text).not.toContain('qvist');
    expect(text).not.toContain('Qvist');
    expect(text).not.toContain('os_user');
  });
});
