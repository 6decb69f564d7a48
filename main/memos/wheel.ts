import { Between, type EntityManager } from 'typeorm';
import { MemoEntity } from '../../db/entities/memos';
import type { WheelEntry } from '../../preload/contract';
import { readSettings } from '../settings/lookup';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { recipientLabel } from './memoPdf';


/** Decision memos on the day the recipient (council, committee, partnership) meets to decide them. */
export async function memoWheelEntries(m: EntityManager, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const statusLabel = textsFor(lang).documents.wheel.memoStatus;
  const rows = await m.getRepository(MemoEntity).find({
    select: { id: true, title: true, meetingDate: true, recipientKind: true, recipientName: true, caseNumber: true, status: true },
    where: { meetingDate: Between(`${year}-01-01`, `${year}-12-31`) },
  });
  const { partnershipName } = await readSettings(m);
  return rows.map((r) => ({
    ring: 'memos',
    category: 'memos',
    key: `memo-${r.id}`,
    title: r.title,
    date: r.meetingDate!,
    endDate: null,
    detail: [recipientLabel(r.recipientKind, r.recipientName, partnershipName, lang), r.caseNumber, statusLabel[r.status]].filter(Boolean).join(' · '),
    route: `memos/edit/${r.id}`,
  }));
}
