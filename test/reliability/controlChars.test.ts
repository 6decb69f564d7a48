import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { loadDemoData } from '../../main/demo/demoData';
import { channelNames, contract } from '../../preload/contract';
import { ctxOf, tempFile } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';
import { NONE, validSample } from './payloads';

type Path = (string | number)[];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f'];

function stringLeaves(v: unknown, path: Path = []): Path[] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...path, k]));
  return [];
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

const getAt = (root: unknown, path: Path) => path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root);

/** Every channel, every text in its payload (from a valid sample the contract accepts). */
function textCases() {
  const cases: { channel: (typeof channelNames)[number]; path: Path; base: unknown; freeText: boolean; schema: z.ZodType }[] = [];
  for (const channel of channelNames) {
    const schema = contract[channel].input as z.ZodType;
    const base = validSample(schema);
    if (base === NONE) continue;
    for (const path of stringLeaves(base)) {
      const orig = getAt(base, path) as string;
      // Free text: the field takes any words (not an id, date, enum, e-mail or link format).
      const freeText = schema.safeParse(setAt(base, path, `${orig} Ærø – “x” … æ`)).success;
      cases.push({ channel, path, base, freeText, schema });
    }
  }
  return cases;
}

describe('one text rule for every field (issue 19)', () => {
  it('a control character in any text of any channel is refused, free text with a message naming it', () => {
    const cases = textCases();
    const problems: string[] = [];
    for (const c of cases) {
      const orig = getAt(c.base, c.path) as string;
      for (const ctrl of CONTROLS) {
        const r = c.schema.safeParse(setAt(c.base, c.path, `${orig}${ctrl}x`));
        const where = `${c.channel} ${c.path.join('.')} U+${ctrl.charCodeAt(0).toString(16).padStart(4, '0')}`;
        if (r.success) problems.push(`${where}: accepted`);
        else if (c.freeText && !r.error.issues.some((i) => /kontroltegn/.test(i.message))) problems.push(`${where}: ${r.error.issues[0]?.message}`);
      }
      if (c.freeText) {
        // Tab and line breaks are text, not control characters.
        const r = c.schema.safeParse(setAt(c.base, c.path, `${orig}\tx`));
        if (!r.success) problems.push(`${c.channel} ${c.path.join('.')}: tab refused`);
      }
    }
    const channels = new Set(cases.filter((c) => c.freeText).map((c) => c.channel));
    recordFigure('Control characters refused in every text field', cases.length * CONTROLS.length, problems.length, `${cases.filter((c) => c.freeText).length} free-text fields in ${channels.size} channels, ${cases.length} text values in all`);
    expect(problems).toEqual([]);
    expect(channels.size).toBeGreaterThan(40);
    expect(channels).toContain('meetings.create');
    expect(channels).toContain('settings.update');
  });

  it('through dispatch: refused with a message, nothing stored', async () => {
    const db = await openDatabase({ file: tempFile() });
    await loadDemoData(db);
    const ctx = ctxOf(db);
    const before = dumpHash(db.raw());
    const problems: string[] = [];
    let tried = 0;
    for (const c of textCases().filter((x) => x.freeText)) {
      tried++;
      const orig = getAt(c.base, c.path) as string;
      const env = await dispatch(ctx, c.channel, setAt(c.base, c.path, `${orig}\u0007x`), () => undefined);
      const said = env.ok ? 'ACCEPTED' : Object.values(env.error.fieldErrors ?? {}).flat().join(' ');
      if (env.ok || env.error.code !== 'VALIDATION' || !/kontroltegn \(U\+0007\)/.test(said)) problems.push(`${c.channel} ${c.path.join('.')}: ${said}`);
    }
    const unchanged = dumpHash(db.raw()) === before;
    await db.close();
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThan(100);
    expect(unchanged).toBe(true);
  }, 120_000);
});
