import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileResult } from '../../preload/contract';

/** Text of a PDF as poppler's pdftotext reads it (an extractor independent of pdfkit). */
export function pdfText(pdf: Buffer | FileResult, opts: { layout?: boolean } = {}): string {
  const buf = Buffer.isBuffer(pdf) ? pdf : Buffer.from(pdf.base64 ?? '', 'base64');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, buf);
  return execFileSync('pdftotext', [...(opts.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: Buffer): number {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
