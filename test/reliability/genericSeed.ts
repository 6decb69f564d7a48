import type BetterSqlite3 from 'better-sqlite3';
import { tableNames } from './dbDump';

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

const q = (n: string) => `"${n.replace(/"/g, '""')}"`;

/** Tables ordered so that every referenced table comes first. */
function ordered(raw: BetterSqlite3.Database, tables: string[]): string[] {
  const out: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (out.includes(t) || path.has(t)) return;
    path.add(t);
    for (const fk of raw.pragma(`foreign_key_list(${q(t)})`) as ForeignKey[]) if (fk.table !== t && tables.includes(fk.table)) visit(fk.table, path);
    out.push(t);
  };
  tables.forEach((t) => visit(t, new Set()));
  return out;
}

function valueFor(col: Column, row: number): string | number {
  const t = col.type.toLowerCase();
  if (/int|real|num|float|double/.test(t)) return row;
  const len = /\((\d+)\)/.exec(t);
  const s = `Ærø ${col.name} ${row}`;
  return len ? s.slice(0, Number(len[1])) : s;
}

/**
 * Fills every table the schema has (whatever features exist) with `perTable` rows of plausible
 * values, pointing foreign keys at existing rows: the input for before/after row-count checks.
 */
export function seedEveryTable(raw: BetterSqlite3.Database, perTable = 20, skip = ['schema_migrations']): void {
  const tables = tableNames(raw).filter((t) => !skip.includes(t));
  raw.transaction(() => {
    for (const t of ordered(raw, tables)) {
      const cols = (raw.pragma(`table_info(${q(t)})`) as Column[]).filter((c) => !(c.pk && /int/i.test(c.type)));
      const fks = new Map((raw.pragma(`foreign_key_list(${q(t)})`) as ForeignKey[]).map((f) => [f.from, f]));
      const stmt = raw.prepare(`INSERT INTO ${q(t)} (${cols.map((c) => q(c.name)).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (let row = 1; row <= perTable; row++) {
        stmt.run(
          cols.map((c) => {
            const fk = fks.get(c.name);
            if (!fk) return valueFor(c, row);
            // Nullable foreign keys: every other row points at a parent, so both cases are covered.
            if (!c.notnull && row % 2 === 0) return null;
            return raw.prepare(`SELECT ${q(fk.to)} FROM ${q(fk.table)} ORDER BY rowid LIMIT 1 OFFSET ?`).pluck().get((row - 1) % perTable) as number;
          }),
        );
      }
    }
  })();
}
