import { Brackets, type EntityManager } from 'typeorm';
import { MeetingEntity } from '../../db/entities/meetings';
import { MemoEntity } from '../../db/entities/memos';
import { redact, type Needle } from './needles';
import { textSources, type KeptLookup, type Owner } from './textSources';

export interface Mention {
  table: string;
  id: number;
  column: string;
  /** The stored text as it was before any redaction. */
  text: string;
}

export interface RedactionResult {
  kept: number;
  other: number;
  owners: Owner[];
  mentions: Mention[];
}

function keptLookup(m: EntityManager): KeptLookup {
  const meetings = new Map<number, boolean>();
  const memos = new Map<number, boolean>();
  return {
    async meetingApproved(id) {
      if (!meetings.has(id)) meetings.set(id, (await m.getRepository(MeetingEntity).findOneBy({ id }))?.minutesStatus === 'approved');
      return meetings.get(id)!;
    },
    async memoIssued(id) {
      if (!memos.has(id)) {
        const status = (await m.getRepository(MemoEntity).findOneBy({ id }))?.status;
        memos.set(id, status === 'sent' || status === 'decided');
      }
      return memos.get(id)!;
    },
  };
}

/**
 * Finds every free text that mentions the person (a LIKE pre-filter, the regex decides) and, when
 * `write` is set, replaces each mention with the placeholder. Counts places in kept documents
 * (approved minutes, sent or decided memos) apart from the rest. `skip` names rows the erasure deletes anyway (the person's own, their involvements).
 */
export async function redactTexts(m: EntityManager, needles: Needle[], write: boolean, skip: (table: string, row: Record<string, unknown>) => boolean): Promise<RedactionResult> {
  const result: RedactionResult = { kept: 0, other: 0, owners: [], mentions: [] };
  if (needles.length === 0) return result;
  const k = keptLookup(m);
  for (const source of textSources(m)) {
    const repo = m.getRepository(source.entity);
    const qb = repo.createQueryBuilder('t').where(
      new Brackets((w) => {
        source.columns.forEach((c, ci) =>
          needles.forEach((n, ni) => w.orWhere(`t.${c} LIKE :p_${ci}_${ni} ESCAPE '\\'`, { [`p_${ci}_${ni}`]: n.like })),
        );
      }),
    );
    const rows = (await qb.getMany()) as (Record<string, unknown> & { id: number })[];
    for (const row of rows) {
      if (skip(String(source.entity.options.tableName), row)) continue;
      const changes: Record<string, string> = {};
      let hits = 0;
      for (const c of source.columns) {
        if (typeof row[c] !== 'string') continue;
        const r = redact(row[c] as string, needles);
        if (r.hits > 0) {
          changes[c] = r.text;
          result.mentions.push({ table: String(source.entity.options.tableName), id: row.id, column: c, text: row[c] as string });
          hits += r.hits;
        }
      }
      if (hits === 0) continue;
      if (await source.kept(row, k)) result.kept += hits;
      else result.other += hits;
      result.owners.push(source.owner(row));
      if (write) await repo.update({ id: row.id }, changes);
    }
  }
  return result;
}
