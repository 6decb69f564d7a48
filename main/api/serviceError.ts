import type { ApiError, ErrorCode, Language } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { longDate } from '../documents/format';

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

/** A text in `preload/texts/{da,en}/errors.json` (serviceErrors) or a mail error; never prose. */
export type ErrorKey = Leaves<typeof da.serviceErrors> | `mail.${keyof typeof da.mail.errors & string}`;
/** Strings are user data (names, titles) and stay as they are; numbers and dates are written in the reader's language. */
export type ErrorParam = string | number | { date: string } | Said | Said[];
export interface Said {
  key: ErrorKey;
  params?: Record<string, ErrorParam>;
}
type Saying = ErrorKey | Said;

export const said = (key: ErrorKey, params?: Record<string, ErrorParam>): Said => (params ? { key, params } : { key });
const asSaid = (s: Saying): Said => (typeof s === 'string' ? { key: s } : s);

function textOf(key: ErrorKey, lang: Language): string {
  const texts = lang === 'en' ? en : da;
  const [head, ...rest] = key.split('.');
  let node: unknown = head === 'mail' ? texts.mail.errors : (texts.serviceErrors as Record<string, unknown>)[head!];
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : key;
}

function shown(p: ErrorParam, lang: Language): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(p);
  if (Array.isArray(p)) return p.map((s) => sayError(s, lang)).join('; ');
  if ('date' in p) return longDate(p.date, lang);
  return sayError(p, lang);
}

/** The message in the reader's language, its {{params}} filled in. */
export function sayError(s: Saying, lang: Language): string {
  const { key, params } = asSaid(s);
  return textOf(key, lang).replace(/\{\{(\w+)\}\}/g, (m, k: string) => (params?.[k] === undefined ? m : shown(params[k]!, lang)));
}

/**
 * Thrown by services for errors the user can act on; crosses the boundary as ApiError, said in the
 * user's language there (dispatch knows it). It carries a text key and values, never prose, so the
 * type refuses a raw message. `message` holds the Danish text for logs.
 */
export class ServiceError extends Error {
  readonly said: Said;
  readonly fields?: Record<string, Said>;

  constructor(
    public readonly code: ErrorCode,
    what: Saying,
    fields?: Record<string, Saying>,
  ) {
    const s = asSaid(what);
    super(sayError(s, 'da'));
    this.said = s;
    if (fields) this.fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, asSaid(v)]));
  }

  /** Field messages in the given language (Danish unless asked). */
  fieldErrors(lang: Language = 'da'): Record<string, string[]> | undefined {
    return this.fields && Object.fromEntries(Object.entries(this.fields).map(([k, v]) => [k, [sayError(v, lang)]]));
  }

  toApiError(lang: Language = 'da'): ApiError {
    const fieldErrors = this.fieldErrors(lang);
    return { code: this.code, message: sayError(this.said, lang), ...(fieldErrors ? { fieldErrors } : {}) };
  }
}

export type NotFoundKey = keyof typeof da.serviceErrors.notFound;
export const notFound = (what: NotFoundKey, params?: Record<string, ErrorParam>) => new ServiceError('NOT_FOUND', said(`notFound.${what}`, params));
