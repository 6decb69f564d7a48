import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, useMemoryContext } from '../helpers/db';
import type ExcelJS from 'exceljs';
import { readWorkbook, sheetRows as cells } from '../helpers/xlsx';

/** Rows padded to the header's width: empty text is written as no cell at all. */
const sheetRows = (ws: ExcelJS.Worksheet) => cells(ws).map((r, _, all) => [...r, ...Array<string>(Math.max(0, all[0]!.length - r.length)).fill('')]);

const t = useMemoryContext({ beforeEach, afterEach });

describe('actor overview export', () => {
  it('has Danish headers, frozen header row, autofilter, widths and one sheet each for organisations and people', async () => {
    const org = await call(t.ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc', relationReason: 'Skal inddrages aktivt' });
    const p = await call(t.ctx, 'people.create', { name: 'Jens Øbro', title: 'Formand', organisationId: org.id, email: 'jo@lbr.dk', relation: 'core' });
    const body = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'chair' });
    await call(t.ctx, 'organisations.create', { name: '=HYPERLINK("http://x")', kind: 'other' });

    const file = await call(t.ctx, 'actors.exportOverview', {});
    expect(file.fileName).toMatch(/^Aktøroversigt \d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Organisationer', 'Personer']);
    const orgs = wb.getWorksheet('Organisationer')!;
    expect(sheetRows(orgs)).toEqual([
      ['Navn', 'Type', 'Relation', 'Begrundelse', 'Antal personer', 'Organer'],
      ['=HYPERLINK("http://x")', 'Andet', '', '', '0', ''],
      ['Det lokale beskæftigelsesråd', 'Fagforening/arbejdsgiverorganisation', 'Inddrages ad hoc', 'Skal inddrages aktivt', '1', ''],
    ]);
    expect(orgs.getCell('A2').type).toBe(3); // ValueType.String: user text never becomes a formula
    expect(orgs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(orgs.autoFilter).toBeTruthy();
    expect(orgs.getColumn(1).width).toBeGreaterThan(20);
    expect(orgs.getRow(1).font?.bold).toBe(true);
    expect(orgs.autoFilter).toBe('A1:F3');
    expect(orgs.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    expect(orgs.headerFooter.oddHeader).toBe('&LAktøroversigt&ROrganisationer');
    expect(orgs.getRow(1).fill).toMatchObject({ fgColor: { argb: 'FF1F4E79' } });
    const people = sheetRows(wb.getWorksheet('Personer')!);
    expect(people[0]).toEqual(['Navn', 'Titel', 'Organisation', 'E-mail', 'Telefon', 'Relation', 'Organer']);
    expect(people[1]).toEqual(['Jens Øbro', 'Formand', 'Det lokale beskæftigelsesråd', 'jo@lbr.dk', '', 'Fast deltager', 'Styregruppen']);
  });
});

describe('spreadsheet headers', () => {
  it('writes & in header text as && so Excel shows it instead of reading a code', async () => {
    const { addTableSheet, newWorkbook } = await import('../../main/documents/xlsx');
    const wb = await newWorkbook();
    const ws = addTableSheet(wb, 'Ark', [{ header: 'Navn', width: 10, value: (r: { n: string }) => r.n }], [{ n: 'x' }], 'Hvidovre Gymnasium & HF');
    expect(ws.headerFooter.oddHeader).toBe('&LHvidovre Gymnasium && HF&RArk');
  });
});
