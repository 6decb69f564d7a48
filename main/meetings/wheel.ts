import type { Database } from '../../db/database';
import { searchKey } from '../../db/textKeys';
import type { MeetingType, WheelEntry } from '../../preload/contract';
import { clock, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';

type Row = { id: number; title: string; type: MeetingType; date: string; start_time: string; body: string | null };

/** The year's meetings (not those in the trash) on the annual wheel's meeting ring, with their body's name, in one statement. */
export async function meetingWheelEntries(db: Database, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const all = textsFor(lang);
  const meetingTypeLabel = all.meetingType;
  const rows = await db.storage.all<Row>(
    db.ds,
    `SELECT mt.id, mt.title, mt.type, mt.date, mt.start_time, b.name AS body FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id
     WHERE mt.date BETWEEN ? AND ? AND mt.deleted_at IS NULL`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  // The type only where the title does not already say it ("Styregruppemøde", "Temamøde 2: …").
  const typeKeys = new Map<MeetingType, string>();
  const typeOf = (r: Row) => {
    const key = typeKeys.get(r.type) ?? searchKey(meetingTypeLabel[r.type]);
    typeKeys.set(r.type, key);
    return searchKey(r.title).includes(key) ? null : meetingTypeLabel[r.type];
  };
  return rows.map((r) => ({
    ring: 'meetings',
    category: 'meetings',
    key: `meeting-${Number(r.id)}`,
    title: r.title,
    date: r.date,
    endDate: null,
    detail: [typeOf(r), r.body, fill(all.documents.wheel.at, { time: clock(r.start_time, lang) })].filter(Boolean).join(' · '),
    route: `meetings/list/${Number(r.id)}`,
  }));
}
