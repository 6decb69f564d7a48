import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { MemoEntity, MemoVersionEntity } from '../../db/entities/memos';
import type { ChannelParsed, Memo, MemoContent, MemoDecisionEffect, MemoHeader, MemoVersion } from '../../preload/contract';
import { notFound, said, ServiceError } from '../api/serviceError';
import { applyApprovalToInitiatives, prefillEconomyFromInitiatives, revertApprovalOnInitiatives } from './integrations';
import { columnsOf, contentOf, headerOf, linksOf, loadMemo, memoDetail, now } from './memoRecord';
import { indexMemo } from './searchDoc';
import { activeClock } from '../app/clock';
import { claimVersion } from '../versions/versions';

const today = () => activeClock().today();

/** Freezes the working copy as the next numbered version and marks the memo sent. */
export async function sendMemo(db: Database, id: number, sentOn: string | null, version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.status === 'decided') throw new ServiceError('CONFLICT', 'memos.alreadyDecided');
    if (row.status === 'sent' && !row.hasUnsentChanges) {
      throw new ServiceError('CONFLICT', said('memos.versionSent', { number: String(row.sentVersion) }));
    }
    const number = row.sentVersion + 1;
    const date = sentOn ?? today();
    const previous = row.sentVersion ? await m.getRepository(MemoVersionEntity).findOneBy({ memoId: id, number: row.sentVersion }) : null;
    if (previous && date < previous.sentOn) {
      throw new ServiceError('VALIDATION', said('memos.sentBeforePrevious', { number, previous: previous.number, date: { date: previous.sentOn } }), { sentOn: 'field.beforePreviousVersion' });
    }
    if (date > today()) throw new ServiceError('VALIDATION', 'memos.sentInFuture', { sentOn: 'field.inFuture' });
    const header: MemoHeader = { ...headerOf(row), status: 'sent', sentVersion: number, hasUnsentChanges: false };
    await m.getRepository(MemoVersionEntity).insert({
      memoId: id, number, sentOn: date, snapshot: JSON.stringify({ header, content: contentOf(row) }), createdAt: now(),
    });
    await m.getRepository(MemoEntity).update({ id }, { status: 'sent', sentVersion: number, hasUnsentChanges: false, updatedAt: now() });
    return memoDetail(m, id);
  });
}

export async function getMemoVersion(db: Database, memoId: number, number: number): Promise<MemoVersion> {
  const v = await db.ds.manager.getRepository(MemoVersionEntity).findOneBy({ memoId, number });
  if (!v) throw notFound('memoVersion', { number: String(number) });
  const snap = JSON.parse(v.snapshot) as { header: MemoHeader; content: MemoContent };
  return { memoId, number, sentOn: v.sentOn, title: snap.header.title, header: snap.header, content: snap.content };
}

/** A decision is made on or after the day the version it decides was sent, and not in the future. */
async function checkDecisionDate(m: EntityManager, memoId: number, sentVersion: number, date: string) {
  const sent = await m.getRepository(MemoVersionEntity).findOneBy({ memoId, number: sentVersion });
  if (sent && date < sent.sentOn) {
    throw new ServiceError('VALIDATION', said('memos.decidedBeforeSent', { date: { date: sent.sentOn } }), { date: 'field.beforeSent' });
  }
  if (date > activeClock().today()) throw new ServiceError('VALIDATION', 'memos.decidedInFuture', { date: 'field.inFuture' });
}

const approving = (outcome: string) => outcome === 'approved' || outcome === 'approved_with_changes';

export async function decideMemo(db: Database, id: number, d: ChannelParsed<'memos.decide'>['decision'], version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.status === 'decided') throw new ServiceError('CONFLICT', 'memos.decisionExists');
    if (row.sentVersion === 0) {
      throw new ServiceError('CONFLICT', 'memos.notSent');
    }
    if (row.hasUnsentChanges) {
      throw new ServiceError('CONFLICT', said('memos.unsentChanges', { number: String(row.sentVersion + 1) }));
    }
    await checkDecisionDate(m, id, row.sentVersion, d.date);
    const effects = approving(d.outcome) ? await applyApprovalToInitiatives(m, id, d.date) : [];
    // "Postponed" keeps the memo awaiting a decision at a later meeting.
    const status = d.outcome === 'postponed' ? 'sent' : 'decided';
    await m.getRepository(MemoEntity).update(
      { id },
      {
        status,
        decisionDate: d.date, decisionBody: d.body, decisionOutcome: d.outcome, decisionText: d.text,
        decisionEffects: JSON.stringify(effects), decisionRecordedAt: now(), updatedAt: now(),
      },
    );
    await indexMemo(m, id);
    return memoDetail(m, id);
  });
}

export async function undoDecision(db: Database, id: number, version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (!row.decisionOutcome) throw new ServiceError('CONFLICT', 'memos.noDecision');
    const effects = JSON.parse(row.decisionEffects ?? '[]') as MemoDecisionEffect[];
    if (effects.length) await revertApprovalOnInitiatives(m, id, effects, today());
    await m.getRepository(MemoEntity).update(
      { id },
      {
        status: 'sent',
        decisionDate: null, decisionBody: null, decisionOutcome: null, decisionText: null, decisionEffects: null, decisionRecordedAt: null,
        updatedAt: now(),
      },
    );
    await indexMemo(m, id);
    return memoDetail(m, id);
  });
}

export async function prefillEconomy(db: Database, id: number) {
  const m = db.ds.manager;
  await loadMemo(m, id);
  const initiativeIds = (await linksOf(m, id)).filter((l) => l.targetKind === 'initiative').map((l) => l.targetId);
  return { economy: initiativeIds.length ? await prefillEconomyFromInitiatives(m, initiativeIds) : null };
}

/** Drops the edits made since the last sent version: the working copy becomes that version again. */
export async function discardUnsentChanges(db: Database, id: number, version?: number): Promise<Memo> {
  return db.tx(async (m) => {
    const row = await loadMemo(m, id);
    await claimVersion(m, 'memo', id, version);
    if (row.sentVersion === 0 || !row.hasUnsentChanges) throw new ServiceError('CONFLICT', 'memos.noChanges');
    const last = await m.getRepository(MemoVersionEntity).findOneByOrFail({ memoId: id, number: row.sentVersion });
    const { content } = JSON.parse(last.snapshot) as { content: MemoContent };
    await m.getRepository(MemoEntity).update({ id }, { ...columnsOf(content), hasUnsentChanges: false, updatedAt: now() });
    await indexMemo(m, id);
    return memoDetail(m, id);
  });
}
