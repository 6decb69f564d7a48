import { z } from 'zod';
import { empty, plainString } from './common';
import { channel, type ChannelDef } from './channel';

/** The logo's original file may be at most this large (PNG or SVG). */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const logoMimeTypes = ['image/png', 'image/svg+xml'] as const;
export const DEFAULT_ACCENT = '#1f4e79';

const lines = plainString().max(1000, { message: 'Højst 1000 tegn' }).default('');

/** The municipality's house style on every document (Indstillinger → Brevhoved). */
export const houseStyleInput = z.strictObject({
  /** Address lines, one per line, e.g. "Hvidovrevej 278\n2650 Hvidovre". */
  addressLines: lines,
  /** Contact lines, one per line, e.g. "Tlf. 36 39 39 39\nwww.hvidovre.dk". */
  contactLines: lines,
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Skriv farven som #RRGGBB, fx #1f4e79' })
    .transform((s) => s.toLowerCase())
    .default(DEFAULT_ACCENT),
});
export type HouseStyleInput = z.input<typeof houseStyleInput>;

/**
 * A new logo. Base64 may be larger than the limit here so that main can say how large the file is;
 * an SVG comes with a PNG rendition (`pngBase64`, made by the renderer's canvas) for PDF, Excel and Word.
 */
export const logoInput = z.strictObject({
  fileName: plainString().trim().min(1).max(255),
  mimeType: z.enum(logoMimeTypes, { message: 'Logoet skal være en PNG- eller SVG-fil' }),
  base64: plainString().min(1).max(8_000_000),
  pngBase64: plainString().max(8_000_000).nullable().default(null),
});
export type LogoInput = z.input<typeof logoInput>;

export interface LogoInfo {
  fileName: string;
  mimeType: (typeof logoMimeTypes)[number];
  width: number;
  height: number;
  bytes: number;
  /** The PNG used on documents (the file itself, or the rendition of an SVG), for the preview. */
  pngBase64: string;
}

export interface HouseStyle {
  addressLines: string;
  contactLines: string;
  accentColor: string;
  logo: LogoInfo | null;
}

export const houseStyleChannels = {
  'houseStyle.get': channel(empty).returns<HouseStyle>(),
  'houseStyle.update': channel(houseStyleInput).returns<HouseStyle>(),
  'houseStyle.setLogo': channel(logoInput).returns<HouseStyle>(),
  'houseStyle.removeLogo': channel(empty).returns<HouseStyle>(),
} satisfies Record<string, ChannelDef>;

