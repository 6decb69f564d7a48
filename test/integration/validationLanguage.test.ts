import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { da } from '../../preload/texts/da';
import { call, ctxOf, memoryDb } from '../helpers/db';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

/** The field errors main answers for a payload, in the app's current language. */
async function fieldErrors(name: string, payload: unknown) {
  const env = await dispatch(ctx, name, payload, () => undefined);
  if (env.ok) throw new Error(`${name} accepted ${JSON.stringify(payload)}`);
  expect(env.error.code).toBe('VALIDATION');
  return { message: env.error.message, fields: env.error.fieldErrors ?? {} };
}

const org = { name: 'Fælleselevrådet', kind: 'ngo' };
const meeting = { title: 'Temamøde', type: 'theme_meeting', bodyId: null, date: '2026-04-14', startTime: '13:00', endTime: '16:00' };

/** Each kind of zod error, the payload that causes it, the field and the message in Danish and English. */
const CASES: { kind: string; channel: string; payload: unknown; field: string; da: string; en: string }[] = [
  { kind: 'required', channel: 'organisations.create', payload: { kind: 'ngo' }, field: 'name', da: 'Skal udfyldes', en: 'Required' },
  { kind: 'empty text', channel: 'organisations.create', payload: { ...org, name: '   ' }, field: 'name', da: 'Skal udfyldes', en: 'Required' },
  { kind: 'wrong type (text)', channel: 'organisations.create', payload: { ...org, name: 42 }, field: 'name', da: 'Skal være tekst', en: 'Must be text' },
  { kind: 'wrong type (number)', channel: 'stakeholders.place', payload: { actorKind: 'organisation', actorId: 'one', influence: 1, interest: 1 }, field: 'actorId', da: 'Skal være et tal', en: 'Must be a number' },
  { kind: 'not a whole number', channel: 'stakeholders.place', payload: { actorKind: 'organisation', actorId: 1.5, influence: 1, interest: 1 }, field: 'actorId', da: 'Skal være et helt tal', en: 'Must be a whole number' },
  { kind: 'too long', channel: 'organisations.create', payload: { ...org, name: 'x'.repeat(201) }, field: 'name', da: 'Højst 200 tegn', en: 'At most 200 characters' },
  { kind: 'too long (thousands)', channel: 'organisations.create', payload: { ...org, notes: 'x'.repeat(10_001) }, field: 'notes', da: 'Højst 10.000 tegn', en: 'At most 10,000 characters' },
  { kind: 'too big', channel: 'stakeholders.place', payload: { actorKind: 'organisation', actorId: 1, influence: 120, interest: 1 }, field: 'influence', da: 'Højst 100', en: 'At most 100' },
  { kind: 'too small', channel: 'stakeholders.place', payload: { actorKind: 'organisation', actorId: 1, influence: -1, interest: 1 }, field: 'influence', da: 'Mindst 0', en: 'At least 0' },
  { kind: 'unknown key', channel: 'organisations.create', payload: { ...org, email: 'a@b.dk' }, field: '_', da: 'Ukendt felt: email', en: 'Unknown field: email' },
  { kind: 'unknown keys', channel: 'organisations.create', payload: { ...org, email: 'a@b.dk', fax: '1' }, field: '_', da: 'Ukendte felter: email, fax', en: 'Unknown fields: email, fax' },
  { kind: 'invalid choice', channel: 'stakeholders.place', payload: { actorKind: 'robot', actorId: 1, influence: 1, interest: 1 }, field: 'actorKind', da: 'Ugyldigt valg: vælg en af organisation eller person', en: 'Invalid choice: choose one of organisation or person' },
  { kind: "the contract's own message", channel: 'people.create', payload: { name: 'Åse', email: 'ikke-en-adresse' }, field: 'email', da: 'Ugyldig e-mailadresse', en: 'Invalid email address' },
  { kind: 'a rule across fields', channel: 'meetings.create', payload: { data: { ...meeting, endTime: '12:00' } }, field: 'data.endTime', da: 'Sluttid skal ligge efter starttid', en: 'The end time must be after the start time' },
];

describe('validation messages in the app language', () => {
  it('main knows the language: Danish until the user picks English under Indstillinger, kept in the data file', async () => {
    expect(await call(ctx, 'settings.language', {})).toEqual({ language: 'da' });
    expect(await call(ctx, 'settings.setLanguage', { language: 'en' })).toEqual({ language: 'en' });
    expect(await call(ctx, 'settings.language', {})).toEqual({ language: 'en' });
    expect((await fieldErrors('settings.setLanguage', { language: 'fr' })).fields.language).toEqual(['Invalid choice: choose one of da or en']);
  });

  for (const lang of ['da', 'en'] as const) {
    it(`says every kind of error in ${lang === 'da' ? 'Danish' : 'English'}, field by field`, async () => {
      await call(ctx, 'settings.setLanguage', { language: lang });
      for (const c of CASES) {
        const { message, fields } = await fieldErrors(c.channel, c.payload);
        expect(message).toBe(lang === 'da' ? 'Nogle felter er ikke udfyldt korrekt.' : 'Some fields are not filled in correctly.');
        expect(fields[c.field], `${c.kind}: ${JSON.stringify(fields)}`).toContain(c[lang]);
        // No zod English inside a Danish answer, and no Danish inside an English one.
        const all = Object.values(fields).flat().join(' | ');
        if (lang === 'da') expect(all).not.toMatch(/Invalid input|expected|received|Unrecognized/i);
        else expect(all).not.toMatch(/[æøå]|Skal |Ugyldig|Ukendt/i);
      }
    });
  }

  it('every message the contract writes itself has an English version', () => {
    const dir = path.join(__dirname, '../../preload/contract');
    const known = new Set(Object.values(da.validation.custom));
    const missing: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of src.matchAll(/message: '([^']+)'/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      // A message given as the last argument: .regex(re, '…'), .refine(fn, '…').
      for (const m of src.matchAll(/\.(?:regex|refine)\(.*?, '([^']+)'\)/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      expect(src, `${file} builds a message at run time`).not.toMatch(/message: `/);
    }
    expect(missing).toEqual([]);
  });
});
