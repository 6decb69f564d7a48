import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { LetterheadLogoEntity } from '../../db/entities/letterhead';
import { DEFAULT_ACCENT, type ChannelParsed, type HouseStyle, type LogoInfo } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { settingValues } from '../settings/lookup';
import { saveSetting } from '../settings/seams';
import { checkSize, checkSvg, decodeBase64, pngSize } from './logoCheck';

const KEYS = { addressLines: 'houseStyle.addressLines', contactLines: 'houseStyle.contactLines', accentColor: 'houseStyle.accentColor' } as const;

export async function readHouseStyle(m: EntityManager): Promise<HouseStyle> {
  const map = Object.fromEntries(await settingValues(m));
  const logo = await m.getRepository(LetterheadLogoEntity).findOneBy({ id: 1 });
  const info: LogoInfo | null = logo
    ? { fileName: logo.fileName, mimeType: logo.mimeType as LogoInfo['mimeType'], width: logo.width, height: logo.height, bytes: logo.bytes, pngBase64: logo.png }
    : null;
  return {
    addressLines: map[KEYS.addressLines] ?? '',
    contactLines: map[KEYS.contactLines] ?? '',
    accentColor: /^#[0-9a-f]{6}$/.test(map[KEYS.accentColor] ?? '') ? map[KEYS.accentColor]! : DEFAULT_ACCENT,
    logo: info,
  };
}

export const getHouseStyle = (db: Database) => readHouseStyle(db.ds.manager);

export async function updateHouseStyle(db: Database, input: ChannelParsed<'houseStyle.update'>): Promise<HouseStyle> {
  return db.tx(async (m) => {
    for (const k of Object.keys(KEYS) as (keyof typeof KEYS)[]) await saveSetting(m, KEYS[k], input[k].replace(/\r\n?/g, '\n').trim());
    return readHouseStyle(m);
  });
}

/** Checks type, size and dimensions, then keeps the original and the PNG documents use. */
export async function setLogo(db: Database, input: ChannelParsed<'houseStyle.setLogo'>, now: string): Promise<HouseStyle> {
  const original = decodeBase64(input.base64, 'logo');
  checkSize(original);
  let png = original;
  if (input.mimeType === 'image/svg+xml') {
    checkSvg(original);
    if (!input.pngBase64) throw new ServiceError('VALIDATION', 'logo.svgNeedsPng', { logo: 'field.pngMissing' });
    png = decodeBase64(input.pngBase64, 'png');
    if (png.length > 4 * 1024 * 1024) throw new ServiceError('VALIDATION', 'logo.pngTooLarge', { logo: 'field.tooLarge' });
  }
  const { width, height } = pngSize(png, input.mimeType === 'image/svg+xml' ? 'png' : 'logo');
  return db.tx(async (m) => {
    await m.getRepository(LetterheadLogoEntity).save({
      id: 1,
      fileName: input.fileName,
      mimeType: input.mimeType,
      data: original.toString('base64'),
      png: png.toString('base64'),
      width,
      height,
      bytes: original.length,
      updatedAt: now,
    });
    return readHouseStyle(m);
  });
}

export async function removeLogo(db: Database): Promise<HouseStyle> {
  return db.tx(async (m) => {
    await m.getRepository(LetterheadLogoEntity).delete({ id: 1 });
    return readHouseStyle(m);
  });
}
