import type { z } from 'zod';
import { da } from '../texts/da';
import { en } from '../texts/en';
import type { Language } from './app';

type V = typeof da.validation;
const textsOf = (lang: Language): V => (lang === 'en' ? en.validation : da.validation);
const fill = (t: string, vars: Record<string, string>) => t.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);

/** The contract's own messages are written in Danish; this finds each one's key so it can be said in English. */
const customKeyOf = new Map<string, keyof V['custom']>(Object.entries(da.validation.custom).map(([k, v]) => [v, k as keyof V['custom']]));

/** A contract message (Danish, as written in the schema) in the reader's language; unknown text stays as it is. */
export function translateMessage(message: string, lang: Language): string {
  if (lang === 'da') return message;
  const key = customKeyOf.get(message);
  return key ? textsOf(lang).custom[key] : message;
}

const number = (n: number | bigint, lang: Language) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK').format(n);
const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const listOf = (values: unknown[], z: V['zod']) =>
  values.length <= 1 ? values.map(shown).join('') : `${values.slice(0, -1).map(shown).join(', ')} ${z.or} ${shown(values.at(-1))}`;

/** Raw issue as zod hands it to an error map (only the fields read here). */
interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  keys?: string[];
  values?: unknown[];
  divisor?: number;
  /** invalid_union: the issues of each option, already said in the reader's language. */
  errors?: { code?: string; message: string }[][];
}

/**
 * zod's own messages ("Invalid input: expected string, received undefined") in Danish or English,
 * field by field: required, wrong type, too long/short, too big/small, unknown key, invalid choice, format.
 */
export function zodMessage(issue: RawIssue, lang: Language): string {
  const t = textsOf(lang).zod;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || (issue.input === null && issue.expected !== 'null')) return t.required;
      const type = t.type as Record<string, string>;
      return type[issue.expected ?? ''] ?? type.other!;
    }
    case 'too_big': {
      const max = number(issue.maximum ?? 0, lang);
      if (issue.origin === 'string') return fill(t.tooLong, { max });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(t.tooMany, { max });
      return fill(issue.inclusive === false ? t.tooBigExclusive : t.tooBig, { max });
    }
    case 'too_small': {
      const min = number(issue.minimum ?? 0, lang);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t.required : fill(t.tooShort, { min });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(t.tooFew, { min });
      return fill(issue.inclusive === false ? t.tooSmallExclusive : t.tooSmall, { min });
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return fill(keys.length === 1 ? t.unknownKey : t.unknownKeys, { keys: keys.join(', ') });
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      return values.length === 1 ? fill(t.invalidValue, { value: shown(values[0]) }) : fill(t.invalidChoice, { values: listOf(values, t) });
    }
    case 'invalid_format': {
      const format = t.format as Record<string, string>;
      return format[issue.format ?? ''] ?? format.other!;
    }
    case 'invalid_union': {
      // "Text or nothing" failing on the text's length says what the text's option said, not "invalid".
      const options = (issue.errors ?? []).filter((o) => o.length > 0);
      const near = options.find((o) => o[0]!.code !== 'invalid_type') ?? options[0];
      return near?.[0]?.message ?? t.invalid;
    }
    case 'not_multiple_of':
      return fill(t.multipleOf, { divisor: number(issue.divisor ?? 1, lang) });
    default:
      return t.invalid;
  }
}

/**
 * A validation message as a text key under `validation` and its values, not prose, for results that
 * are kept or shown later (the import preview): `sayValidation` says it in the reader's language.
 */
export interface ValidationSaying {
  /** e.g. 'zod.tooLong', 'zod.type.string', 'zod.format.email', 'custom.email'. */
  key: string;
  params?: Record<string, string | number | string[]>;
}

/** Raw issue with its message (a schema's own message is Danish, as the contract writes it). */
type IssueWithMessage = RawIssue & { message?: string; errors?: { code?: string; message: string }[][] };

/** What a failed check says, as a key and values; parse with `reportInput: true` so "required" is told from a wrong type. */
export function validationSaying(issue: IssueWithMessage): ValidationSaying {
  const custom = issue.message ? customKeyOf.get(issue.message) : undefined;
  if (custom) return { key: `custom.${custom}` };
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || (issue.input === null && issue.expected !== 'null')) return { key: 'zod.required' };
      return { key: issue.expected && issue.expected in da.validation.zod.type ? `zod.type.${issue.expected}` : 'zod.type.other' };
    }
    case 'too_big': {
      const params = { max: Number(issue.maximum ?? 0) };
      if (issue.origin === 'string') return { key: 'zod.tooLong', params };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'zod.tooMany', params };
      return { key: issue.inclusive === false ? 'zod.tooBigExclusive' : 'zod.tooBig', params };
    }
    case 'too_small': {
      const params = { min: Number(issue.minimum ?? 0) };
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { key: 'zod.required' } : { key: 'zod.tooShort', params };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'zod.tooFew', params };
      return { key: issue.inclusive === false ? 'zod.tooSmallExclusive' : 'zod.tooSmall', params };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return { key: keys.length === 1 ? 'zod.unknownKey' : 'zod.unknownKeys', params: { keys: keys.join(', ') } };
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(shown);
      return values.length === 1 ? { key: 'zod.invalidValue', params: { value: values[0]! } } : { key: 'zod.invalidChoice', params: { values } };
    }
    case 'invalid_format':
      return { key: issue.format && issue.format in da.validation.zod.format ? `zod.format.${issue.format}` : 'zod.format.other' };
    case 'invalid_union': {
      const options = (issue.errors ?? []).filter((o) => o.length > 0);
      const near = options.find((o) => o[0]!.code !== 'invalid_type') ?? options[0];
      return near?.[0] ? validationSaying(near[0] as IssueWithMessage) : { key: 'zod.invalid' };
    }
    case 'not_multiple_of':
      return { key: 'zod.multipleOf', params: { divisor: issue.divisor ?? 1 } };
    default:
      return { key: 'zod.invalid' };
  }
}

/** A ValidationSaying in the reader's language; numbers in the reader's style. */
export function sayValidation(s: ValidationSaying, lang: Language): string {
  const texts = textsOf(lang);
  let node: unknown = texts;
  for (const part of s.key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : texts.zod.invalid;
  const vars = Object.fromEntries(
    Object.entries(s.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? listOf(v, texts.zod) : typeof v === 'number' ? number(v, lang) : v]),
  );
  return fill(text, vars);
}

/** An error map for safeParse({ error }) or z.config({ localeError }); messages the schema sets itself win. */
export const zodErrorMap = (lang: Language) => (issue: RawIssue) => zodMessage(issue, lang);

/** The field errors of a failed parse, each in the reader's language, keyed by the field's path. */
export function fieldErrorsOf(error: z.ZodError, lang: Language): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    (out[key] ??= []).push(translateMessage(issue.message, lang));
  }
  return out;
}

export const envelopeText = (lang: Language) => textsOf(lang).envelope;
export const fillText = fill;
