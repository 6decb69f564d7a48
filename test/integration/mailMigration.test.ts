import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertPerson } from '../helpers/seedSql';

describe('mail migration (Mail1700000000120)', () => {
  it('adds the calendar identity and sent-log tables; a meeting from before can be sent as a draft afterwards', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'Mail1700000000120');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const runner = before.ds.createQueryRunner();
    expect(await runner.hasTable('mail_message')).toBe(false);
    await runner.release();
    // Plain SQL valid at this schema: services assume the newest one.
    const person = { id: await insertPerson(before, 'Åse Kjærgaard', 'aase@hvidovre.dk') };
    const stamp = '2026-01-01T00:00:00.000Z';
    await before.ds.query(
      "INSERT INTO meeting (title, type, date, start_time, end_time, status, purpose, notes, minutes_status, sort_key, created_at, updated_at) VALUES ('Styregruppemøde', 'steering_group', '2026-05-05', '09:00', '11:00', 'planned', '', '', 'draft', 'styregruppemøde', ?, ?)",
      [stamp, stamp],
    );
    const meetingId = Number((await before.ds.query('SELECT MAX(id) AS id FROM meeting'))[0].id);
    await before.close();

    const after = await openDatabase({ file });
    const q = after.ds.createQueryRunner();
    for (const t of ['meeting_calendar', 'mail_message', 'mail_recipient']) expect(await q.hasTable(t)).toBe(true);
    await q.release();
    const ctx = ctxOf(after);
    await call(ctx, 'invitees.add', { meetingId, personIds: [person.id] });
    const draft = await call(ctx, 'mail.draft', { kind: 'invitation', id: meetingId });
    expect(Buffer.from(draft.base64!, 'base64').toString('utf8')).toContain('X-Unsent: 1');
    const log = await call(ctx, 'mail.log', { meetingId });
    expect(log[0]!.recipients).toMatchObject([{ name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk', status: 'draft' }]);
    await after.close();
  });
});
