import type { Database } from '../../db/database';
import type { FileResult, OrganisationSummary, Page, PersonSummary, Relation } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
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

const noFilter = { search: '', relation: null, bodyId: null, limit: PAGE } as const;

/** Streams both sheets, so 70,000 actors take neither the whole workbook in memory nor the event loop for long. */
export async function exportActorOverview(db: Database, today = activeClock().now(), lang: DocLanguage = 'da'): Promise<FileResult> {
  const all = textsFor(lang);
  const t = all.documents.actors;
  const relationLabel = (r: Relation | null) => (r ? all.relation[r] : '');
  const title = t.title;
  const { wb, file } = await newStreamingWorkbook(lang);
  await writeTableSheet<OrganisationSummary>(wb, t.organisations, [
    { header: t.name, width: 40, value: (o) => o.name },
    { header: t.kind, width: 30, value: (o) => all.organisationKind[o.kind] },
    { header: t.relation, width: 20, value: (o) => relationLabel(o.relation) },
    { header: t.reason, width: 36, value: (o) => o.relationReason },
    { header: t.peopleCount, width: 15, value: (o) => o.peopleCount },
    { header: t.bodies, width: 40, value: (o) => o.bodies.join(', ') },
  ], pages((offset) => listOrganisations(db, { ...noFilter, kind: null, offset })), title, await loadLetterhead(db.ds.manager));
  await writeTableSheet<PersonSummary>(wb, t.people, [
    { header: t.name, width: 30, value: (p) => p.name },
    { header: t.jobTitle, width: 32, value: (p) => p.title },
    { header: t.organisation, width: 36, value: (p) => p.organisationName },
    { header: t.email, width: 32, value: (p) => p.email },
    { header: t.phone, width: 16, value: (p) => p.phone },
    { header: t.relation, width: 20, value: (p) => relationLabel(p.relation) },
    { header: t.bodies, width: 40, value: (p) => p.bodies.join(', ') },
  ], pages((offset) => listPeople(db, { ...noFilter, organisationId: null, offset })), title);
  const date = copenhagenDate(today);
  return file(fill(t.fileName, { date }));
}
