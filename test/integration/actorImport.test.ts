import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import type { ImportRowPreview } from '../../preload/contract';
import { importIssueText } from '../../preload/texts/importIssue';
import { call, useMemoryContext } from '../helpers/db';
import { xlsxBase64 } from '../helpers/xlsx';

const t = useMemoryContext({ beforeEach, afterEach });

const b64 = (buf: Buffer) => buf.toString('base64');
/** A row's errors or notes as the screen says them. */
const said = (issues: ImportRowPreview['errors'] | undefined, lang: 'da' | 'en' = 'da') => (issues ?? []).map((i) => importIssueText(i, lang)).join('; ');
const win1252 = (s: string) => Buffer.from(Array.from(s, (c) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5, é: 0xe9 })[c] ?? c.charCodeAt(0)));

describe('actor import', () => {
  it('reads a Windows-1252 CSV with semicolons, suggests the mapping and shows per-row errors with row numbers', async () => {
    const csv = 'Navn;Type;Relation;Hjemmeside\r\nHvidovre Gymnasium;Gymnasium;Fast deltager;www.hvidovre-gym.dk\r\nProduktionsskolen;Erhvervsskole;Inddrages ad hoc;\r\nUkendt;Rumstation;;\r\nÆblehaven Børnehus;Andet;ad hoc;ikke en adresse\r\n';
    const preview = await call(t.ctx, 'actors.importPreview', { fileName: 'aktører.csv', base64: b64(win1252(csv)), target: 'organisations' });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.separator).toBe(';');
    expect(preview.mapping).toMatchObject({ name: 0, kind: 1, relation: 2, website: 3 });
    expect(preview.totalRows).toBe(4);
    expect(preview.validCount).toBe(2);
    const errors = Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.rowNumber, r.errors]));
    // Codes and values, no prose: the screen says them in the reader's language.
    expect(errors[4]).toEqual([{ code: 'unknownKind', value: 'Rumstation' }]);
    expect(errors[5]).toEqual([{ code: 'invalid', field: 'website', rule: { key: 'custom.website' } }]);
    expect(said(errors[4])).toBe('Ukendt type “Rumstation”');
    expect(said(errors[4], 'en')).toBe('Unknown kind “Rumstation”');
    expect(said(errors[5])).toBe('Hjemmeside: Ugyldig webadresse');
    expect(said(errors[5], 'en')).toBe('Website: Invalid web address');
    expect(preview.rows.find((r) => r.rowNumber === 5)?.values.name).toBe('Æblehaven Børnehus');
    // Nothing is written by a preview.
    expect((await call(t.ctx, 'organisations.list', {})).total).toBe(0);
  });

  it('says every preview error and note in Danish and in English from the same codes', async () => {
    await call(t.ctx, 'organisations.create', { name: 'Ærø Ungdomsskole', kind: 'ngo' });
    const long = 'Å'.repeat(201);
    const csv = `Navn;Type;Relation\nUden Type;;\nForkert Relation;Andet;måske\n${long};Andet;\n;Andet;\nærø ungdomsskole;Andet;\n`;
    const preview = await call(t.ctx, 'actors.importPreview', { fileName: 'liste.csv', base64: b64(Buffer.from(csv, 'utf8')), target: 'organisations' });
    const row = (n: number) => preview.rows.find((r) => r.rowNumber === n)!;
    const both = (issues: ImportRowPreview['errors']) => [said(issues), said(issues, 'en')];
    expect(row(2).errors).toEqual([]);
    expect(both(row(2).notes)).toEqual(['Ingen type – sættes til “Andet”', 'No kind – set to “Other”']);
    expect(both(row(3).errors)).toEqual(['Ukendt relation “måske” (brug “Fast deltager” eller “Inddrages ad hoc”)', 'Unknown relation “måske” (use “Core participant” or “Involved ad hoc”)']);
    expect(row(4).errors).toEqual([{ code: 'invalid', field: 'name', rule: { key: 'zod.tooLong', params: { max: 200 } } }]);
    expect(both(row(4).errors)).toEqual(['Navn: Højst 200 tegn', 'Name: At most 200 characters']);
    expect(both(row(5).errors)).toEqual(['Navn: Skal udfyldes', 'Name: Required']);
    expect(both(row(6).errors)).toEqual(['“ærø ungdomsskole” findes allerede', '“ærø ungdomsskole” already exists']);
    // No prose travels: every issue is a code with values.
    const issues = preview.rows.flatMap((r) => [...r.errors, ...r.notes]);
    expect(issues.every((i) => typeof i === 'object' && typeof i.code === 'string')).toBe(true);
  });

  it('reads UTF-8 with BOM and commas, and imports only valid rows when asked', async () => {
    const csv = '\ufeffname,kind,email\n"Jobcenter Hvidovre, Ungeindsatsen",municipal_department,\nTEC,vocational_college,\n,company,\n';
    const req = { fileName: 'liste.csv', base64: b64(Buffer.from(csv, 'utf8')), target: 'organisations' as const };
    const preview = await call(t.ctx, 'actors.importPreview', req);
    expect(preview.encoding).toBe('utf-8');
    expect(preview.separator).toBe(',');
    expect(preview.errorCount).toBe(1);
    const res = await call(t.ctx, 'actors.importCommit', { ...req, mode: 'validRows' });
    expect(res).toEqual({ created: 2, skipped: 1 });
    expect((await call(t.ctx, 'organisations.list', {})).items.map((o) => o.name)).toEqual(['Jobcenter Hvidovre, Ungeindsatsen', 'TEC']);
  });

  it('all-or-nothing writes nothing when a row is invalid', async () => {
    const base64 = await xlsxBase64([['Navn', 'E-mail'], ['Åse Ørnø', 'aase@hvidovre.dk'], ['Bent', 'ikke-mail']]);
    const env = await dispatch(t.ctx, 'actors.importCommit', { fileName: 'personer.xlsx', base64, target: 'people', mode: 'allOrNothing' }, () => undefined);
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toContain('Intet er importeret');
    expect((await call(t.ctx, 'people.list', {})).total).toBe(0);
  });

  it('imports people from xlsx, links existing organisations and creates missing ones', async () => {
    await call(t.ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    const base64 = await xlsxBase64([
      ['Navn', 'Titel', 'Organisation', 'E-mail', 'Telefon'],
      ['Jørgen Lærkesen', 'Rektor', 'hvidovre gymnasium', 'jl@hvidovre-gym.dk', '36 49 25 00'],
      ['Søs Ærenlund', 'Vejleder', 'UU Center-Syd', 'soes@uu.dk', '+45 12 34 56 78'],
      ['Dublet', '', '', 'jl@hvidovre-gym.dk', ''],
    ]);
    const req = { fileName: 'kontakter.xlsx', base64, target: 'people' as const };
    const preview = await call(t.ctx, 'actors.importPreview', req);
    expect(preview.encoding).toBe('xlsx');
    expect(said(preview.rows.find((r) => r.rowNumber === 4)?.errors)).toBe('E-mailadressen jl@hvidovre-gym.dk findes allerede');
    expect(said(preview.rows.find((r) => r.rowNumber === 4)?.errors, 'en')).toBe('The e-mail address jl@hvidovre-gym.dk already exists');
    expect(said(preview.rows.find((r) => r.rowNumber === 3)?.notes)).toBe('Ny organisation oprettes: UU Center-Syd');
    expect(said(preview.rows.find((r) => r.rowNumber === 3)?.notes, 'en')).toBe('New organisation will be created: UU Center-Syd');
    expect(await call(t.ctx, 'actors.importCommit', { ...req, mode: 'validRows' })).toEqual({ created: 2, skipped: 1 });
    const people = await call(t.ctx, 'people.list', {});
    expect(people.items.map((p) => [p.name, p.organisationName])).toEqual([
      ['Jørgen Lærkesen', 'Hvidovre Gymnasium'],
      ['Søs Ærenlund', 'UU Center-Syd'],
    ]);
  });

  it('lets the user remap columns and rejects files that are not what they claim', async () => {
    const csv = 'Kontakt;Arbejdsplads\nLise;UU\n';
    const base = { fileName: 'x.csv', base64: b64(Buffer.from(csv)), target: 'people' as const };
    const remapped = await call(t.ctx, 'actors.importPreview', { ...base, mapping: { name: 0, organisation: 1 } });
    expect(remapped.rows[0]?.values).toMatchObject({ name: 'Lise', organisation: 'UU' });
    const fake = await dispatch(t.ctx, 'actors.importPreview', { fileName: 'fake.xlsx', base64: b64(Buffer.from('hej')), target: 'people' }, () => undefined);
    expect(fake.ok).toBe(false);
    if (!fake.ok) expect(fake.error.message).toContain('ikke et Excel-ark');
    const pdf = await dispatch(t.ctx, 'actors.importPreview', { fileName: 'x.pdf', base64: b64(Buffer.from('%PDF')), target: 'people' }, () => undefined);
    expect(pdf.ok).toBe(false);
  });
});
