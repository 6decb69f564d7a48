import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { MemoEntity, MemoVersionEntity } from '../../db/entities/memos';
import { likePattern, searchTokens } from '../../db/textKeys';
import type { ChannelParsed, Memo, MemoContent, MemoSummary, Page } from '../../preload/contract';
import { said, ServiceError } from '../api/serviceError';
import { columnsOf, loadMemo, memoDetail, now } from './memoRecord';
import { claimVersion } from '../versions/versions';
import { indexMemo } from './searchDoc';

type SummaryRow = Omit<MemoSummary, 'awaitingDecision' | 'hasUnsentChanges' | 'sentVersion' | 'id'> & { id: number | string; sentVersion: number | string; hasUnsentChanges: number | boolean };

/**
 * A page of the memo list: the row's columns only (the body with every section as JSON and the decision
 * text stay in the file), in plain SQL on the storage's fast path. Awaiting a decision first (soonest
 * meeting first), then the rest by meeting date, newest first.
 */
export async function listMemos(db: Database, q: ChannelParsed<'memos.list'>): Promise<Page<MemoSummary>> {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  for (const token of searchTokens(q.search ?? '')) {
    clauses.push(`m.search_text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(token));
  }
  if (q.status) {
    clauses.push('m.status = ?');
    params.push(q.status);
  }
  if (q.awaitingOnly) clauses.push("m.status = 'sent'");
  const where = clauses.join(' AND ');
  const [count] = await db.storage.all<{ n: number | string }>(db.ds, `SELECT COUNT(*) AS n FROM memo m WHERE ${where}`, params);
  const rows = await db.storage.all<SummaryRow>(
    db.ds,
    `SELECT m.id AS id, m.title AS title, m.case_number AS "caseNumber", m.recipient_kind AS "recipientKind", m.recipient_name AS "recipientName",
       m.meeting_date AS "meetingDate", m.author AS author, m.memo_date AS "memoDate", m.status AS status, m.sent_version AS "sentVersion",
       m.has_unsent_changes AS "hasUnsentChanges", m.decision_outcome AS outcome, m.updated_at AS "updatedAt"
     FROM memo m WHERE ${where}
     ORDER BY CASE WHEN m.status = 'sent' THEN 0 ELSE 1 END, CASE WHEN m.status = 'sent' THEN COALESCE(m.meeting_date, '9999-12-31') ELSE '' END,
       COALESCE(m.meeting_date, m.memo_date) DESC, m.id DESC
     LIMIT ? OFFSET ?`,
    [...params, q.limit, q.offset],
  );
  const items = rows.map((r) => ({
    id: Number(r.id), title: r.title, caseNumber: r.caseNumber, recipientKind: r.recipientKind, recipientName: r.recipientName, meetingDate: r.meetingDate,
    author: r.author, memoDate: r.memoDate, status: r.status, sentVersion: Number(r.sentVersion), hasUnsentChanges: Boolean(r.hasUnsentChanges),
    awaitingDecision: r.status === 'sent', outcome: r.outcome, updatedAt: r.updatedAt,
  }));
  return { items, total: Number(count?.n ?? 0), offset: q.offset };
}

export const getMemo = (db: Database, id: number) => memoDetail(db.ds.manager, id);

/** One case number belongs to one memo per year, unless the user confirms that it is the same case. */
async function checkCaseNumber(m: EntityManager, input: MemoContent, selfId: number | null) {
  if (!input.caseNumber || input.confirmDuplicateCaseNumber) return;
  const year = input.memoDate.slice(0, 4);
  const qb = m.getRepository(MemoEntity).createQueryBuilder('memo')
    .where('memo.case_number = :c', { c: input.caseNumber })
    .andWhere('substr(memo.memo_date, 1, 4) = :year', { year });
  if (selfId !== null) qb.andWhere('memo.id <> :id', { id: selfId });
  const other = await qb.getOne();
  if (other) {
    const message = said('memos.caseNumber', { caseNumber: input.caseNumber, year, title: other.title });
    throw new ServiceError('CONFLICT', message, { caseNumber: message });
  }
}

export async function createMemo(db: Database, input: MemoContent): Promise<Memo> {
  return db.tx(async (m) => {
    await checkCaseNumber(m, input, null);
    const stamp = now();
    const saved = await m.getRepository(MemoEntity).save({
      ...columnsOf(input),
      status: 'draft',
      sentVersion: 0,
      hasUnsentChanges: false,
      decisionDate: null, decisionBody: null, decisionOutcome: null, decisionText: null, decisionEffects: null, decisionRecordedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await indexMemo(m, saved.id);
    return memoDetail(m, saved.id);
  });
}

/** Compares the working copy with what was sent, so "unsent changes" disappears if an edit is reverted. */
function sameAsSnapshot(input: MemoContent, snapshot: string): boolean {
  const sent = (JSON.parse(snapshot) as { content: MemoContent }).content;
  return JSON.stringify(columnsOf(sent)) === JSON.stringify(columnsOf(input));
}

export async function updateMemo(db: Database, id: number, input: MemoContent, version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.status === 'decided') {
      throw new ServiceError('CONFLICT', 'memos.decidedLocked');
    }
    // Asked once: a case number already confirmed (or unchanged in the same year) is not asked again.
    if (row.caseNumber !== input.caseNumber || row.memoDate.slice(0, 4) !== input.memoDate.slice(0, 4)) await checkCaseNumber(m, input, id);
    let hasUnsentChanges = false;
    if (row.sentVersion > 0) {
      const last = await m.getRepository(MemoVersionEntity).findOneByOrFail({ memoId: id, number: row.sentVersion });
      hasUnsentChanges = !sameAsSnapshot(input, last.snapshot);
    }
    await m.getRepository(MemoEntity).update({ id }, { ...columnsOf(input), hasUnsentChanges, updatedAt: now() });
    await indexMemo(m, id);
    return memoDetail(m, id);
  });
}

export async function deleteMemo(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.sentVersion > 0) throw new ServiceError('CONFLICT', 'memos.sentNoDelete');
    await m.getRepository(MemoEntity).delete({ id });
    await indexMemo(m, id);
    return { deleted: true };
  });
}

export async function setMemoStatus(db: Database, id: number, status: 'draft' | 'review', version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.status === 'sent' || row.status === 'decided') {
      throw new ServiceError('CONFLICT', 'memos.sentNewVersion');
    }
    await m.getRepository(MemoEntity).update({ id }, { status, updatedAt: now() });
    return memoDetail(m, id);
  });
}
