import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileResult } from '../../preload/contract';

export interface DocxRoundTrip {
  /** LibreOffice's plain text of the document. */
  text: string;
  /** The PDF LibreOffice made from it. */
  pdf: Buffer;
  /** word/document.xml and the header parts, as stored. */
  documentXml: string;
  headerXml: string;
  /** Names of the parts in the package. */
  parts: string[];
}

/** Opens a .docx in LibreOffice headless (an independent reader) and converts it to text and to PDF. */
export function docxRoundTrip(file: FileResult): DocxRoundTrip {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-docx-'));
  const docx = path.join(dir, 'doc.docx');
  fs.writeFileSync(docx, Buffer.from(file.base64 ?? '', 'base64'));
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 180_000 });
  const parts = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const read = (p: string) => execFileSync('unzip', ['-p', docx, p], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    text: fs.readFileSync(path.join(dir, 'doc.txt'), 'utf8').replace(/^\uFEFF/, ''),
    pdf: fs.readFileSync(path.join(dir, 'doc.pdf')),
    documentXml: read('word/document.xml'),
    headerXml: parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map(read).join('\n'),
    parts,
  };
}

/** Paragraph style ids used in word/document.xml, with counts. */
export function paragraphStyles(documentXml: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of documentXml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)) out[m[1]!] = (out[m[1]!] ?? 0) + 1;
  return out;
}

/** The text of a .docx read from its XML (body, headers, footers), without LibreOffice: fast enough for many documents. */
export function docxXmlText(file: FileResult): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-docx-'));
  const docx = path.join(dir, 'doc.docx');
  fs.writeFileSync(docx, Buffer.from(file.base64 ?? '', 'base64'));
  const parts = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n').filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  const xml = parts.map((p) => execFileSync('unzip', ['-p', docx, p], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).join('\n');
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:(tab|br)\/>/g, ' ')
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}
