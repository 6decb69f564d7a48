import type { EntityManager } from 'typeorm';
import { SettingEntity } from '../../db/entities/settings';

/**
 * The settings table is a key/value store in which each feature keeps its own keys (mail.*, houseStyle.*,
 * meetings.*); other features read and write their keys through here, never through the entity.
 */
export async function settingValues(m: EntityManager): Promise<Map<string, string>> {
  return new Map((await m.getRepository(SettingEntity).find()).map((r) => [r.key, r.value]));
}

export async function settingValue(m: EntityManager, key: string): Promise<string | null> {
  return (await m.getRepository(SettingEntity).findOneBy({ key }))?.value ?? null;
}

export async function saveSetting(m: EntityManager, key: string, value: string): Promise<void> {
  await m.getRepository(SettingEntity).save({ key, value });
}

export async function removeSetting(m: EntityManager, key: string): Promise<void> {
  await m.getRepository(SettingEntity).delete({ key });
}

/** The partnership's settings (name, municipality, retention) and the app's language, for documents and messages. */
export { readSettings } from './settingsService';
export { appLanguage } from './language';
