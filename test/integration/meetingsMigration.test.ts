import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertBody, insertMembership, insertPerson } from '../helpers/seedSql';

describe('migration Meetings1700000000010', () => {
  it('adds the meeting tables to an existing data file and leaves the register untouched', async () => {
    const file = tempFile();
    const before = migrations.findIndex((m) => new m().name === 'Meetings1700000000010');
    expect(before).toBeGreaterThan(0);
    const old = await openDatabase({ file, migrateTo: before });
    const body = { id: await insertBody(old, 'Styregruppen') };
    const person = { id: await insertPerson(old, 'Åse Kjærgaard', 'aase@hvidovre.dk') };
    await insertMembership(old, body.id, person.id, 'chair');
    const rowsBefore = await old.ds.query('SELECT * FROM person ORDER BY id');
    expect(await old.ds.createQueryRunner().hasTable('meeting')).toBe(false);
    await old.close();

    const db = await openDatabase({ file });
    const runner = db.ds.createQueryRunner();
    for (const t of ['meeting_series', 'meeting', 'agenda_item', 'agenda_attachment', 'meeting_invitee', 'decision', 'action_item']) expect(await runner.hasTable(t)).toBe(true);
    await runner.release();
    // Later migrations may add columns (version, updated_by); every column the row had keeps its value.
    expect(await db.ds.query('SELECT * FROM person ORDER BY id')).toMatchObject(rowsBefore);
    const ctx2 = ctxOf(db);
    expect((await call(ctx2, 'bodies.get', { id: body.id })).members.map((m) => m.personName)).toEqual(['Åse Kjærgaard']);
    const meeting = await call(ctx2, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2026-12-01', startTime: '09:00', endTime: '11:00' } });
    const invited = await call(ctx2, 'invitees.add', { meetingId: meeting.id, bodyId: body.id });
    expect(invited.invitees.map((i) => i.name)).toEqual(['Åse Kjærgaard']);
    await db.close();
  });
});
