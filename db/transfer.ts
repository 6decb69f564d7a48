/**
 * "Flyt data til serveren" / "Hent data til en fil" (issue 16), the data layer: copy every table of
 * one database into another, empty one of either engine, then prove the copy by a row count and a
 * checksum per table. The source is only read.
 */
import crypto from 'node:crypto';
import type { Database } from './database';
import { resyncSequence } from './pgSearch';

export interface TableCheck {
  table: string;
  rows: number;
  checksum: string;
}

interface TableSpec {
  table: string;
  key: string;
  /** The key is a generated id (a sequence on PostgreSQL to move past the copied ids). */
  generated: boolean;
  columns: string[];
  booleans: Set<string>;
}

/** Every entity table, and the search index beside them (so the copy needs no rebuild). */
function specs(db: Database): TableSpec[] {
  const out: TableSpec[] = db.ds.entityMetadatas.map((meta) => ({
    table: meta.tableName,
    key: meta.primaryColumns[0]?.databaseName ?? 'id',
    generated: meta.primaryColumns[0]?.isGenerated ?? false,
    columns: meta.columns.map((c) => c.databaseName),
    booleans: new Set(meta.columns.filter((c) => c.type === 'boolean' || c.type === Boolean).map((c) => c.databaseName)),
  }));
  out.push({ table: 'search_ref', key: 'id', generated: true, columns: ['id', 'kind', 'ref_id', 'route'], booleans: new Set() });
  out.push({ table: 'search_fts', key: 'rowid', generated: true, columns: ['rowid', 'kind', 'ref_id', 'route', 'title', 'body', 'title_key', 'body_key'], booleans: new Set() });
  return out;
}

/** Tables in an order where every foreign key points to a table already copied. */
async function copyOrder(db: Database, list: TableSpec[]): Promise<TableSpec[]> {
  const edges: { t: string; r: string }[] = await db.ds.query(
    db.engine === 'postgres'
      ? "SELECT conrelid::regclass::text AS t, confrelid::regclass::text AS r FROM pg_constraint WHERE contype = 'f'"
      : "SELECT m.name AS t, p.\"table\" AS r FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'",
  );
  const deps = new Map<string, string[]>();
  for (const e of edges) deps.set(e.t.replace(/^public\./, ''), [...(deps.get(e.t) ?? []), e.r.replace(/^public\./, '')]);
  const done = new Set<string>();
  const ordered: TableSpec[] = [];
  const visit = (s: TableSpec, path: Set<string>) => {
    if (done.has(s.table) || path.has(s.table)) return;
    path.add(s.table);
    for (const d of deps.get(s.table) ?? []) {
      const dep = list.find((x) => x.table === d);
      if (dep && dep.table !== s.table) visit(dep, path);
    }
    done.add(s.table);
    ordered.push(s);
  };
  for (const s of list) visit(s, new Set());
  return ordered;
}

const normal = (s: TableSpec, col: string, v: unknown) => {
  if (v === null || v === undefined) return null;
  if (s.booleans.has(col)) return v === true || v === 1 || v === '1' || v === 't' ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  return v;
};

async function rowsOf(db: Database, s: TableSpec): Promise<unknown[][]> {
  const rows: Record<string, unknown>[] = await db.ds.query(`SELECT ${s.columns.map((c) => `"${c}"`).join(', ')} FROM ${s.table} ORDER BY "${s.key}"`);
  return rows.map((r) => s.columns.map((c) => normal(s, c, r[c])));
}

/** Row count and SHA-256 of every table's rows in key order, with values in one form for both engines. */
export async function tableChecks(db: Database): Promise<TableCheck[]> {
  const out: TableCheck[] = [];
  for (const s of specs(db)) {
    const rows = await rowsOf(db, s);
    const h = crypto.createHash('sha256');
    for (const r of rows) h.update(JSON.stringify(r)).update('\n');
    out.push({ table: s.table, rows: rows.length, checksum: h.digest('hex') });
  }
  return out.sort((a, b) => a.table.localeCompare(b.table));
}

export class TargetNotEmptyError extends Error {
  constructor(public readonly tables: string[]) {
    super(`Databasen, der skal kopieres til, har allerede data (${tables.join(', ')}). Intet er kopieret.`);
  }
}

/**
 * Copies everything from `source` into `target` (both migrated, the target without user data) in one
 * transaction on the target, reporting progress per table, and returns both sides' checks. Settings
 * the target's migrations wrote are replaced by the source's.
 */
export async function copyAll(
  source: Database,
  target: Database,
  onProgress: (p: { table: string; done: number; of: number }) => void = () => undefined,
): Promise<{ source: TableCheck[]; target: TableCheck[] }> {
  const list = await copyOrder(target, specs(target));
  const occupied: string[] = [];
  for (const s of list) {
    if (s.table === 'app_setting') continue;
    const [row] = (await target.ds.query(`SELECT COUNT(*) AS n FROM ${s.table}`)) as { n: number }[];
    if (Number(row?.n) > 0) occupied.push(s.table);
  }
  if (occupied.length > 0) throw new TargetNotEmptyError(occupied);
  await target.tx(async (m) => {
    if (target.engine === 'sqlite') await m.query('PRAGMA defer_foreign_keys = ON');
    await m.query('DELETE FROM app_setting');
    for (const [i, s] of list.entries()) {
      const rows = await rowsOf(source, s);
      const cols = s.columns.map((c) => `"${c}"`).join(', ');
      for (let at = 0; at < rows.length; at += 100) {
        const chunk = rows.slice(at, at + 100);
        const values = chunk.map(() => `(${s.columns.map(() => '?').join(', ')})`).join(', ');
        const params = chunk.flatMap((r) => r.map((v, j) => (target.engine === 'postgres' && s.booleans.has(s.columns[j]!) && v !== null ? v === 1 : v)));
        await m.query(`INSERT INTO ${s.table} (${cols}) VALUES ${values}`, params);
      }
      if (target.engine === 'postgres' && rows.length > 0 && s.generated) await resyncSequence(m, s.table, s.key);
      onProgress({ table: s.table, done: i + 1, of: list.length });
    }
  });
  return { source: await tableChecks(source), target: await tableChecks(target) };
}
