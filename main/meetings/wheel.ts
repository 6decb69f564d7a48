import { Between, IsNull, type EntityManager } from 'typeorm';
import { MeetingEntity } from '../../db/entities/meetings';
import { searchKey } from '../../db/textKeys';
import type { WheelEntry } from '../../preload/contract';
import { clock, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { namesFor } from './names';

/** The year's meetings (not those in the trash) on the annual wheel's meeting ring. */
export async function meetingWheelEntries(m: EntityManager, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const all = textsFor(lang);
  const meetingTypeLabel = all.meetingType;
  const rows = await m.getRepository(MeetingEntity).find({
    select: { id: true, title: true, type: true, date: true, startTime: true, bodyId: true },
    where: { date: Between(`${year}-01-01`, `${year}-12-31`), deletedAt: IsNull() },
  });
  const names = await namesFor(m, { bodies: rows.map((r) => r.bodyId) });
  // The type only where the title does not already say it ("Styregruppemøde", "Temamøde 2: …").
  const typeOf = (r: (typeof rows)[number]) => (searchKey(r.title).includes(searchKey(meetingTypeLabel[r.type])) ? null : meetingTypeLabel[r.type]);
  return rows.map((r) => ({
    ring: 'meetings',
    category: 'meetings',
    key: `meeting-${r.id}`,
    title: r.title,
    date: r.date,
    endDate: null,
    detail: [typeOf(r), r.bodyId === null ? null : names.body.get(r.bodyId), fill(all.documents.wheel.at, { time: clock(r.startTime, lang) })].filter(Boolean).join(' · '),
    route: `meetings/list/${r.id}`,
  }));
}
