import crypto from 'node:crypto';
import zlib from 'node:zlib';

/**
 * Hostile .xlsx files built in the test: a valid zip whose first sheet is `head`, then `block`
 * repeated `times`, then `tail`. Each block is deflated once with a full flush and its bytes are
 * repeated, so a gigabyte of XML costs a few MB and a second to build. `salt` bytes of random
 * text per block make the file as large as a real bomb (3.4 MB for 1.1 GB).
 */
export function xlsxBomb(parts: { head: string; block: (salt: string) => string; times: number; tail: string; saltBytes?: number }): { file: Buffer; inflated: number } {
  const head = Buffer.from(parts.head);
  const tail = Buffer.from(parts.tail);
  const segments: Buffer[] = [zlib.deflateRawSync(head, { finishFlush: zlib.constants.Z_FULL_FLUSH })];
  let crc = zlib.crc32(head);
  let inflated = head.length;
  // A handful of distinct blocks, repeated: different bytes, same cost to build.
  const variants = Array.from({ length: 16 }, () => {
    const raw = Buffer.from(parts.block(crypto.randomBytes(parts.saltBytes ?? 0).toString('hex')));
    return { raw, packed: zlib.deflateRawSync(raw, { finishFlush: zlib.constants.Z_FULL_FLUSH }) };
  });
  for (let i = 0; i < parts.times; i++) {
    const v = variants[i % variants.length]!;
    segments.push(v.packed);
    crc = zlib.crc32(v.raw, crc);
    inflated += v.raw.length;
  }
  segments.push(zlib.deflateRawSync(tail));
  crc = zlib.crc32(tail, crc);
  inflated += tail.length;
  const sheet = Buffer.concat(segments);
  return { file: zip([{ name: 'xl/worksheets/sheet1.xml', data: sheet, crc, size: inflated }, ...scaffold()]), inflated };
}

function scaffold(): { name: string; data: Buffer; crc: number; size: number }[] {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  };
  return Object.entries(files).map(([name, text]) => {
    const raw = Buffer.from(text);
    return { name, data: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length };
  });
}

function zip(entries: { name: string; data: Buffer; crc: number; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1" t="inlineStr"><is><t>Type</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The bombs: ~1 GB of XML each. */
export const bombs = {
  /** Every row claims to be row 2: 3.4 MB file, ~1.1 GB inflated. */
  repeatedRow: () =>
    xlsxBomb({
      head: SHEET_HEAD,
      block: (salt) => `<row r="2"><c r="A2" t="inlineStr"><is><t>${salt}</t></is></c></row>` + '<row r="2"><c r="A2" t="inlineStr"><is><t>Skole</t></is></c><c r="B2" t="inlineStr"><is><t>Uddannelse</t></is></c></row>'.repeat(10_000),
      saltBytes: 420,
      times: 900,
      tail: SHEET_TAIL,
    }),
  /** One cell of ~1 GB. */
  oneCell: () => xlsxBomb({ head: `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>`, block: () => 'A'.repeat(1 << 20), times: 1_000, tail: `</t></is></c></row>${SHEET_TAIL}` }),
  /** ~1 GB of whitespace between two rows. */
  whitespace: () => xlsxBomb({ head: SHEET_HEAD, block: () => ' \n\t'.repeat(350_000), times: 1_000, tail: SHEET_TAIL }),
  /** Legal but slow to read: millions of cells far right of the columns kept (for cancelling). */
  farCells: () => xlsxBomb({ head: `${SHEET_HEAD}<row r="2">`, block: () => '<c r="KZ2" t="s"><v>0</v></c>'.repeat(40_000), times: 1_000, tail: `</row>${SHEET_TAIL}` }),
  /** ~1 GB of whitespace inside one number cell. */
  whitespaceInCell: () => xlsxBomb({ head: `${SHEET_HEAD}<row r="2"><c r="A2"><v>`, block: () => ' '.repeat(1 << 20), times: 1_000, tail: `1</v></c></row>${SHEET_TAIL}` }),
};
