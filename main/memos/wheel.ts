import type { Database } from '../../db/database';
import type { MemoStatus, RecipientKind, WheelEntry } from '../../preload/contract';
import { readSettings } from '../settings/lookup';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { recipientLabel } from './memoLabels';

type Row = { id: number; title: string; meeting_date: string; recipient_kind: RecipientKind; recipient_name: string | null; case_number: string | null; status: MemoStatus };

/** Decision memos on the day the recipient (council, committee, partnership) meets to decide them. */
export async function memoWheelEntries(db: Database, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const statusLabel = textsFor(lang).documents.wheel.memoStatus;
  const rows = await db.storage.all<Row>(
    db.ds,
    'SELECT id, title, meeting_date, recipient_kind, recipient_name, case_number, status FROM memo WHERE meeting_date BETWEEN ? AND ?',
    [`${year}-01-01`, `${year}-12-31`],
  );
  const { partnershipName } = await readSettings(db.ds.manager);
  return rows.map((r) => ({
    ring: 'memos',
    category: 'memos',
    key: `memo-${Number(r.id)}`,
    title: r.title,
    date: r.meeting_date,
    endDate: null,
    detail: [recipientLabel(r.recipient_kind, r.recipient_name, partnershipName, lang), r.case_number, statusLabel[r.status]].filter(Boolean).join(' · '),
    route: `memos/edit/${Number(r.id)}`,
  }));
}
