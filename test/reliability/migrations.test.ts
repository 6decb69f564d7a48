import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MigrationFailedError, NewerDatabaseError, openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';
import { dataTables, dumpHash, rowCounts } from './dbDump';
import { recordFigure } from './figures';
import { seedEveryTable } from './genericSeed';

type MigrationClass = new () => MigrationInterface;

/** A table rebuild (SQLite has no ALTER COLUMN): the case that cascades child rows away when FKs stay on. */
class TestRebuildPerson9000000000001 implements MigrationInterface {
  name = 'TestRebuildPerson9000000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn('person', 'title', new TableColumn({ name: 'title', type: 'varchar', length: '300', isNullable: true }));
    await q.changeColumn('organisation', 'address', new TableColumn({ name: 'address', type: 'varchar', length: '600', isNullable: true }));
  }
  async down(): Promise<void> {}
}

class TestFailing9000000000002 implements MigrationInterface {
  name = 'TestFailing9000000000002';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
    await q.query('DELETE FROM membership');
    await q.changeColumn('person', 'title', new TableColumn({ name: 'title', type: 'varchar', length: '400', isNullable: true }));
    throw new Error('migration failed on purpose');
  }
  async down(): Promise<void> {}
}

/** Control: a migration that silently loses child rows, as a cascading table rebuild would. */
class TestLosesRows9000000000003 implements MigrationInterface {
  name = 'TestLosesRows9000000000003';
  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM membership');
  }
  async down(): Promise<void> {}
}

function snapshot(file: string) {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    // An FTS5 table's shadow tables are its own bookkeeping (migration 0310 adds a config row); its documents are counted on the table itself.
    const virtual = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
    const counts = Object.fromEntries(Object.entries(rowCounts(raw)).filter(([t]) => !virtual.some((v) => t.startsWith(`${v}_`))));
    return { counts, hash: dumpHash(raw), fkViolations: (raw.pragma('foreign_key_check') as unknown[]).length };
  } finally {
    raw.close();
  }
}

/** For migration i: open at i-1, seed every table, open with migration i, compare every table's rows. */
async function checkEachMigration(list: MigrationClass[]): Promise<{ checked: number; failed: string[] }> {
  const failed: string[] = [];
  for (let i = 1; i <= list.length; i++) {
    const file = tempFile();
    const before = await openDatabase({ file, migrations: list, migrateTo: i - 1 });
    seedEveryTable(before.raw());
    await before.close();
    const pre = snapshot(file);
    const after = await openDatabase({ file, migrations: list, migrateTo: i });
    await after.close();
    const post = snapshot(file);
    for (const [table, n] of Object.entries(pre.counts)) {
      const expected = table === 'schema_migrations' ? n + 1 : n;
      if (post.counts[table] !== expected) failed.push(`${list[i - 1]!.name}: ${table} ${n} → ${post.counts[table]}`);
    }
    if (post.fkViolations) failed.push(`${list[i - 1]!.name}: ${post.fkViolations} FK violations`);
  }
  return { checked: list.length, failed };
}

describe('migrations', () => {
  it('keep every row of every table, for each shipped migration and a table rebuild', async () => {
    const shipped = await checkEachMigration(migrations);
    const rebuild = await checkEachMigration([...migrations, TestRebuildPerson9000000000001]);
    recordFigure('Migrations keep every row', shipped.checked + 1, shipped.failed.length + rebuild.failed.length, `${shipped.checked} shipped + 1 table rebuild, all tables compared`);
    expect(shipped.failed).toEqual([]);
    expect(rebuild.failed).toEqual([]);
  });

  it('the harness flags a migration that loses rows (control)', async () => {
    const lossy = await checkEachMigration([...migrations, TestLosesRows9000000000003]);
    expect(lossy.failed).toEqual([expect.stringMatching(/^TestLosesRows9000000000003: membership 20 → 0$/)]);
  });

  it('the harness sees the seeded child rows (so a cascade would show up)', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    seedEveryTable(db.raw());
    const counts = rowCounts(db.raw());
    const seeded = dataTables(db.raw());
    await db.close();
    for (const t of seeded.filter((t) => t !== 'schema_migrations')) expect(counts[t], t).toBeGreaterThan(0);
  });

  it('a failing migration leaves the previous state, foreign keys on, and refuses to open', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    seedEveryTable(db.raw());
    await db.close();
    const pre = snapshot(file);
    const err = await openDatabase({ file, migrations: [...migrations, TestFailing9000000000002] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationFailedError);
    expect((err as MigrationFailedError).foreignKeysRestored).toBe(true);
    expect((err as Error).message).toMatch(/mislykkedes, og intet blev ændret/);
    const post = snapshot(file);
    expect(post.hash).toBe(pre.hash);
    expect(post.counts).toEqual(pre.counts);
    const again = await openDatabase({ file });
    expect(again.raw().pragma('foreign_keys', { simple: true })).toBe(1);
    await again.close();
    recordFigure('Failing migration rolled back', 1, post.hash === pre.hash ? 0 : 1, 'state unchanged, foreign_keys back ON, open refused');
  });

  it('refuses a data file from a newer Samspil without changing it', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    await db.ds.query("INSERT INTO schema_migrations (timestamp, name) VALUES (9999999999999, 'Future9999999999999')");
    await db.close();
    const before = fs.readFileSync(file);
    const err = await openDatabase({ file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewerDatabaseError);
    expect((err as Error).message).toMatch(/nyere version af Samspil.*Opdatér/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
