import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../../db/database';
import { preparePragmas } from '../../../db/sqlite';
import { organisationKeys } from '../../../main/actors/keys';
import { parseKind, parseRelation } from '../../../main/actors/importVocabulary';
import { da } from '../../../preload/texts/da';
import { call, ctxOf } from '../../helpers/db';
import { address, kindWeights, orgPatterns, surnames, towns } from '../gen/danish';
import { createRng } from '../gen/random';
import { summarise, type Timing } from './stats';

export const IMPORT_ROWS = 10_000;

/** A deterministic 10,000-row organisations workbook as a secretariat would get it from a partner. */
export async function importWorkbook(dir: string): Promise<string> {
  const file = path.join(dir, `import-${IMPORT_ROWS}.xlsx`);
  if (fs.existsSync(file)) return file;
  const rng = createRng('samspil-import');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Aktører');
  ws.addRow(['Navn', 'Type', 'Adresse', 'Hjemmeside', 'Relation', 'Begrundelse', 'Bemærkninger']);
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const kind = rng.weighted(kindWeights);
    const town = rng.pick(towns);
    const name = `${rng.pick(orgPatterns[kind]).replace('{town}', town).replace('{surname}', rng.pick(surnames))} – importeret ${i + 1}`;
    const relation = rng.weighted([['core', 1], ['adhoc', 2], [null, 1]] as const);
    ws.addRow([name, da.organisationKind[kind], address(rng.pick, rng.int, town), '', relation ? da.relation[relation] : '', '', rng.chance(0.1) ? 'Fra partnerens egen liste' : '']);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** "Importér" with "valid rows" into a fresh copy of the database each run (the copy is not timed). */
export async function importService(dbFile: string, xlsx: string, runs: number, tmp: string): Promise<Timing & { created: number }> {
  const base64 = fs.readFileSync(xlsx).toString('base64');
  const samples: number[] = [];
  let created = 0;
  for (let i = 0; i < runs; i++) {
    const copy = path.join(tmp, `import-run.sqlite`);
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
    fs.copyFileSync(dbFile, copy);
    const db = await openDatabase({ file: copy });
    const t = performance.now();
    created = (await call(ctxOf(db), 'actors.importCommit', { fileName: 'aktører.xlsx', base64, target: 'organisations', mode: 'validRows' })).created;
    samples.push(performance.now() - t);
    await db.close();
  }
  return { ...summarise(samples), created };
}

/** The floor: exceljs reads the same file, rows become the same columns with the same keys, one prepared INSERT in one transaction. */
export async function importFloor(dbFile: string, xlsx: string, runs: number, tmp: string): Promise<Timing & { created: number }> {
  const samples: number[] = [];
  let created = 0;
  for (let i = 0; i < runs; i++) {
    const copy = path.join(tmp, `import-floor.sqlite`);
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
    fs.copyFileSync(dbFile, copy);
    const raw = new BetterSqlite3(copy);
    preparePragmas(raw, { inMemory: false });
    const t = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(xlsx) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const insert = raw.prepare(
      `INSERT INTO organisation (name, kind, address, website, notes, relation, relation_reason, sort_key, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const stamp = new Date().toISOString();
    raw.transaction(() => {
      for (const r of rows) {
        const cell = (i: number) => (r[i] === undefined || r[i] === '' ? null : String(r[i]));
        const o = { name: cell(0)!, address: cell(2), notes: cell(6), relationReason: cell(5) };
        const k = organisationKeys(o);
        insert.run(o.name, parseKind(cell(1) ?? '') ?? 'other', o.address, cell(3), o.notes, parseRelation(cell(4) ?? '') ?? null, o.relationReason, k.sortKey, k.searchText, stamp, stamp);
      }
    })();
    samples.push(performance.now() - t);
    created = rows.length;
    raw.close();
  }
  return { ...summarise(samples), created };
}
