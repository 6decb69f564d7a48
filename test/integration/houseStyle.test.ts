import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import type { HandlerContext } from '../../main/api/handlers';
import type { FileResult } from '../../preload/contract';
import { call, ctxOf, memoryDb, tempFile } from '../helpers/db';
import { meetingWithMinutes, mentorCorps } from '../helpers/documentFixtures';
import { pdfText } from '../helpers/pdf';
import { countColour, rasterPage, solidPng } from '../helpers/png';

const MAGENTA: [number, number, number] = [230, 0, 200];
const buf = (f: FileResult) => Buffer.from(f.base64 ?? '', 'base64');

async function withLogo(ctx: HandlerContext) {
  await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
  await call(ctx, 'houseStyle.update', { addressLines: 'Ramsherred 5\n5700 Svendborg', contactLines: 'Tlf. 62 23 30 00\nwww.svendborg.dk', accentColor: '#7A1F3D' });
  return call(ctx, 'houseStyle.setLogo', { fileName: 'svendborg-logo.png', mimeType: 'image/png', base64: solidPng(300, 120, MAGENTA).toString('base64') });
}

/** Every PDF Samspil writes, for one data file. */
async function everyPdf(ctx: HandlerContext): Promise<Record<string, FileResult>> {
  const memo = await call(ctx, 'memos.create', mentorCorps);
  const { meeting } = await meetingWithMinutes(ctx);
  return {
    memo: await call(ctx, 'memos.pdf', { id: memo.id }),
    memoEn: await call(ctx, 'memos.pdf', { id: memo.id, language: 'en' }),
    agenda: await call(ctx, 'meetings.agendaPdf', { id: meeting.id }),
    minutes: await call(ctx, 'meetings.minutesPdf', { id: meeting.id }),
    statusReport: await call(ctx, 'statusReport.pdf', { fromDate: '2014-01-01', toDate: '2014-12-31' }),
    stakeholders: await call(ctx, 'stakeholders.pdf', {}),
    wheel: await call(ctx, 'wheel.pdf', { year: 2014 }),
  };
}

describe('house style (Indstillinger → brevhoved)', () => {
  it('keeps the logo in the data file and refuses wrong files with a clear Danish message', async () => {
    const ctx = ctxOf(await memoryDb());
    expect(await call(ctx, 'houseStyle.get', {})).toMatchObject({ logo: null, accentColor: '#1f4e79', addressLines: '' });
    const style = await withLogo(ctx);
    expect(style).toMatchObject({ accentColor: '#7a1f3d', addressLines: 'Ramsherred 5\n5700 Svendborg', logo: { fileName: 'svendborg-logo.png', width: 300, height: 120 } });

    const refuse = (input: Parameters<typeof call<'houseStyle.setLogo'>>[2]) => call(ctx, 'houseStyle.setLogo', input).catch((e: { apiError: { message: string } }) => e.apiError.message);
    expect(await refuse({ fileName: 'stor.png', mimeType: 'image/png', base64: Buffer.alloc(1_300_000, 1).toString('base64') })).toMatch(/fylder 1,2 MB; det må højst fylde 1 MB/);
    expect(await refuse({ fileName: 'logo.png', mimeType: 'image/png', base64: Buffer.from('GIF89a not a png at all, really not').toString('base64') })).toMatch(/ikke en gyldig PNG-fil/);
    expect(await refuse({ fileName: 'lille.png', mimeType: 'image/png', base64: solidPng(8, 8, MAGENTA).toString('base64') })).toMatch(/kun 8 × 8 punkter/);
    const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`).toString('base64');
    expect(await refuse({ fileName: 'logo.svg', mimeType: 'image/svg+xml', base64: svg('<script>alert(1)</script>'), pngBase64: solidPng(40, 40, MAGENTA).toString('base64') })).toMatch(/script/);
    expect(await refuse({ fileName: 'logo.svg', mimeType: 'image/svg+xml', base64: svg('<rect width="10" height="10"/>') })).toMatch(/PNG-gengivelse/);
    const err = (await call(ctx, 'houseStyle.update', { addressLines: '', contactLines: '', accentColor: 'rød' }).catch((e: { apiError: unknown }) => e.apiError)) as { fieldErrors: Record<string, string[]> };
    expect(err.fieldErrors.accentColor?.[0]).toMatch(/#RRGGBB/);
    // The refused files changed nothing.
    expect((await call(ctx, 'houseStyle.get', {})).logo?.fileName).toBe('svendborg-logo.png');

    const withSvg = await call(ctx, 'houseStyle.setLogo', { fileName: 'logo.svg', mimeType: 'image/svg+xml', base64: svg('<rect width="10" height="10" fill="#e600c8"/>'), pngBase64: solidPng(64, 64, MAGENTA).toString('base64') });
    expect(withSvg.logo).toMatchObject({ mimeType: 'image/svg+xml', width: 64, height: 64 });
    expect((await call(ctx, 'houseStyle.removeLogo', {})).logo).toBeNull();
  });

  it('puts the logo top right on page 1 of every PDF, with the municipality, and only there', async () => {
    const ctx = ctxOf(await memoryDb());
    await withLogo(ctx);
    const pdfs = await everyPdf(ctx);
    const out = process.env.SAMSPIL_KEEP_PAGES;
    for (const [name, file] of Object.entries(pdfs)) {
      const pdf = buf(file);
      if (out) fs.writeFileSync(path.join(out, `${name}.pdf`), pdf);
      const page1 = rasterPage(pdf, 1);
      const topRight = countColour(page1, MAGENTA, { x0: 0.6, y0: 0, x1: 1, y1: 0.16 });
      const elsewhere = countColour(page1, MAGENTA, { x0: 0, y0: 0.16, x1: 1, y1: 1 }) + countColour(page1, MAGENTA, { x0: 0, y0: 0, x1: 0.6, y1: 0.16 });
      expect(topRight, `${name}: logo pixels top right`).toBeGreaterThan(150);
      expect(elsewhere, `${name}: logo pixels elsewhere`).toBe(0);
      const text = pdfText(pdf);
      expect(text, name).toContain('Svendborg Kommune');
      expect(text, name).toContain('Ramsherred 5');
      expect(text, name).toContain('www.svendborg.dk');
    }
    // Page 2 of the status report carries the usual running header, no logo.
    const page2 = rasterPage(buf(pdfs.statusReport!), 2);
    expect(countColour(page2, MAGENTA, { x0: 0, y0: 0, x1: 1, y1: 1 })).toBe(0);
  });

  it('without a logo the PDFs look as before: the partnership in the running header, no letterhead', async () => {
    const ctx = ctxOf(await memoryDb());
    await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
    await call(ctx, 'houseStyle.update', { addressLines: 'Ramsherred 5', contactLines: '', accentColor: '#1f4e79' });
    const memo = await call(ctx, 'memos.create', mentorCorps);
    const text = pdfText(await call(ctx, 'memos.pdf', { id: memo.id }));
    expect(text).toContain('Erhvervsmentorkorpset på Sydfyn');
    expect(text).not.toContain('Ramsherred');
  });

  it('puts the letterhead on the first sheet of every workbook, with the logo as an image', async () => {
    const ctx = ctxOf(await memoryDb());
    await withLogo(ctx);
    const { aase } = await meetingWithMinutes(ctx);
    const books = {
      statusReport: await call(ctx, 'statusReport.xlsx', { fromDate: '2014-01-01', toDate: '2014-12-31' }),
      actors: await call(ctx, 'actors.exportOverview', {}),
      actionItems: await call(ctx, 'actionItems.exportXlsx', {}),
      person: await call(ctx, 'people.exportData', { id: aase.id, format: 'xlsx' }),
    };
    for (const [name, file] of Object.entries(books)) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-xlsx-'));
      const xlsx = path.join(dir, 'book.xlsx');
      fs.writeFileSync(xlsx, buf(file));
      const list = execFileSync('unzip', ['-l', xlsx], { encoding: 'utf8' });
      // The actor overview comes from exceljs's streaming writer (70,000 rows); its logo is added by xlsxStreamLogo.ts.
      expect(list, name).toMatch(/xl\/media\/image\d*\.png/);
      expect(list, name).toMatch(/xl\/drawings\/drawing\d+\.xml/);
      // LibreOffice reads the workbook; the first sheet's text starts with the letterhead.
      execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120_000 });
      const csv = fs.readFileSync(path.join(dir, 'book.csv'), 'utf8').split('\n');
      expect(csv[0], name).toMatch(/^"?Svendborg Kommune/);
      expect(csv[1], name).toMatch(/Erhvervsmentorkorpset på Sydfyn/);
      expect(csv[2], name).toMatch(/Ramsherred 5/);
      // And it draws the logo over the letterhead rows, right of the text, on the first page only.
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120_000 });
      const page1 = rasterPage(fs.readFileSync(path.join(dir, 'book.pdf')), 1);
      expect(countColour(page1, MAGENTA, { x0: 0.3, y0: 0, x1: 1, y1: 0.3 }), name).toBeGreaterThan(100);
      expect(countColour(page1, MAGENTA, { x0: 0, y0: 0.3, x1: 1, y1: 1 }), name).toBe(0);
    }
  }, 240_000);

  it('adds letterhead_logo to an existing data file (LetterheadLogo1700000000160)', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'LetterheadLogo1700000000160');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    await call(ctxOf(before), 'settings.update', { partnershipName: 'Ungepartnerskabet i Nyborg', municipality: 'Nyborg Kommune' });
    expect(await before.ds.createQueryRunner().hasTable('letterhead_logo')).toBe(false);
    await before.close();
    const after = await openDatabase({ file });
    expect(await call(ctxOf(after), 'settings.get', {})).toMatchObject({ partnershipName: 'Ungepartnerskabet i Nyborg' });
    expect((await withLogo(ctxOf(after))).logo?.width).toBe(300);
    await after.close();
  });
});
