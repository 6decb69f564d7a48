import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { SettingEntity } from '../../db/entities/settings';
import type { Settings } from '../../preload/contract';

export const DEFAULT_SETTINGS: Settings = { partnershipName: 'Ungepartnerskabet', municipality: '' };

export async function readSettings(m: EntityManager): Promise<Settings> {
  const rows = await m.getRepository(SettingEntity).find();
  const map = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { partnershipName: map.partnershipName || DEFAULT_SETTINGS.partnershipName, municipality: map.municipality ?? '' };
}

export const getSettings = (db: Database) => readSettings(db.ds.manager);

export async function updateSettings(db: Database, input: Settings): Promise<Settings> {
  return db.tx(async (m) => {
    for (const [key, value] of Object.entries(input)) await m.getRepository(SettingEntity).save({ key, value: String(value) });
    return readSettings(m);
  });
}
