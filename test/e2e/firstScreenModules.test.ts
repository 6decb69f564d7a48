import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { TOKEN_HEADER } from '../../main/host/httpHost';
import type { ChannelInput, ChannelName, ChannelOutput, FileResult } from '../../preload/contract';
import type { Envelope } from '../../preload/contract/errors';
import { call, ctxOf, tempFile } from '../helpers/db';
import { docxXmlText } from '../helpers/docx';
import { parseMail } from '../helpers/mail';
import { pdfText } from '../helpers/pdf';
import { readWorkbook } from '../helpers/xlsx';

/**
 * Issue 17: process start to the first screen loads none of the document and mail libraries (they cost the
 * start module loading the first screen does not need); the first PDF, workbook and invitation load them,
 * and they work from the built bundle. The built browser-mode host (`node out/main/web.js`) runs with a
 * preload (`node -r`) that prints the packages in the process's module cache on SIGUSR2.
 * Needs `npx electron-vite build` first.
 */
// pg too: only a server needs it.
const LIBRARIES = ['pdfkit', 'fontkit', 'exceljs', 'docx', 'nodemailer', 'mailparser', 'papaparse', 'iconv-lite', 'pg'];
const repoRoot = path.resolve(__dirname, '../..');
const PROBE = `
process.on('SIGUSR2', () => {
  process.stdout.write('@@modules ' + JSON.stringify(Object.keys(require.cache)) + '\\n');
});
`;

/** A package's name from a module's path (the last node_modules in it). */
function packageOf(file: string): string | null {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*[\\/]node_modules[\\/])/.exec(file);
  return m ? m[1]!.replace(/\\/g, '/') : null;
}

let child: ChildProcess;
let out = '';
let origin = '';
let token = '';

/** Waits for the host's output to match (no time limit of its own: the test's ceiling reports a failure). */
function waitForOutput<T>(read: (output: string) => T | null): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = read(out);
      if (found === null) return;
      child.stdout!.off('data', check);
      child.off('exit', stopped);
      resolve(found);
    };
    const stopped = (code: number | null) => reject(new Error(`web.js stopped (${code}):\n${out}`));
    child.stdout!.on('data', check);
    child.once('exit', stopped);
    check();
  });
}

/** The packages loaded in the host process right now. */
async function loadedPackages(): Promise<Set<string>> {
  const seen = out.split('@@modules ').length;
  child.kill('SIGUSR2');
  const line = await waitForOutput((o) => {
    const parts = o.split('@@modules ');
    if (parts.length <= seen) return null;
    const last = parts[parts.length - 1]!;
    const end = last.indexOf('\n');
    return end < 0 ? null : last.slice(0, end);
  });
  return new Set((JSON.parse(line) as string[]).map(packageOf).filter((p): p is string => p !== null));
}

async function api<C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const res = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(input) });
  const env = (await res.json()) as Envelope<ChannelOutput<C>>;
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message}`);
  return env.data;
}

const bytes = (f: FileResult) => Buffer.from(f.base64 ?? '', 'base64');

beforeAll(async () => {
  // A file with the demo partnership, written by this program (no migrations at the start below).
  const dbFile = tempFile('first-screen.sqlite');
  const db = await openDatabase({ file: dbFile });
  await call(ctxOf(db), 'app.loadDemo', {});
  await db.close();
  const probe = path.join(path.dirname(dbFile), 'probe.cjs');
  fs.writeFileSync(probe, PROBE);
  child = spawn(process.execPath, ['-r', probe, path.join(repoRoot, 'out/main/web.js'), '--db', dbFile, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const url = new URL(await waitForOutput((o) => /Åbn: (http:\/\/\S+)/.exec(o)?.[1] ?? null));
  origin = url.origin;
  token = url.searchParams.get('token')!;
});

afterAll(() => {
  child?.kill('SIGKILL');
});

describe('process start loads the document libraries on first use (issue 17)', () => {
  it('answers the first screen without them, then writes a PDF, a workbook, an invitation and a .docx with them', async () => {
    const overview = await api('overview.sections', {});
    expect(Object.keys(overview).length).toBeGreaterThan(0);
    const atStart = await loadedPackages();
    // The probe sees the program's packages: the database layer is there, no document library is.
    expect(atStart.has('typeorm')).toBe(true);
    expect(LIBRARIES.filter((p) => atStart.has(p))).toEqual([]);

    const memo = (await api('memos.list', {})).items[0]!;
    const pdf = await api('memos.pdf', { id: memo.id });
    expect(pdfText(pdf)).toContain(memo.title);

    const workbook = await readWorkbook(await api('actors.exportOverview', {}));
    expect(workbook.worksheets[0]!.rowCount).toBeGreaterThan(1);

    const meeting = (await api('meetings.list', {})).items[0]!;
    const mail = parseMail(bytes(await api('mail.draft', { kind: 'invitation', id: meeting.id })));
    expect(mail.calendarParts.length).toBeGreaterThan(0);
    expect(mail.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true);

    const docx = await api('memos.docx', { id: memo.id });
    expect(bytes(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxXmlText(docx)).toContain(memo.title);

    const after = await loadedPackages();
    for (const p of ['pdfkit', 'fontkit', 'exceljs', 'nodemailer']) expect(after.has(p), p).toBe(true);
    // The .docx came from the worker thread (out/main/docxWorker.js), which has a module cache of its own.
    expect(after.has('docx')).toBe(false);
  });
});
