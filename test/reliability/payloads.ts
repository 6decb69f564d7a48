import type { z } from 'zod';

/** Minimal view of zod 4's internal definition, enough to walk a schema. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const ok = (s: z.ZodType, v: unknown) => s.safeParse(v).success;

export const NONE = Symbol('none');

const STRINGS = ['Testværdi Ærø', 'samspil-test.sqlite', '2026-01-15', '2026-06-30', '13:00', '15:00', 'anne@hvidovre.dk', '+45 12 34 56 78', 'https://hvidovre.dk', 'QUJD', 'a', ''];
const CATEGORIES: Record<string, unknown[]> = {
  string: STRINGS,
  number: [0, 1, -1, 1.5, 1e9],
  boolean: [true, false],
  null: [null],
  array: [[], ['a'], [1]],
  object: [{}, { a: 1 }],
};

function candidates(s: z.ZodType): unknown[] {
  const d = defOf(s);
  switch (d.type) {
    case 'string':
      return STRINGS;
    case 'number':
    case 'int':
      // Ascending, so "distinct ascending" objects below get from < to, baseline < target, …
      return [0, 1, 2, 10, 60, 120, 2026];
    case 'boolean':
      return [true, false];
    case 'enum':
      return Object.values(d.entries ?? {});
    case 'literal':
      return d.values ?? [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return [...candidates(d.innerType!), undefined, null];
    case 'pipe':
      return candidates(d.in!);
    case 'union':
      return (d.options ?? []).flatMap(candidates);
    case 'array':
      return [[], ...candidates(d.element!).filter((v) => ok(d.element!, v)).slice(0, 1).map((v) => [v])];
    case 'record':
      return [{}];
    case 'object': {
      const shape = d.shape ?? {};
      const full: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(shape)) {
        const v = validSample(f);
        if (v !== NONE && v !== undefined) full[k] = v;
      }
      // Refinements across fields (from < to, baseline ≠ target): fields with the same kind of values
      // take successive valid values instead of the same one.
      const ascending: Record<string, unknown> = {};
      const used = new Map<string, number>();
      for (const [k, f] of Object.entries(shape)) {
        const valid = candidates(f).filter((c) => c !== undefined && c !== null && ok(f, c));
        if (valid.length === 0) continue;
        const group = JSON.stringify(valid);
        const n = used.get(group) ?? 0;
        used.set(group, n + 1);
        ascending[k] = valid[Math.min(n, valid.length - 1)];
      }
      // Refinements such as person xor organisation may need a key left out.
      const without = (o: Record<string, unknown>) => Object.keys(o).map((k) => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k)));
      return [full, ...without(full), ascending, ...without(ascending)];
    }
    default:
      return [];
  }
}

/** A value the schema accepts, found by asking the schema itself; NONE if the walker cannot build one. */
export function validSample(s: z.ZodType): unknown {
  for (const c of candidates(s)) if (ok(s, c)) return c;
  return NONE;
}

/** The object shape at the top of a channel schema (under optional/default/pipe), if any. */
export function objectShape(s: z.ZodType): Record<string, z.ZodType> | null {
  const d = defOf(s);
  if (d.type === 'object') return d.shape ?? {};
  if (d.innerType) return objectShape(d.innerType);
  if (d.in) return objectShape(d.in);
  return null;
}

/** The object shape the valid sample has: for a union, that of the option it matches. */
function shapeOf(s: z.ZodType, sample: unknown): Record<string, z.ZodType> | null {
  const direct = objectShape(s);
  if (direct) return direct;
  const d = defOf(s);
  if (d.type === 'union') for (const o of d.options ?? []) if (ok(o, sample)) return shapeOf(o, sample);
  return null;
}

const deep = (n: number): unknown => {
  let v: unknown = 'bund';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { n: v };
  return v;
};

export const HUGE = 'A'.repeat(20 * 1024 * 1024);
const polluter = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object;

const TOP = [null, 0, 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', true, false, [], [{}], 'a'.repeat(1_000_000), deep(10_000)];
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isAdmin', 'role', 'deletedAt', 'createdAt', 'sql', '$where', ' ', '', 'id ', 'ID', 'Name', 'x'.repeat(300), '\u0000'];
const EXTRA_VALUES = () => [1, 'x', null, true, {}, [], { polluted: true }, polluter(), deep(50), 'y'.repeat(100_000)];

function withKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = { ...base };
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
}

/** Values of JS types the field never accepts, plus values no field accepts. */
function wrongValues(field: z.ZodType): unknown[] {
  const out: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, deep(100), polluter()];
  for (const [cat, samples] of Object.entries(CATEGORIES)) {
    if (!samples.some((v) => ok(field, v))) out.push(...samples.filter((v) => !(cat === 'object' && (v as object) === out[4])));
  }
  if (STRINGS.some((v) => ok(field, v))) out.push(HUGE);
  return out.filter((v) => !ok(field, v) || v === HUGE);
}

/** Malformed payloads for one channel: never valid by construction (wrong type, unknown key, huge, missing). */
export function malformedPayloads(schema: z.ZodType, min = 500): unknown[] {
  const base = validSample(schema);
  const shape = shapeOf(schema, base);
  const out: unknown[] = TOP.filter((v) => !ok(schema, v));
  if (!shape || base === NONE) return out;
  const b = (base ?? {}) as Record<string, unknown>;
  const fieldMutations = (obj: Record<string, unknown>, sh: Record<string, z.ZodType>, wrap: (o: Record<string, unknown>) => unknown) => {
    for (const key of EXTRA_KEYS.filter((k) => !(k in sh))) for (const v of EXTRA_VALUES()) out.push(wrap(withKey(obj, key, v)));
    for (const [key, field] of Object.entries(sh)) {
      for (const v of wrongValues(field)) out.push(wrap(withKey(obj, key, v)));
      if (!ok(field, undefined)) {
        const { [key]: _gone, ...rest } = obj;
        out.push(wrap(rest));
      }
      const inner = objectShape(field);
      if (inner && obj[key] && typeof obj[key] === 'object') fieldMutations(obj[key] as Record<string, unknown>, inner, (o) => wrap(withKey(obj, key, o)));
    }
  };
  fieldMutations(b, shape, (o) => o);
  for (let i = 0; out.length < min; i++) out.push(withKey(b, `unknown_${i}`, EXTRA_VALUES()[i % 10]));
  return out;
}
