import { da } from '../../preload/texts/da';
import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { addTableSheet, newWorkbook, workbookFile } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import { loadLetterhead, type Letterhead } from '../houseStyle/letterhead';
import { collectPersonData, type PersonData } from './personData';
import { activeClock, copenhagenDate } from '../app/clock';

const TITLE = 'Indsigt i personoplysninger (databeskyttelsesforordningen art. 15)';

function fileBase(name: string, now: Date) {
  const safeName = name.replace(/[^\p{L}\p{N} -]/gu, '').trim().slice(0, 60) || 'person';
  return `Indsigt ${safeName} ${copenhagenDate(now)}`;
}

/** One sheet per area, each with a header even when empty, so the recipient sees what was looked at. */
async function workbook(d: PersonData, base: string, letterhead: Letterhead): Promise<FileResult> {
  const wb = await newWorkbook();
  const p = d.person;
  type KV = [string, string];
  const facts: KV[] = [
    ['Navn', p.name], ['Titel', p.title ?? ''], ['Organisation', p.organisationName ?? ''], ['E-mail', p.email ?? ''], ['Telefon', p.phone ?? ''],
    ['Relation', p.relation ? da.relation[p.relation] : ''], ['Begrundelse for relation', p.relationReason ?? ''], ['Noter', p.notes ?? ''], ['Oprettet', p.createdAt], ['Senest ændret', p.updatedAt],
    ['Opbevares mindst til', d.retention?.keepUntil ?? ''], ['Inddrages mindst hver (dage)', d.involvementRule ? String(d.involvementRule.intervalDays) : ''],
  ];
  addTableSheet<KV>(wb, 'Person', [{ header: 'Oplysning', width: 30 }, { header: 'Værdi', width: 60 }].map((c, i) => ({ ...c, value: (r: KV) => r[i]! })), facts, TITLE);
  addTableSheet(wb, 'Organer', [{ header: 'Organ', width: 40, value: (r: PersonData['person']['memberships'][number]) => r.bodyName }, { header: 'Rolle', width: 20, value: (r) => da.role[r.role] ?? r.role }], p.memberships, TITLE);
  addTableSheet(wb, 'Møder', [
    { header: 'Dato', width: 12, value: (r: PersonData['meetings'][number]) => r.date },
    { header: 'Møde', width: 45, value: (r) => r.title },
    { header: 'Svar', width: 16, value: (r) => r.reply },
    { header: 'Fremmøde', width: 16, value: (r) => r.attendance },
  ], d.meetings, TITLE);
  addTableSheet(wb, 'Oplæg', [
    { header: 'Dato', width: 12, value: (r: PersonData['presented'][number]) => r.date },
    { header: 'Møde', width: 40, value: (r) => r.meeting },
    { header: 'Punkt', width: 45, value: (r) => r.item },
  ], d.presented, TITLE);
  addTableSheet(wb, 'Aftaler', [
    { header: 'Møde', width: 35, value: (r: PersonData['actionItems'][number]) => r.meeting },
    { header: 'Hvad', width: 55, value: (r) => r.what },
    { header: 'Frist', width: 12, value: (r) => r.due },
    { header: 'Status', width: 12, value: (r) => r.status },
  ], d.actionItems, TITLE);
  addTableSheet(wb, 'Inddragelser', [
    { header: 'Dato', width: 12, value: (r: PersonData['involvements'][number]) => r.date },
    { header: 'Form', width: 20, value: (r) => r.form },
    { header: 'Emne', width: 45, value: (r) => r.topic },
    { header: 'Resultat', width: 45, value: (r) => r.outcome },
    { header: 'Automatisk', width: 12, value: (r) => (r.automatic ? 'Ja' : 'Nej') },
  ], d.involvements, TITLE);
  addTableSheet(wb, 'Indsatser', [{ header: 'Indsats', width: 45, value: (r: PersonData['initiatives'][number]) => r.name }, { header: 'Rolle', width: 20, value: (r) => r.role }], d.initiatives, TITLE);
  addTableSheet(wb, 'Interessentkort', [
    { header: 'Indflydelse (0–100)', width: 20, value: (r: PersonData['stakeholderMap'][number]) => r.influence },
    { header: 'Interesse (0–100)', width: 20, value: (r) => r.interest },
    { header: 'Placeret', width: 25, value: (r) => r.updatedAt },
  ], d.stakeholderMap, TITLE);
  addTableSheet(wb, 'Nævnt i tekster', [
    { header: 'Hvor', width: 35, value: (r: PersonData['mentions'][number]) => r.where },
    { header: 'Felt', width: 20, value: (r) => r.field },
    { header: 'Tekst', width: 80, value: (r) => r.text },
  ], d.mentions, TITLE);
  addTableSheet(wb, 'Behandlinger', [
    { header: 'Tidspunkt', width: 25, value: (r: PersonData['processing'][number]) => r.at },
    { header: 'Handling', width: 15, value: (r) => r.action },
    { header: 'Kanal', width: 30, value: (r) => r.channel },
  ], d.processing, TITLE);
  addWorkbookLetterhead(wb, letterhead);
  return workbookFile(wb, `${base}.xlsx`);
}

/**
 * Everything Samspil holds on one person (Art. 15), including when their data was changed or
 * exported. The audit entries leave out which colleague did it (CJEU C-579/21 does not require it).
 */
export async function exportPersonData(db: Database, id: number, format: 'json' | 'xlsx' = 'json', now = activeClock().now()): Promise<FileResult> {
  const data = await collectPersonData(db.ds.manager, id);
  const base = fileBase(data.person.name, now);
  if (format === 'xlsx') return workbook(data, base, await loadLetterhead(db.ds.manager));
  const body = { title: TITLE, generatedAt: now.toISOString(), ...data };
  return { fileName: `${base}.json`, mimeType: 'application/json', base64: Buffer.from(JSON.stringify(body, null, 2), 'utf8').toString('base64') };
}
