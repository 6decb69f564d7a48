import { describe, expect, it } from 'vitest';
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
});
