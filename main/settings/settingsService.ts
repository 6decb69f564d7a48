import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { SettingEntity } from '../../db/entities/settings';
import type { Settings } from '../../preload/contract';

export const DEFAULT_SETTINGS: Required<Settings> = { partnershipName: 'Ungepartnerskabet', municipality: '', retentionMonths: 24, firstRunGuide: 'new' };

export async function readSettings(m: EntityManager): Promise<Required<Settings>> {
  const rows = await m.getRepository(SettingEntity).find();
  const map = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const months = Number(map.retentionMonths);
  return {
    partnershipName: map.partnershipName || DEFAULT_SETTINGS.partnershipName,
    municipality: map.municipality ?? '',
    retentionMonths: Number.isInteger(months) && months >= 1 ? months : DEFAULT_SETTINGS.retentionMonths,
    firstRunGuide: map.firstRunGuide === 'open' || map.firstRunGuide === 'done' ? map.firstRunGuide : 'new',
  };
}

export const getSettings = (db: Database) => readSettings(db.ds.manager);

export async function updateSettings(db: Database, input: Settings): Promise<Settings> {
  return db.tx(async (m) => {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) await m.getRepository(SettingEntity).save({ key, value: String(value) });
    return readSettings(m);
  });
}
