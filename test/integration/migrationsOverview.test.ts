import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { ctxOf, call, tempFile } from '../helpers/db';

const before = migrations.findIndex((m) => new m().name === 'Involvement1700000000050');

describe('migrations 0050 (involvement, milestones), 0051 (search index), 0052 (stakeholder map)', () => {
  it('adds the tables, keeps earlier rows and indexes the actors that were already there', async () => {
    const file = tempFile();
    const old = await openDatabase({ file, migrateTo: before });
    await old.ds.query(
      `INSERT INTO organisation (name, kind, notes, sort_key, search_text, created_at, updated_at) VALUES ('Det lokale beskæftigelsesråd', 'labour_market_org', 'Kontakt før kvartalsmødet', 'det lokale', 'det lokale', '2026-01-01', '2026-01-01')`,
    );
    await old.ds.query(
      `INSERT INTO person (name, organisation_id, sort_key, search_text, created_at, updated_at) VALUES ('Jens Øbro', 1, 'jens obro', 'jens oebro', '2026-01-01', '2026-01-01')`,
    );
    await old.close();

    const db = await openDatabase({ file });
    expect(await db.schemaVersion()).toBe(migrations.length);
    const runner = db.ds.createQueryRunner();
    for (const t of ['involvement', 'involvement_rule', 'milestone', 'stakeholder_position']) expect(await runner.hasTable(t)).toBe(true);
    await runner.release();
    expect(await db.ds.query('SELECT name FROM organisation')).toEqual([{ name: 'Det lokale beskæftigelsesråd' }]);
    const ctx = ctxOf(db);
    expect((await call(ctx, 'search.query', { q: 'kvartalsmoedet' })).hits.map((h) => h.route)).toEqual(['actors/organisations/1']);
    expect((await call(ctx, 'search.query', { q: 'oebro' })).hits.map((h) => h.route)).toEqual(['actors/people/1']);
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: 1, date: '2026-02-01', form: 'consulted', topic: 'Første kontakt' });
    await db.close();
  });
});
