import { liveTargets } from './linkTargets';
import type { EntityManager } from 'typeorm';
import { searchKey, sortKey } from '../../db/textKeys';
import { MemoEntity, MemoLinkEntity, MemoVersionEntity, type MemoRow } from '../../db/entities/memos';
import { plainText, type Memo, type MemoContent, type MemoDecisionEffect, type MemoHeader, type MemoLink, type MemoSummary } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { activeClock } from '../app/clock';

type Body = Omit<MemoContent, keyof HeaderFields>;
type HeaderFields = Pick<MemoContent, 'title' | 'caseNumber' | 'recipientKind' | 'recipientName' | 'meetingDate' | 'author' | 'memoDate'>;

export const now = () => activeClock().now().toISOString();

/** The header fields as columns, the sections as one JSON body; plus the Danish sort and search keys. */
export function columnsOf(c: MemoContent) {
  const { title, caseNumber, recipientKind, recipientName, meetingDate, author, memoDate, confirmDuplicateCaseNumber: _confirmed, ...body } = c;
  const words = [title, caseNumber, recipientName, author, plainText(body.summary), ...body.recommendations];
  return {
    title, caseNumber, recipientKind, recipientName, meetingDate, author, memoDate,
    body: JSON.stringify(body satisfies Body),
    sortKey: sortKey(title),
    searchText: words.map(searchKey).filter(Boolean).join(' | '),
  };
}

export function contentOf(row: MemoRow): MemoContent {
  const body = JSON.parse(row.body) as Body;
  return {
    title: row.title, caseNumber: row.caseNumber, recipientKind: row.recipientKind, recipientName: row.recipientName,
    meetingDate: row.meetingDate, author: row.author, memoDate: row.memoDate, ...body,
  };
}

export function headerOf(row: MemoRow): MemoHeader {
  return {
    id: row.id, title: row.title, caseNumber: row.caseNumber, recipientKind: row.recipientKind, recipientName: row.recipientName,
    meetingDate: row.meetingDate, author: row.author, memoDate: row.memoDate, status: row.status,
    sentVersion: row.sentVersion, hasUnsentChanges: Boolean(row.hasUnsentChanges),
  };
}

export function summaryOf(row: MemoRow): MemoSummary {
  return { ...headerOf(row), awaitingDecision: row.status === 'sent', outcome: row.decisionOutcome, updatedAt: row.updatedAt };
}

export async function loadMemo(m: EntityManager, id: number): Promise<MemoRow> {
  const row = await m.getRepository(MemoEntity).findOneBy({ id });
  if (!row) throw notFound('memo');
  return row;
}

export async function linksOf(m: EntityManager, memoId: number): Promise<MemoLink[]> {
  const rows = await m.getRepository(MemoLinkEntity).find({ where: { memoId }, order: { targetKind: 'ASC', id: 'ASC' } });
  const live = await liveTargets(m, rows);
  return rows.map((r) => ({ id: r.id, targetKind: r.targetKind, targetId: r.targetId, label: r.label, deleted: !live.has(`${r.targetKind}:${r.targetId}`) }));
}

export async function memoDetail(m: EntityManager, id: number): Promise<Memo> {
  const row = await loadMemo(m, id);
  const versions = await m.getRepository(MemoVersionEntity).find({ where: { memoId: id }, order: { number: 'ASC' } });
  return {
    ...headerOf(row),
    content: contentOf(row),
    decision:
      row.decisionOutcome && row.decisionDate
        ? {
            date: row.decisionDate,
            body: row.decisionBody ?? '',
            outcome: row.decisionOutcome,
            text: row.decisionText ?? '',
            recordedAt: row.decisionRecordedAt ?? row.updatedAt,
            effects: JSON.parse(row.decisionEffects ?? '[]') as MemoDecisionEffect[],
          }
        : null,
    versions: versions.map((v) => ({ number: v.number, sentOn: v.sentOn, title: (JSON.parse(v.snapshot) as { header: MemoHeader }).header.title })),
    links: await linksOf(m, id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: Number(row.version),
    updatedBy: row.updatedBy,
  };
}
