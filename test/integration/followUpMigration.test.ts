import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'FollowUpAndDropReason1700000000100') + 1;

describe('migration 0100 (follow-up meeting, drop reason)', () => {
  it('adds meeting.follows_up_meeting_id and action_item.drop_reason and keeps every row', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N - 1 });
    await before.ds.query(`INSERT INTO meeting (title, type, date, start_time, end_time, status, minutes_status, sort_key, created_at, updated_at) VALUES ('Temamøde', 'theme_meeting', '2013-04-16', '13:00', '16:00', 'held', 'draft', 'temamøde', '2013-01-01T00:00:00Z', '2013-01-01T00:00:00Z')`);
    await before.ds.query(`INSERT INTO action_item (meeting_id, what, status, created_at, updated_at) VALUES (1, 'Kortlægge praktikpladser', 'open', '2013-01-01T00:00:00Z', '2013-01-01T00:00:00Z')`);
    await before.close();

    const after = await openDatabase({ file });
    const q = (sql: string) => after.ds.query(sql);
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(await q('SELECT title, follows_up_meeting_id FROM meeting')).toEqual([{ title: 'Temamøde', follows_up_meeting_id: null }]);
    expect(await q('SELECT what, drop_reason FROM action_item')).toEqual([{ what: 'Kortlægge praktikpladser', drop_reason: null }]);
    await q(`UPDATE action_item SET status = 'dropped', drop_reason = 'Løst i arbejdsgruppen'`);
    expect(await q('SELECT COUNT(*) AS n FROM action_item WHERE meeting_id = 1')).toEqual([{ n: 1 }]);
    await after.close();
  });
});
