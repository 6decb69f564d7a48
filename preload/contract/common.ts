import { z } from 'zod';

/**
 * The one text rule: control characters other than tab and line breaks (LF, and the CR of CRLF) are
 * refused, C1 controls (U+0080–U+009F, what a Latin-1 misreading of Windows-1252 leaves) included.
 * No generated file (.ics, .xlsx, .docx, PDF, e-mail) can then meet one from new input.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const hasControlChars = (s: string) => CONTROL_CHARS.test(s);
/** For rows stored before the rule, and for pasted rich text (the user is told). */
export const stripControlChars = (s: string) => s.replace(CONTROL_CHARS_ALL, '');
export function controlCharMessage(s: unknown): string {
  const c = typeof s === 'string' ? CONTROL_CHARS.exec(s)?.[0] : undefined;
  const code = c ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : '';
  return `Teksten indeholder et kontroltegn${code ? ` (${code})` : ''}, som ikke kan gemmes. Fjern det, og prøv igen.`;
}
/** A zod string that obeys the text rule. */
export const plainString = () => z.string().refine((s) => !hasControlChars(s), { error: (iss) => controlCharMessage(iss.input) });

/** Strings from users: trimmed, bounded, no control characters. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlChars(s), { error: (iss) => controlCharMessage(iss.input) })
    .transform((s) => s.trim());

export const requiredText = (max: number) =>
  text(max).pipe(z.string().min(1, { message: 'Skal udfyldes' }));

export const optionalText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const id = z.number().int().positive();

/** True for a date that exists in the calendar (no 30 February, no 31 April), years 1900–2999. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A real calendar date as YYYY-MM-DD. Date.parse is not used: it rolls 2013-02-30 over to 2 March. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Dato skal være ÅÅÅÅ-MM-DD' })
  .refine(isCalendarDate, { message: 'Datoen findes ikke i kalenderen (år 1900–2999)' });
/** Kept for the existing contract files: the same as calendarDate. */
export const isoDate = calendarDate;

/** True for a wall-clock time HH:MM from 00:00 to 23:59. */
export const isClockTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
export const clockTime = z.string().refine(isClockTime, { message: 'Tid skal være TT:MM (00:00–23:59)' });

export const optionalDate = z
  .union([isoDate, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const paging = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
};

export const empty = z.strictObject({}).optional().default({});
/** A document's language; without it, the app's language (the export menu offers the other one). */
export const docLanguage = z.enum(['da', 'en']).optional();
export const docOptions = z.strictObject({ language: docLanguage }).optional().default({});
export const docById = z.strictObject({ id, language: docLanguage });
export const byId = z.strictObject({ id });

/**
 * Several users at once (issue 16): the version of the object the user's form was based on. A save or
 * delete on an older version is refused with CONFLICT, naming who changed it and when. Optional for
 * scripts and older callers (their save goes ahead); every form in the app sends it.
 */
export const baseVersion = z.number().int().min(1).max(2_000_000_000).optional();
/** Deleting an object the user saw at a version. */
export const byIdVersioned = z.strictObject({ id, version: baseVersion });

/** What every read of an editable object carries: its version and who changed it last, when. */
export interface VersionInfo {
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
}

/** A generated file. Over HTTP it carries the bytes; in Electron the shell saves it and sets savedPath. */
export interface FileResult {
  fileName: string;
  mimeType: string;
  base64?: string;
  savedPath?: string | null;
  /** Said to the user with the file, e.g. names in a script the PDF's font cannot print. */
  warnings?: string[];
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const upload = z.strictObject({
  fileName: requiredText(255),
  /** base64 of the file's bytes */
  base64: z
    .string()
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, { message: 'Filen er større end 10 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Ugyldigt filindhold' }),
});
