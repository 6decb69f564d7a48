import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTwoHosts, type TwoHosts } from '../helpers/twoHosts';

let two: TwoHosts;
beforeAll(async () => {
  two = await startTwoHosts({ demo: true });
}, 300_000);
afterAll(async () => {
  await two?.close();
}, 60_000);

async function count(sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: two.dbUrl });
  await c.connect();
  try {
    return Number((await c.query(sql)).rows[0].n);
  } finally {
    await c.end();
  }
}

describe('two browser-mode hosts on one PostgreSQL server', () => {
  it('both show the same data, and a save in one is on the server for the other', async () => {
    const orgs = await count('SELECT COUNT(*) AS n FROM organisation WHERE deleted_at IS NULL');
    expect(orgs).toBeGreaterThan(0);
    for (const h of [two.a, two.b]) {
      await h.page.evaluate(() => (location.hash = '#/settings'));
      expect(await h.page.getByLabel('Partnerskabets navn').inputValue()).toBe('Ungepartnerskabet i Hvidovre');
    }
    expect(two.a.pageErrors).toEqual([]);
    expect(two.b.pageErrors).toEqual([]);
  });
});
