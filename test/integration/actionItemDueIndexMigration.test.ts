import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

const before = migrations.findIndex((m) => new m().name === 'ActionItemDueCovering1700000000320');
const today = new Date().toISOString().slice(0, 10);
const day = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);

async function indexesOfActionItems(db: Database): Promise<string[]> {
  const rows: { name: string }[] = testEngine === 'postgres'
    ? await db.ds.query("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'action_item'")
    : await db.ds.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'action_item' AND sql IS NOT NULL");
  return rows.map((r) => r.name).filter((n) => n.startsWith('ix_')).sort();
}

describe('action items due index migration (ActionItemDueCovering1700000000320)', () => {
  it('replaces the (status, due date) index with one holding the meeting; the items and the start screen are as before', async () => {
    expect(before).toBeGreaterThan(0);
    const file = tempFile();
    let db = await openDatabase({ file, migrateTo: before });
    expect(await indexesOfActionItems(db)).toEqual(['ix_action_item_meeting', 'ix_action_item_status_due']);
    const ctx = ctxOf(db);
    const mt = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: null, date: day(-10), startTime: '09:00', endTime: '11:00' }, standardItems: false });
    for (const [what, due] of [['Send referatet til Ærø', day(-3)], ['Book lokale', day(7)], ['Senere', day(30)]] as const) {
      await call(ctx, 'actionItems.add', { meetingId: mt.id, what, dueDate: due });
    }
    await db.close();

    db = await openDatabase({ file });
    expect(await indexesOfActionItems(db)).toEqual(['ix_action_item_meeting', 'ix_action_item_status_due_meeting']);
    if (testEngine !== 'postgres') {
      // The start screen's count reads the index alone.
      const plan: { detail: string }[] = await db.ds.query(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL WHERE a.status = 'open' AND a.due_date <= ?", [day(14)]);
      expect(plan.map((p) => p.detail).join('\n')).toContain('USING COVERING INDEX ix_action_item_status_due_meeting');
    }
    const section = (await call(ctxOf(db), 'overview.sections', {})).find((s) => s.key === 'actionItems')!;
    expect([section.total, section.items.map((i) => i.title)]).toEqual([2, ['Send referatet til Ærø', 'Book lokale']]);
    await db.close();
  });
});
