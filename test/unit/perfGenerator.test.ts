import { describe, expect, it } from 'vitest';
import { ensureSearchIndex } from '../../main/search/reindex';
import { generate } from '../perf/gen/generate';
import { countsFor } from '../perf/gen/sizes';
import { searchKey, sortKey } from '../../db/textKeys';
import { memoryDb } from '../helpers/db';

const TINY = 0.002; // 40 organisations, 100 people

async function world(seed?: string) {
  const db = await memoryDb();
  const { counts } = await generate(db, TINY, { seed });
  const rows = {
    organisations: await db.ds.query('SELECT id, name, kind, relation, address, sort_key, search_text, deleted_at IS NOT NULL AS trashed FROM organisation ORDER BY id'),
    people: await db.ds.query('SELECT id, name, title, organisation_id, email, phone, relation, sort_key, search_text, deleted_at IS NOT NULL AS trashed FROM person ORDER BY id'),
    memberships: await db.ds.query('SELECT body_id, person_id, organisation_id, role, from_date FROM membership ORDER BY id'),
    bodies: await db.ds.query('SELECT name, kind FROM body ORDER BY id'),
    meetings: await db.ds.query('SELECT id, title, type, body_id, date, start_time, end_time, status, minutes_status FROM meeting ORDER BY id'),
    agendaItems: await db.ds.query('SELECT meeting_id, position, title, kind, presenter_id, minutes FROM agenda_item ORDER BY id'),
    actionItems: await db.ds.query('SELECT meeting_id, item_id, what, owner_person_id, due_date, status FROM action_item ORDER BY id'),
    initiatives: await db.ds.query('SELECT name, track_id, status, start_date, end_date FROM initiative ORDER BY id'),
    goals: await db.ds.query('SELECT name, unit, baseline_value, target_value FROM goal ORDER BY id'),
    measurements: await db.ds.query('SELECT goal_id, date, value FROM measurement ORDER BY id'),
    memos: await db.ds.query('SELECT title, status, meeting_date FROM memo ORDER BY id'),
    involvements: await db.ds.query('SELECT actor_kind, actor_id, date, form, topic, auto FROM involvement ORDER BY id'),
    unindexed: await db.ds.query(
      `SELECT 'meeting' AS kind, COUNT(*) AS n FROM meeting WHERE id NOT IN (SELECT ref_id FROM search_ref WHERE kind = 'meeting')
       UNION ALL SELECT 'involvement', COUNT(*) FROM involvement WHERE id NOT IN (SELECT ref_id FROM search_ref WHERE kind = 'involvement')
       UNION ALL SELECT 'action_item', COUNT(*) FROM action_item WHERE id NOT IN (SELECT ref_id FROM search_ref WHERE kind = 'action_item')
       UNION ALL SELECT 'initiative', COUNT(*) FROM initiative WHERE id NOT IN (SELECT ref_id FROM search_ref WHERE kind = 'initiative')
       UNION ALL SELECT 'memo', COUNT(*) FROM memo WHERE id NOT IN (SELECT ref_id FROM search_ref WHERE kind = 'memo')
       UNION ALL SELECT 'fts rows without ref', (SELECT COUNT(*) FROM search_fts) - (SELECT COUNT(*) FROM search_ref)`,
    ),
  };
  await db.close();
  return { counts, rows };
}

describe('data generator', () => {
  it('is deterministic: the same seed gives the same rows, another seed other rows', async () => {
    const a = await world();
    const b = await world();
    expect(b.rows).toEqual(a.rows);
    const c = await world('another seed');
    expect(c.rows.people).not.toEqual(a.rows.people);
    expect(c.rows.agendaItems).not.toEqual(a.rows.agendaItems);
  });

  it('writes meetings, initiatives, goals, memos and involvements at the requested volumes, all in the search index', async () => {
    const { counts, rows } = await world();
    const want = countsFor(TINY, ['meetings', 'agendaItems', 'actionItems', 'initiatives', 'goals', 'measurements', 'memos', 'involvements']);
    expect(rows.meetings).toHaveLength(want.meetings);
    expect(rows.initiatives).toHaveLength(want.initiatives);
    expect(rows.goals).toHaveLength(want.goals);
    expect(rows.measurements).toHaveLength(want.measurements);
    expect(rows.memos).toHaveLength(want.memos);
    expect(rows.involvements).toHaveLength(want.involvements);
    // Agenda items and action items are drawn per meeting: near the volume, not exactly it.
    expect(rows.agendaItems.length).toBeGreaterThan(want.agendaItems * 0.6);
    expect(rows.agendaItems.length).toBeLessThan(want.agendaItems * 1.6);
    expect(rows.actionItems.length).toBeGreaterThan(0);
    expect(counts.involvementsAuto).toBeGreaterThan(0);
    expect(rows.involvements.filter((i: { auto: number }) => i.auto)).toHaveLength(counts.involvementsAuto!);
    expect(rows.agendaItems.map((i: { title: string }) => i.title).join(' ')).toMatch(/[æøå]/i);
    for (const u of rows.unindexed as { kind: string; n: number }[]) expect(u, u.kind).toEqual({ kind: u.kind, n: 0 });
  });

  it('writes the requested counts with Danish names and the same keys as the services', async () => {
    const { counts, rows } = await world();
    const want = countsFor(TINY, ['organisations', 'people']);
    expect(counts).toMatchObject(want);
    expect(rows.organisations).toHaveLength(want.organisations);
    expect(rows.people).toHaveLength(want.people);
    expect(rows.bodies.length).toBeGreaterThanOrEqual(8);
    expect(rows.memberships.length).toBeGreaterThan(0);
    expect(rows.people.map((p: { name: string }) => p.name).join(' ')).toMatch(/[æøå]/i);
    for (const p of rows.people as { name: string; title: string | null; sort_key: string; search_text: string; email: string | null }[]) {
      expect(p.sort_key).toBe(sortKey(p.name));
      expect(p.search_text.startsWith(searchKey(p.name))).toBe(true);
      if (p.email) expect(p.email).toMatch(/^[a-z0-9.]+@[a-z0-9.]+\.dk$/);
    }
  });

  it('gives a body\'s first meeting no "Opfølgning på referat" item, as the app does, and every later one the item', async () => {
    const db = await memoryDb();
    await generate(db, 0.01);
    const rows: { body_id: number; date: string; id: number; followups: number }[] = await db.ds.query(
      "SELECT mt.body_id, mt.date, mt.id, (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = mt.id AND a.standard = 'followup') AS followups FROM meeting mt ORDER BY mt.body_id, mt.date, mt.id",
    );
    await db.close();
    const firsts = rows.filter((r, i) => i === 0 || rows[i - 1]!.body_id !== r.body_id);
    expect(firsts.length).toBeGreaterThan(3);
    for (const r of rows) expect(Number(r.followups), `meeting ${r.id}`).toBe(firsts.includes(r) ? 0 : 1);
  });

  it('leaves the file as the app would: the search index version recorded (no rebuild at the first start) and planner statistics', async () => {
    const db = await memoryDb();
    await generate(db, TINY);
    expect(await ensureSearchIndex(db)).toBe(false);
    const stats: { n: number }[] = await db.ds.query("SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE tbl = 'involvement'");
    expect(stats[0]!.n).toBeGreaterThan(0);
    await db.close();
  });
});
