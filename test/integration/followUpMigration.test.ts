import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'FollowUpAndDropReason1700000000100') + 1;

describe('migration 0100 (follow-up meeting, drop reason)', () => {
  it('adds meeting.follows_up_meeting_id and action_item.drop_reason and keeps every row', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N - 1 });
    const raw = before.raw();
    raw.prepare(`INSERT INTO meeting (title, type, date, start_time, end_time, status, minutes_status, sort_key, created_at, updated_at) VALUES ('Temamøde', 'theme_meeting', '2013-04-16', '13:00', '16:00', 'held', 'draft', 'temamøde', '2013-01-01T00:00:00Z', '2013-01-01T00:00:00Z')`).run();
    raw.prepare(`INSERT INTO action_item (meeting_id, what, status, created_at, updated_at) VALUES (1, 'Kortlægge praktikpladser', 'open', '2013-01-01T00:00:00Z', '2013-01-01T00:00:00Z')`).run();
    await before.close();

    const after = await openDatabase({ file });
    const r = after.raw();
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(r.prepare('SELECT title, follows_up_meeting_id FROM meeting').all()).toEqual([{ title: 'Temamøde', follows_up_meeting_id: null }]);
    expect(r.prepare('SELECT what, drop_reason FROM action_item').all()).toEqual([{ what: 'Kortlægge praktikpladser', drop_reason: null }]);
    r.prepare(`UPDATE action_item SET status = 'dropped', drop_reason = 'Løst i arbejdsgruppen'`).run();
    expect(r.prepare('SELECT COUNT(*) AS n FROM action_item WHERE meeting_id = 1').get()).toEqual({ n: 1 });
    await after.close();
  });
});
