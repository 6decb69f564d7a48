import { da } from '../../preload/texts/da';
import type { Database } from '../../db/database';
import type { FileResult, OrganisationSummary, Page, PersonSummary, Relation } from '../../preload/contract';
import { newStreamingWorkbook, writeTableSheet } from '../documents/xlsx';
import { loadLetterhead } from '../houseStyle/letterhead';
import { listOrganisations } from './organisationService';
import { listPeople } from './personService';
import { activeClock, copenhagenDate } from '../app/clock';

const PAGE = 500;

/** Every row of a list, a page at a time, read through the same service as the screen. */
async function* pages<T>(fetch: (offset: number) => Promise<Page<T>>): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch(offset);
    if (page.items.length === 0) return;
    yield page.items;
    if (offset + page.items.length >= page.total) return;
  }
}

const relationLabel = (r: Relation | null) => (r ? da.relation[r] : '');
const noFilter = { search: '', relation: null, bodyId: null, limit: PAGE } as const;

/** Streams both sheets, so 70,000 actors take neither the whole workbook in memory nor the event loop for long. */
export async function exportActorOverview(db: Database, today = activeClock().now()): Promise<FileResult> {
  const title = 'Aktøroversigt';
  const { wb, file } = newStreamingWorkbook();
  await writeTableSheet<OrganisationSummary>(wb, 'Organisationer', [
    { header: 'Navn', width: 40, value: (o) => o.name },
    { header: 'Type', width: 30, value: (o) => da.organisationKind[o.kind] },
    { header: 'Relation', width: 20, value: (o) => relationLabel(o.relation) },
    { header: 'Begrundelse', width: 36, value: (o) => o.relationReason },
    { header: 'Antal personer', width: 15, value: (o) => o.peopleCount },
    { header: 'Organer', width: 40, value: (o) => o.bodies.join(', ') },
  ], pages((offset) => listOrganisations(db, { ...noFilter, kind: null, offset })), title, await loadLetterhead(db.ds.manager));
  await writeTableSheet<PersonSummary>(wb, 'Personer', [
    { header: 'Navn', width: 30, value: (p) => p.name },
    { header: 'Titel', width: 32, value: (p) => p.title },
    { header: 'Organisation', width: 36, value: (p) => p.organisationName },
    { header: 'E-mail', width: 32, value: (p) => p.email },
    { header: 'Telefon', width: 16, value: (p) => p.phone },
    { header: 'Relation', width: 20, value: (p) => relationLabel(p.relation) },
    { header: 'Organer', width: 40, value: (p) => p.bodies.join(', ') },
  ], pages((offset) => listPeople(db, { ...noFilter, organisationId: null, offset })), title);
  const date = copenhagenDate(today);
  return file(`Aktøroversigt ${date}.xlsx`);
}
