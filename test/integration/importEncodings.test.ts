import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, useMemoryContext } from '../helpers/db';

const t = useMemoryContext({ beforeEach, afterEach });
const b64 = (buf: Buffer) => buf.toString('base64');

/** Every character Danish Excel's "CSV (semikolonsepareret)" holds in 0x80–0x9F, and æøå. */
const NOTE = 'Pris 100 € – “citat” ‘x’ … • Æblehaven — Œ š ™ ‰ †';
const NAME = 'Børnehuset “Ærø” – Århus';

async function importAndReadBack(fileName: string, bytes: Buffer, expected: { encoding: string; separator: string }) {
  const req = { fileName, base64: b64(bytes), target: 'organisations' as const };
  const preview = await call(t.ctx, 'actors.importPreview', req);
  expect(preview).toMatchObject({ ...expected, totalRows: 1, validCount: 1 });
  expect(preview.rows[0]!.values).toMatchObject({ name: NAME, notes: NOTE });
  expect(await call(t.ctx, 'actors.importCommit', { ...req, mode: 'allOrNothing' })).toEqual({ created: 1, skipped: 0 });
  const [org] = (await call(t.ctx, 'organisations.list', {})).items;
  const stored = await call(t.ctx, 'organisations.get', { id: org!.id });
  expect({ name: stored.name, notes: stored.notes }).toEqual({ name: NAME, notes: NOTE });
}

describe('import text encodings (issue 19)', () => {
  it('Windows-1252 from Danish Excel: € – “ ” ‘ ’ … • arrive exactly', async () => {
    const bytes = iconv.encode(`Navn;Type;Noter\r\n${NAME};Andet;${NOTE}\r\n`, 'windows-1252');
    // The bytes really are cp1252 (0x80 is €, 0x96 is –), not UTF-8.
    expect([...bytes].filter((b) => b >= 0x80 && b <= 0x9f).length).toBeGreaterThanOrEqual(12);
    await importAndReadBack('aktører.csv', bytes, { encoding: 'windows-1252', separator: ';' });
  });

  it('UTF-8 with a byte order mark', async () => {
    await importAndReadBack('bom.csv', Buffer.from(`\ufeffNavn;Type;Noter\n${NAME};Andet;${NOTE}\n`, 'utf8'), { encoding: 'utf-8', separator: ';' });
  });

  it('UTF-8 without a byte order mark, commas', async () => {
    await importAndReadBack('plain.csv', Buffer.from(`Navn,Type,Noter\n"${NAME}",Andet,"${NOTE}"\n`, 'utf8'), { encoding: 'utf-8', separator: ',' });
  });

  it('UTF-16 from Excel\'s "Unicode text" (.txt, BOM, tabs)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`Navn\tType\tNoter\r\n${NAME}\tAndet\t${NOTE}\r\n`, 'utf-16le')]);
    await importAndReadBack('Unicode-tekst.txt', bytes, { encoding: 'utf-16le', separator: '\t' });
  });

  it('UTF-16 big-endian without a BOM is detected', async () => {
    await importAndReadBack('be.txt', iconv.encode(`Navn\tType\tNoter\r\n${NAME}\tAndet\t${NOTE}\r\n`, 'utf-16be'), { encoding: 'utf-16be', separator: '\t' });
  });

  it('an encoding chosen by the user wins over detection', async () => {
    const bytes = iconv.encode(`Navn;Type\r\nÆblehaven;Andet\r\n`, 'windows-1252');
    const preview = await call(t.ctx, 'actors.importPreview', { fileName: 'a.csv', base64: b64(bytes), target: 'organisations', encoding: 'windows-1252' });
    expect(preview.rows[0]!.values.name).toBe('Æblehaven');
    await expect(call(t.ctx, 'actors.importPreview', { fileName: 'a.csv', base64: b64(bytes), target: 'organisations', encoding: 'utf-8' })).rejects.toThrow(/ikke gyldig UTF-8/);
  });
});
