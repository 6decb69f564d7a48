import type { Database } from '../../db/database';
import { MemoLinkEntity } from '../../db/entities/memos';
import type { ChannelParsed, Memo } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { liveTargets } from './linkTargets';
import { loadMemo, memoDetail } from './memoRecord';

export async function addMemoLink(db: Database, input: ChannelParsed<'memos.linkAdd'>): Promise<Memo> {
  return db.tx(async (m) => {
    await loadMemo(m, input.memoId);
    const live = await liveTargets(m, [input]);
    if (!live.has(`${input.targetKind}:${input.targetId}`)) {
      const what = ({ initiative: 'memos.linkInitiative', meeting: 'memos.linkMeeting', decision: 'memos.linkDecision' } as const)[input.targetKind];
      throw new ServiceError('VALIDATION', what, { targetId: 'field.doesNotExist' });
    }
    const repo = m.getRepository(MemoLinkEntity);
    if (await repo.findOneBy({ memoId: input.memoId, targetKind: input.targetKind, targetId: input.targetId })) {
      throw new ServiceError('CONFLICT', 'memos.linkExists', { targetId: 'field.alreadyExists' });
    }
    await repo.insert(input);
    return memoDetail(m, input.memoId);
  });
}

export async function removeMemoLink(db: Database, id: number): Promise<Memo> {
  return db.tx(async (m) => {
    const link = await m.getRepository(MemoLinkEntity).findOneBy({ id });
    if (!link) throw notFound('memoLink');
    await m.getRepository(MemoLinkEntity).delete({ id });
    return memoDetail(m, link.memoId);
  });
}
