import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'Versions1700000000240') + 1;

describe('migration 0240 (versions on editable rows)', () => {
  it('gives every existing row version 1, keeps it, and the actor search triggers still work', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N - 1 });
    const q = (sql: string) => before.ds.query(sql);
    const at = "'2013-01-01T00:00:00.000Z'";
    await q(`INSERT INTO organisation (name, kind, sort_key, search_text, created_at, updated_at) VALUES ('Hvidovre Gymnasium', 'upper_secondary_school', 'hvidovre gymnasium', 'hvidovre gymnasium', ${at}, ${at})`);
    await q(`INSERT INTO meeting (title, type, date, start_time, end_time, status, minutes_status, sort_key, created_at, updated_at) VALUES ('Temamøde', 'theme_meeting', '2013-04-16', '13:00', '16:00', 'held', 'draft', 'temamøde', ${at}, ${at})`);
    for (const [i, title] of ['Godkendelse', 'Frafald', 'Eventuelt'].entries()) {
      await q(`INSERT INTO agenda_item (meeting_id, position, is_break, title, kind, duration_minutes) VALUES (1, ${i}, false, '${title}', 'orientation', 10)`);
    }
    const org = { id: 1 };
    const meeting = { id: 1 };
    await before.close();

    const after = await openDatabase({ file });
    const ctx = { ...ctxOf(after), user: 'Lise Brønnum' };
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(await after.ds.query('SELECT version, updated_by FROM organisation')).toEqual([{ version: 1, updated_by: null }]);
    expect(await after.ds.query('SELECT COUNT(*) AS n FROM agenda_item WHERE version = 1 AND updated_at IS NULL')).toEqual([{ n: 3 }]);
    const m = await call(ctx, 'meetings.get', { id: meeting.id });
    expect(m).toMatchObject({ version: 1, title: 'Temamøde' });
    expect(m.items[0]).toMatchObject({ version: 1, updatedBy: null, updatedAt: null });
    // A row from before the migration is saved on version 1 like any other.
    const saved = await call(ctx, 'agenda.update', { id: m.items[0]!.id, version: 1, data: { title: 'Godkendelse af dagsorden', durationMinutes: 5 } });
    expect(saved.items[0]).toMatchObject({ version: 2, updatedBy: 'Lise Brønnum' });
    // The organisation's trigram index (SQLite triggers) survived: the name is still found by a fragment.
    expect((await call(ctx, 'organisations.list', { search: 'gymnas' })).items.map((o) => o.id)).toEqual([org.id]);
    await after.close();
  });
});
