import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, memoryDb, tempFile } from '../helpers/db';
import { parseIcs } from '../helpers/ical';
import { readWorkbook } from '../helpers/xlsx';

// eslint-disable-next-line no-control-regex
const CTL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Rows stored before the text rule (or written around it) may hold control characters: no file may carry them. */
describe('generated files escape what their format requires (issue 19)', () => {
  it('an old row with control characters gives a valid .ics and .xlsx without them', async () => {
    const db = await memoryDb();
    await loadDemoData(db);
    const ctx = ctxOf(db);
    const raw = db.raw();
    const meeting = raw.prepare('SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY id LIMIT 1').get() as { id: number };
    raw.prepare('UPDATE meeting SET title = ?, place = ? WHERE id = ?').run('Styregruppe\u0007møde\u001b[31m, Ærø; del 1', 'Rådhuset\u0000 lok. 2\u000b', meeting.id);
    const org = raw.prepare('SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id LIMIT 1').get() as { id: number };
    raw.prepare('UPDATE organisation SET name = ?, notes = ? WHERE id = ?').run('Hvidovre\u0007 Gymnasium\u007f', 'Linje 1\nLinje\u0001 2', org.id);

    const ics = Buffer.from((await call(ctx, 'meetings.ics', { id: meeting.id })).base64!, 'base64').toString('utf8');
    // RFC 5545 §3.1: no control characters in a content line other than HTAB (lines end in CRLF).
    expect(ics.split('\r\n').filter((l) => CTL.test(l))).toEqual([]);
    const parsed = parseIcs(ics);
    expect(parsed.events[0]!.summary).toMatch(/^Styregruppemøde\[31m, Ærø; del 1/);
    expect(parsed.events[0]!.location).toBe('Rådhuset lok. 2');

    const file = await call(ctx, 'actors.exportOverview', {});
    const bytes = Buffer.from(file.base64!, 'base64');
    const wb = await readWorkbook(bytes);
    const names: string[] = [];
    wb.getWorksheet('Organisationer')!.eachRow((row) => names.push(String(row.getCell(1).value ?? '')));
    expect(names).toContain('Hvidovre Gymnasium');
    // An independent reader: LibreOffice converts the workbook to CSV (it refuses malformed XML).
    const xlsx = tempFile('oversigt.xlsx');
    fs.writeFileSync(xlsx, bytes);
    const outDir = tempFile('csv');
    execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', outDir, xlsx], { stdio: 'ignore', timeout: 120_000 });
    const csv = fs.readFileSync(`${outDir}/oversigt.csv`, 'utf8');
    expect(csv).toContain('Hvidovre Gymnasium');
    expect(CTL.test(csv.replace(/\r?\n/g, ''))).toBe(false);
    await db.close();
  }, 180_000);
});
