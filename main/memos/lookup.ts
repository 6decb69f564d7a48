import { type EntityManager, In } from 'typeorm';
import { MemoEntity } from '../../db/entities/memos';
import type { RecipientKind, MemoStatus } from '../../preload/contract';

/** What other features may ask about memos: does it exist, its name and where it stands. */
export interface MemoRef {
  id: number;
  name: string;
  live: boolean;
  status: MemoStatus;
  recipientKind: RecipientKind;
  recipientName: string | null;
  meetingDate: string | null;
}

const select = { id: true, title: true, status: true, recipientKind: true, recipientName: true, meetingDate: true } as const;
const ref = (r: { id: number; title: string; status: MemoStatus; recipientKind: RecipientKind; recipientName: string | null; meetingDate: string | null }): MemoRef =>
  ({ id: r.id, name: r.title, live: true, status: r.status, recipientKind: r.recipientKind, recipientName: r.recipientName, meetingDate: r.meetingDate });

export async function memoRefs(m: EntityManager, ids: readonly number[]): Promise<Map<number, MemoRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(MemoEntity).find({ where: { id: In(unique) }, select });
  return new Map(rows.map((r) => [r.id, ref(r)]));
}

/** Memos with the given status, by the recipient's meeting date. */
export async function memosWithStatus(m: EntityManager, status: MemoStatus): Promise<MemoRef[]> {
  const rows = await m.getRepository(MemoEntity).find({ where: { status }, order: { meetingDate: 'ASC', id: 'ASC' }, select });
  return rows.map(ref);
}

/** A memo in full and its PDF, for mail sending it. */
export { memoDetail } from './memoRecord';
export { memoPdf } from './memoPdf';
export { memoWheelEntries } from './wheel';
