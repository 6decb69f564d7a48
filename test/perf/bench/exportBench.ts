import { PassThrough } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../../db/database';
import { da } from '../../../preload/texts/da';
import { call, ctxOf } from '../../helpers/db';
import { measure, type Timing } from './stats';

/** The actor overview workbook through the service (what the "Eksportér" button runs). */
export async function exportService(file: string, runs: number): Promise<Timing & { bytes: number }> {
  const db = await openDatabase({ file });
  let bytes = 0;
  try {
    const t = await measure(async () => {
      const file = await call(ctxOf(db), 'actors.exportOverview', {});
      bytes = file.base64?.length ?? 0;
    }, runs, 1);
    return { ...t, bytes };
  } finally {
    await db.close();
  }
}

interface OrgRow { name: string; kind: keyof typeof da.organisationKind; relation: 'core' | 'adhoc' | null; relationReason: string | null; people: number; bodies: string | null }
interface PersonRow { name: string; title: string | null; org: string | null; email: string | null; phone: string | null; relation: 'core' | 'adhoc' | null; bodies: string | null }

const bodiesOf = (owner: string) =>
  `(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT b.name FROM membership m JOIN body b ON b.id = m.body_id WHERE m.${owner} = x.id AND b.deleted_at IS NULL ORDER BY b.sort_key))`;

/**
 * The floor: the same cells read with raw prepared statements and written by exceljs's streaming writer,
 * which does not keep the sheet in memory. Same sheets, headers and column widths; no autofilter or print setup.
 */
export async function exportFloor(file: string, runs: number): Promise<Timing & { bytes: number; rows: number }> {
  const raw = new BetterSqlite3(file, { readonly: true });
  const orgs = raw.prepare(
    `SELECT x.name, x.kind, x.relation, x.relation_reason AS relationReason,
      (SELECT COUNT(*) FROM person p WHERE p.organisation_id = x.id AND p.deleted_at IS NULL) AS people, ${bodiesOf('organisation_id')} AS bodies
     FROM organisation x WHERE x.deleted_at IS NULL ORDER BY x.sort_key, x.id`,
  );
  const people = raw.prepare(
    `SELECT x.name, x.title, o.name AS org, x.email, x.phone, x.relation, ${bodiesOf('person_id')} AS bodies
     FROM person x LEFT JOIN organisation o ON o.id = x.organisation_id AND o.deleted_at IS NULL WHERE x.deleted_at IS NULL ORDER BY x.sort_key, x.id`,
  );
  const rel = (r: 'core' | 'adhoc' | null) => (r ? da.relation[r] : '');
  let bytes = 0;
  let rows = 0;
  const t = await measure(async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = (name: string, cols: [string, number][]) => {
      const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = cols.map(([header, width]) => ({ header, width }));
      ws.getRow(1).font = { bold: true };
      return ws;
    };
    rows = 0;
    const wo = sheet('Organisationer', [['Navn', 40], ['Type', 30], ['Relation', 20], ['Begrundelse', 36], ['Antal personer', 15], ['Organer', 40]]);
    for (const o of orgs.iterate() as IterableIterator<OrgRow>) {
      wo.addRow([o.name, da.organisationKind[o.kind], rel(o.relation), o.relationReason ?? '', o.people, o.bodies ?? '']).commit();
      rows++;
    }
    wo.commit();
    const wp = sheet('Personer', [['Navn', 30], ['Titel', 32], ['Organisation', 36], ['E-mail', 32], ['Telefon', 16], ['Relation', 20], ['Organer', 40]]);
    for (const p of people.iterate() as IterableIterator<PersonRow>) {
      wp.addRow([p.name, p.title ?? '', p.org ?? '', p.email ?? '', p.phone ?? '', rel(p.relation), p.bodies ?? '']).commit();
      rows++;
    }
    wp.commit();
    await wb.commit();
    bytes = Buffer.concat(chunks).toString('base64').length;
  }, runs, 1);
  raw.close();
  return { ...t, bytes, rows };
}
