import type { Database } from '../../db/database';
import type { WheelEntry } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';

type Row = { id: number; name: string; start_date: string | null; end_date: string | null; track: string };

/**
 * Initiatives with their period as an arc on the initiative ring, the ones touching the year, with their
 * track's name, in one statement. With only a start or only an end date the known day is shown as a point.
 */
export async function initiativeWheelEntries(db: Database, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const t = textsFor(lang).documents.wheel;
  const rows = await db.storage.all<Row>(
    db.ds,
    `SELECT i.id, i.name, i.start_date, i.end_date, t.name AS track FROM initiative i JOIN track t ON t.id = i.track_id
     WHERE (i.start_date IS NOT NULL OR i.end_date IS NOT NULL) AND COALESCE(i.start_date, i.end_date) <= ? AND COALESCE(i.end_date, i.start_date) >= ?`,
    [`${year}-12-31`, `${year}-01-01`],
  );
  return rows.map((r) => {
    const only = r.start_date && r.end_date ? null : r.start_date ? t.starts : t.ends;
    return {
      ring: 'initiatives',
      category: 'initiatives',
      key: `initiative-${Number(r.id)}`,
      title: r.name,
      date: (r.start_date ?? r.end_date)!,
      endDate: only ? null : r.end_date,
      detail: [r.track, only].filter(Boolean).join(' · ') || null,
      route: `initiatives/list/${Number(r.id)}`,
    };
  });
}
