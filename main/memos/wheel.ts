import { Between, type EntityManager } from 'typeorm';
import { MemoEntity } from '../../db/entities/memos';
import type { WheelEntry } from '../../preload/contract';
import { readSettings } from '../settings/settingsService';
import { recipientLabel } from './memoPdf';

const statusLabel = { draft: 'Kladde', review: 'Til godkendelse', sent: 'Sendt', decided: 'Besluttet' } as const;

/** Decision memos on the day the recipient (council, committee, partnership) meets to decide them. */
export async function memoWheelEntries(m: EntityManager, year: number): Promise<WheelEntry[]> {
  const rows = await m.getRepository(MemoEntity).find({ where: { meetingDate: Between(`${year}-01-01`, `${year}-12-31`) } });
  const { partnershipName } = await readSettings(m);
  return rows.map((r) => ({
    ring: 'memos',
    category: 'memos',
    key: `memo-${r.id}`,
    title: r.title,
    date: r.meetingDate!,
    endDate: null,
    detail: [recipientLabel(r.recipientKind, r.recipientName, partnershipName), r.caseNumber, statusLabel[r.status]].filter(Boolean).join(' · '),
    route: `memos/edit/${r.id}`,
  }));
}
