import { EntitySchema } from 'typeorm';

/** The one logo of the house style (row id 1): the original file and the PNG documents use. */
export interface LetterheadLogoRow {
  id: number;
  fileName: string;
  mimeType: string;
  /** The original file, base64 (PNG or SVG text). */
  data: string;
  /** PNG, base64: the file itself or the rendition of an SVG. */
  png: string;
  width: number;
  height: number;
  bytes: number;
  updatedAt: string;
}

export const LetterheadLogoEntity = new EntitySchema<LetterheadLogoRow>({
  name: 'LetterheadLogo',
  tableName: 'letterhead_logo',
  columns: {
    id: { type: 'integer', primary: true },
    fileName: { name: 'file_name', type: 'varchar', length: 255 },
    mimeType: { name: 'mime_type', type: 'varchar', length: 40 },
    data: { type: 'text' },
    png: { type: 'text' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    bytes: { type: 'integer' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});
