import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { memoryDb, ctxOf } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';

const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');

async function bigXlsx(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Aktører');
  ws.addRow(['Navn', 'Type']);
  for (let i = 0; i < rows; i++) ws.addRow([`Skole ${i}`, 'Uddannelse']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('hostile import files', () => {
  it('are refused with a clear Danish message, write nothing and keep memory bounded', async () => {
    const db = await memoryDb();
    const ctx = ctxOf(db);
    const csv100k = Buffer.from(['Navn;Type', ...Array.from({ length: 100_000 }, (_, i) => `Forening ${i};Forening`)].join('\n'));
    // A "zip bomb" in miniature: a valid xlsx whose sheet inflates to ~30,000 rows from a small file.
    const xlsx30k = await bigXlsx(30_000);
    const cases: [string, string, string, RegExp][] = [
      ['oversized (11 MB)', 'stor.csv', b64(Buffer.alloc(11 * 1024 * 1024, 65)), /større end 10 MB/],
      ['not an Excel file', 'falsk.xlsx', b64(Buffer.from('PK\u0003\u0004 ikke et regneark')), /Excel-ark/],
      ['PNG named .xlsx', 'billede.xlsx', b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /Excel-ark/],
      ['wrong type (.exe)', 'program.exe', b64(Buffer.from('MZ')), /./],
      ['100,000-row CSV', 'mange.csv', b64(csv100k), /mere end 20\.000 rækker/],
      [`compressed xlsx, ${Math.round(xlsx30k.length / 1024)} kB → 30,000 rows`, 'bombe.xlsx', b64(xlsx30k), /mere end 20\.000 rækker/],
    ];
    const before = dumpHash(db.raw());
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const results = [];
    for (const [name, fileName, base64, message] of cases) {
      for (const channel of ['actors.importPreview', 'actors.importCommit'] as const) {
        const input = channel === 'actors.importCommit' ? { fileName, base64, target: 'organisations', mode: 'validRows' } : { fileName, base64, target: 'organisations' };
        const r = await dispatch(ctx, channel, input, () => undefined);
        peak = Math.max(peak, process.memoryUsage().rss);
        const said = r.ok ? '' : `${r.error.message} ${Object.values(r.error.fieldErrors ?? {}).flat().join(' ')}`;
        results.push({ name: `${name} (${channel})`, said, refused: !r.ok, clear: !r.ok && message.test(said) && r.error.code !== 'INTERNAL' });
      }
    }
    const unchanged = dumpHash(db.raw()) === before;
    const growthMb = Math.round((peak - rssBefore) / 2 ** 20);
    const failed = results.filter((r) => !r.refused || !r.clear).length + (unchanged ? 0 : 1);
    recordFigure('Hostile import files refused', results.length, failed, `${results.filter((r) => r.refused).length} refused with a clear message, database unchanged: ${unchanged}, memory growth ${growthMb} MB`);
    expect(results.filter((r) => !r.refused || !r.clear)).toEqual([]);
    expect(unchanged).toBe(true);
    expect(growthMb).toBeLessThan(100);
    await db.close();
  }, 120_000);
});
