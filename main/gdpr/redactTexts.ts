import { Brackets, type EntityManager, type ObjectLiteral, type Repository } from 'typeorm';
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

/** Ids per scan: one LIKE scan of a region's 200,000 involvements held the event loop ~0.2 s (issue 17); 10,000 ids scan in ~10 ms. */
const RANGE = 10000;

/** The rows matching `where`, scanned in id ranges (tables with an id) so a turn can come between the queries (db/queryTurns.ts). */
async function* inIdRanges(repo: Repository<ObjectLiteral>, where: Brackets): AsyncGenerator<Record<string, unknown> & { id: number }> {
  if (!repo.metadata.findColumnWithPropertyName('id')) {
    // Keyed otherwise (meeting_calendar by its meeting): small tables, one scan.
    for (const row of await repo.createQueryBuilder('t').where(where).getMany()) yield row as Record<string, unknown> & { id: number };
    return;
  }
  const top = Number((await repo.createQueryBuilder('t').select('MAX(t.id)', 'top').getRawOne<{ top: number | string | null }>())?.top ?? 0);
  for (let lo = 0; lo < top; lo += RANGE) {
    const rows = await repo.createQueryBuilder('t').where('t.id > :lo AND t.id <= :hi', { lo, hi: lo + RANGE }).andWhere(where).orderBy('t.id', 'ASC').getMany();
    for (const row of rows) yield row as Record<string, unknown> & { id: number };
  }
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
    const mentioning = new Brackets((w) => {
      source.columns.forEach((c, ci) =>
        needles.forEach((n, ni) => w.orWhere(`t.${c} LIKE :p_${ci}_${ni} ESCAPE '\\'`, { [`p_${ci}_${ni}`]: n.like })),
      );
    });
    for await (const row of inIdRanges(repo, mentioning)) {
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
