import type { EntityManager } from 'typeorm';

/** What a search hit shows beside its title: the object's own date and where it belongs. */
export interface HitContext {
  date: string | null;
  context: string[];
}

/** Reads the context of some objects of one kind (the few hits on screen), by id. */
export type ContextResolver = (m: EntityManager, ids: number[]) => Promise<Map<number, HitContext>>;

/** `?, ?, ?` for an IN list of `ids`. */
export const placeholders = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

/** A context from a date and names, leaving out the empty ones and repeats. */
export function hitContext(date: string | null | undefined, ...names: (string | null | undefined)[]): HitContext {
  const context: string[] = [];
  for (const n of names) if (n && n.trim() && !context.includes(n)) context.push(n);
  return { date: date ?? null, context };
}

/** Rows by id: one statement for all ids, with `?` placeholders. */
export async function rowsById<T extends { id: number | string }>(m: EntityManager, sql: (inList: string) => string, ids: number[]): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map();
  const rows: T[] = await m.query(sql(placeholders(ids)), ids);
  return new Map(rows.map((r) => [Number(r.id), r]));
}

/** Applies `f` to every row found. */
export function mapRows<T extends { id: number | string }>(rows: Map<number, T>, f: (row: T) => HitContext): Map<number, HitContext> {
  return new Map([...rows].map(([id, r]) => [id, f(r)]));
}
