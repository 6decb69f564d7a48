import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';

describe('mail migration (Mail1700000000120)', () => {
  it('adds the calendar identity and sent-log tables; a meeting from before can be sent as a draft afterwards', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'Mail1700000000120');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const runner = before.ds.createQueryRunner();
    expect(await runner.hasTable('mail_message')).toBe(false);
    await runner.release();
    const person = await call(ctxOf(before), 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
    const m = await call(ctxOf(before), 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', date: '2026-05-05', startTime: '09:00', endTime: '11:00' } }).catch(() => null);
    await before.close();

    const after = await openDatabase({ file });
    const q = after.ds.createQueryRunner();
    for (const t of ['meeting_calendar', 'mail_message', 'mail_recipient']) expect(await q.hasTable(t)).toBe(true);
    await q.release();
    const ctx = ctxOf(after);
    const meetingId = m?.id ?? (await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', date: '2026-05-05', startTime: '09:00', endTime: '11:00' } })).id;
    await call(ctx, 'invitees.add', { meetingId, personIds: [person.id] });
    const draft = await call(ctx, 'mail.draft', { kind: 'invitation', id: meetingId });
    expect(Buffer.from(draft.base64!, 'base64').toString('utf8')).toContain('X-Unsent: 1');
    const log = await call(ctx, 'mail.log', { meetingId });
    expect(log[0]!.recipients).toMatchObject([{ name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk', status: 'draft' }]);
    await after.close();
  });
});
