import type { EntityManager } from 'typeorm';
import { InitiativeEntity, TrackEntity } from '../../db/entities/initiatives';
import type { WheelEntry } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';

/**
 * Initiatives with their period as an arc on the initiative ring (the wheel keeps the ones touching
 * the year). With only a start or only an end date the known day is shown as a point.
 */
export async function initiativeWheelEntries(m: EntityManager, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const t = textsFor(lang).documents.wheel;
  const rows = await m.getRepository(InitiativeEntity).createQueryBuilder('i')
    .select(['i.id', 'i.name', 'i.trackId', 'i.startDate', 'i.endDate'])
    .where('i.start_date IS NOT NULL OR i.end_date IS NOT NULL')
    .andWhere('COALESCE(i.start_date, i.end_date) <= :to AND COALESCE(i.end_date, i.start_date) >= :from', { from: `${year}-01-01`, to: `${year}-12-31` })
    .getMany();
  const tracks = new Map((await m.getRepository(TrackEntity).find()).map((t) => [t.id, t.name]));
  return rows.map((r) => {
    const only = r.startDate && r.endDate ? null : r.startDate ? t.starts : t.ends;
    return {
      ring: 'initiatives',
      category: 'initiatives',
      key: `initiative-${r.id}`,
      title: r.name,
      date: (r.startDate ?? r.endDate)!,
      endDate: only ? null : r.endDate,
      detail: [tracks.get(r.trackId), only].filter(Boolean).join(' · ') || null,
      route: `initiatives/list/${r.id}`,
    };
  });
}
