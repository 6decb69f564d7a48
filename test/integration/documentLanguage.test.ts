import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import type { FileResult } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { docxXmlText } from '../helpers/docx';
import { parseIcs } from '../helpers/ical';
import { pdfText } from '../helpers/pdf';
import { readWorkbook } from '../helpers/xlsx';

type Lang = 'da' | 'en';

/** Every word (4+ letters) of a language's text files that the other language's files never use. */
function wordsOf(texts: unknown, out = new Set<string>()): Set<string> {
  if (typeof texts === 'string') for (const w of texts.replace(/\{\{\w+\}\}/g, ' ').toLowerCase().match(/\p{L}{4,}/gu) ?? []) out.add(w);
  else if (texts && typeof texts === 'object') for (const v of Object.values(texts)) wordsOf(v, out);
  return out;
}
const daAll = wordsOf(da);
const enAll = wordsOf(en);
/** Words the data of this test uses (names, titles): a Danish word there is the user's, not the interface's. */
const DATA = 'Aurora Delta Horizon Nordlys Kasper Rune Ingrid Holm Vestby Lumen Bridge Project Orion Gamma';
const dataWords = wordsOf(DATA);
const ONLY = {
  da: new Set([...daAll].filter((w) => !enAll.has(w) && !dataWords.has(w))),
  en: new Set([...enAll].filter((w) => !daAll.has(w) && !dataWords.has(w))),
};

/** The other language's interface words found in a document's text. */
function foreignWords(text: string, lang: Lang): string[] {
  const other = ONLY[lang === 'da' ? 'en' : 'da'];
  return [...new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => other.has(w)))];
}

async function xlsxText(file: FileResult): Promise<string> {
  const wb = await readWorkbook(file);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value ?? ''))));
  });
  return parts.join('\n');
}

let db: Database;
let ctx: HandlerContext;
let meetingId: number;
beforeAll(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
  await call(ctx, 'settings.update', { partnershipName: 'Vestby', municipality: 'Vestby' });
  const org = await call(ctx, 'organisations.create', { name: 'Lumen Bridge', kind: 'company', relation: 'core' });
  const kasper = await call(ctx, 'people.create', { name: 'Kasper Holm', organisationId: org.id, relation: 'adhoc' });
  const ingrid = await call(ctx, 'people.create', { name: 'Ingrid Vestby' });
  const body = await call(ctx, 'bodies.create', { name: 'Orion', kind: 'partnership' });
  const m = await call(ctx, 'meetings.create', {
    data: { title: 'Aurora', type: 'steering_group', bodyId: body.id, date: '2026-04-14', startTime: '13:00', endTime: '16:00', place: 'Nordlys' },
    standardItems: true,
  });
  meetingId = m.id;
  await call(ctx, 'invitees.add', { meetingId, personIds: [kasper.id, ingrid.id], organisationIds: [org.id] });
  const withItem = await call(ctx, 'agenda.add', { meetingId, data: { title: 'Horizon', kind: 'decision', presenterId: kasper.id, durationMinutes: 30 } });
  const item = withItem.items.find((i) => i.title === 'Horizon')!.id;
  await call(ctx, 'minutes.setItem', { itemId: item, minutes: 'Delta.' });
  await call(ctx, 'decisions.add', { meetingId, itemId: item, text: 'Gamma.' });
  await call(ctx, 'actionItems.add', { meetingId, itemId: item, what: 'Orion', ownerPersonId: ingrid.id, ownerOrganisationId: null, dueDate: '2026-05-01' });
  await call(ctx, 'actionItems.add', { meetingId, itemId: null, what: 'Delta', ownerPersonId: null, ownerOrganisationId: org.id, dueDate: null });
  await call(ctx, 'stakeholders.place', { actorKind: 'person', actorId: kasper.id, influence: 80, interest: 70 });
  await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: 20, interest: 30 });
  const track = await call(ctx, 'tracks.create', { name: 'Orion', sortOrder: 1 });
  await call(ctx, 'initiatives.create', {
    status: 'running',
    statusDate: '2026-01-10',
    data: { name: 'Horizon', trackId: track.id, ownerOrganisationId: org.id, startDate: '2026-02-01', endDate: '2026-09-30', budgetLines: [{ year: 2026, amount: 120_000, fundingSource: null }] },
  });
  await call(ctx, 'goals.create', { name: 'Aurora', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: '2025-01-01', targetValue: 90, targetDate: '2027-12-31' });
  for (const kind of ['political_deadline', 'council_meeting', 'report_due', 'budget', 'other'] as const) {
    await call(ctx, 'milestones.create', { title: 'Delta', date: '2026-06-01', kind });
  }
  await call(ctx, 'memos.create', { title: 'Aurora', recipientKind: 'city_council', memoDate: '2026-03-01', meetingDate: '2026-06-10', summary: 'Gamma.', recommendations: ['Delta'] });
});
afterAll(() => db.close());

/** Every document, in one language, with its text as an independent reader sees it. */
async function documents(lang: Lang | undefined): Promise<{ name: string; file: FileResult; text: string }[]> {
  const language = lang ? { language: lang } : {};
  const memo = (await call(ctx, 'memos.list', {})).items[0]!.id;
  const pdfs: [string, FileResult][] = [
    ['agenda', await call(ctx, 'meetings.agendaPdf', { id: meetingId, ...language })],
    ['minutes', await call(ctx, 'meetings.minutesPdf', { id: meetingId, ...language })],
    ['memo', await call(ctx, 'memos.pdf', { id: memo, ...language })],
    ['status report PDF', await call(ctx, 'statusReport.pdf', { fromDate: '2026-01-01', toDate: '2026-12-31', ...language })],
    ['wheel', await call(ctx, 'wheel.pdf', { year: 2026, ...language })],
    ['stakeholder map', await call(ctx, 'stakeholders.pdf', language)],
  ];
  const books: [string, FileResult][] = [
    ['status report xlsx', await call(ctx, 'statusReport.xlsx', { fromDate: '2026-01-01', toDate: '2026-12-31', ...language })],
    ['action items', await call(ctx, 'actionItems.exportXlsx', { status: 'all', ...language })],
    ['actors', await call(ctx, 'actors.exportOverview', language)],
  ];
  const words: [string, FileResult][] = [
    ['agenda .docx', await call(ctx, 'meetings.agendaDocx', { id: meetingId, ...language })],
    ['minutes .docx', await call(ctx, 'meetings.minutesDocx', { id: meetingId, ...language })],
    ['memo .docx', await call(ctx, 'memos.docx', { id: memo, ...language })],
  ];
  const ics = await call(ctx, 'meetings.ics', { id: meetingId, ...language });
  const events = parseIcs(Buffer.from(ics.base64!, 'base64')).events;
  return [
    ...pdfs.map(([name, file]) => ({ name, file, text: `${file.fileName}\n${pdfText(file)}` })),
    ...words.map(([name, file]) => ({ name, file, text: `${file.fileName}\n${docxXmlText(file)}` })),
    { name: '.ics', file: ics, text: [ics.fileName, ...events.flatMap((e) => [e.summary, e.description])].join('\n') },
    ...(await Promise.all(books.map(async ([name, file]) => ({ name, file, text: `${file.fileName}\n${await xlsxText(file)}` })))),
  ];
}

describe('documents in Danish or English', () => {
  it('English documents use none of the Danish interface words, Danish documents none of the English ones', async () => {
    expect(ONLY.da.size).toBeGreaterThan(500);
    expect(ONLY.en.size).toBeGreaterThan(500);
    for (const lang of ['da', 'en'] as const) {
      const docs = await documents(lang);
      expect(docs).toHaveLength(13);
      for (const d of docs) {
        const found = foreignWords(d.text, lang);
        expect(found, `${lang} ${d.name}: ${found.map((w) => d.text.slice(Math.max(0, d.text.toLowerCase().indexOf(w) - 60), d.text.toLowerCase().indexOf(w) + 40)).join(' | ')}`).toEqual([]);
        // And it is a real document in that language: several of its own interface words.
        expect(d.text.toLowerCase().match(/\p{L}{4,}/gu)!.filter((w) => ONLY[lang].has(w)).length, `${lang} ${d.name}`).toBeGreaterThan(3);
      }
    }
  });

  it('documents follow the app language unless the export asks for the other; file names too', async () => {
    await call(ctx, 'settings.setLanguage', { language: 'en' });
    const en = await documents(undefined);
    expect(en.map((d) => d.file.fileName)).toEqual([
      'Agenda Aurora 2026-04-14.pdf', 'Minutes Aurora 2026-04-14.pdf', expect.stringMatching(/\.pdf$/), 'Status report 2026.pdf', 'Annual wheel 2026.pdf', 'Stakeholder map.pdf',
      'Agenda Aurora 2026-04-14.docx', 'Minutes Aurora 2026-04-14.docx', expect.stringMatching(/\.docx$/), 'Aurora 2026-04-14.ics',
      'Status report 2026.xlsx', expect.stringMatching(/^Action items \d{4}-\d\d-\d\d\.xlsx$/), expect.stringMatching(/^Actor overview \d{4}-\d\d-\d\d\.xlsx$/),
    ]);
    for (const d of en) expect(foreignWords(d.text, 'en'), d.name).toEqual([]);
    const agenda = en[0]!.text;
    expect(agenda).toContain('Approval of the agenda');
    expect(agenda).toContain('Any other business');
    expect(agenda).toContain('by Kasper Holm');
    expect(agenda).toContain('Page 1 of');
    // A meeting made in English (following up Aurora) gets its standard items in English; the Danish agenda still says them in Danish.
    const english = await call(ctx, 'meetings.create', {
      data: { title: 'Delta', type: 'theme_meeting', bodyId: null, date: '2026-05-05', startTime: '10:00', endTime: '11:00', followsUpMeetingId: meetingId },
      standardItems: true,
    });
    expect(english.items.map((i) => i.title)).toEqual(['Approval of the agenda', 'Follow-up on the minutes of the last meeting', 'Any other business']);
    expect(pdfText(await call(ctx, 'meetings.agendaPdf', { id: english.id, language: 'da' }))).toContain('Eventuelt');
    const danish = await call(ctx, 'meetings.agendaPdf', { id: meetingId, language: 'da' });
    expect(danish.fileName).toBe('Dagsorden Aurora 2026-04-14.pdf');
    expect(pdfText(danish)).toContain('Godkendelse af dagsorden');
    await call(ctx, 'settings.setLanguage', { language: 'da' });
  });
});
