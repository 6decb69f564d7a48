import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { seedHjorring } from '../helpers/hjorring';
import { pdfText } from '../helpers/pdf';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

// LibreOffice is optional on build machines (apt-get install libreoffice-calc-nogui); where present this must pass.
describe.skipIf(!soffice)('status report in LibreOffice', () => {
  it('opens the workbook headless and converts every sheet to PDF with the values', async () => {
    const db = await memoryDb();
    await seedHjorring(ctxOf(db));
    const file = await call(ctxOf(db), 'statusReport.xlsx', { fromDate: '2020-01-01', toDate: '2020-12-31' });
    await db.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lo-'));
    const xlsx = path.join(dir, 'Statusrapport 2020.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(file.base64!, 'base64'));
    execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'pipe' });
    const text = pdfText(fs.readFileSync(path.join(dir, 'Statusrapport 2020.pdf'))).replace(/\s+/g, ' ');
    for (const s of ['Statusrapport 2020 – Overblik', 'Statusrapport 2020 – Økonomi', 'Obligatoriske erhvervspraktikker', 'Ikke på sporet', 'Side 1 af']) expect(text).toContain(s);
    // The number format is locale-aware: 1,547 in an English LibreOffice, 1.547 in a Danish one.
    expect(text).toMatch(/1[.,]547/);
  }, 180_000);
});
