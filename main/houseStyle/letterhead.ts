import type { EntityManager } from 'typeorm';
import { LetterheadLogoEntity } from '../../db/entities/letterhead';
import { DEFAULT_ACCENT } from '../../preload/contract';
import { readSettings } from '../settings/lookup';
import { readHouseStyle } from './houseStyleService';

/** What every document needs of the house style: names, sender lines, colour and the logo as bytes. */
export interface Letterhead {
  partnership: string;
  municipality: string;
  /** Address lines, then contact lines. */
  lines: string[];
  accent: string;
  logo: { png: Buffer; svg: Buffer | null; width: number; height: number } | null;
}

export async function loadLetterhead(m: EntityManager): Promise<Letterhead> {
  const settings = await readSettings(m);
  const style = await readHouseStyle(m);
  const row = style.logo ? await m.getRepository(LetterheadLogoEntity).findOneBy({ id: 1 }) : null;
  const split = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    partnership: settings.partnershipName,
    municipality: settings.municipality,
    lines: [...split(style.addressLines), ...split(style.contactLines)],
    accent: style.accentColor || DEFAULT_ACCENT,
    logo: row
      ? { png: Buffer.from(row.png, 'base64'), svg: row.mimeType === 'image/svg+xml' ? Buffer.from(row.data, 'base64') : null, width: row.width, height: row.height }
      : null,
  };
}
