/**
 * Issue 17: no screen or document holds the main process's event loop for more than 100 ms. Each screen's
 * read and each document runs through dispatch as the app calls it, measured with longestBlock() (the
 * measure of test/reliability/mainBlocking*.test.ts: the longest gap of a 2 ms ticker, counted only as far
 * as this process used the CPU in it). Screens share one process; each document runs in its own, so its
 * peak RSS is its own.
 */
import { openDatabase, type Database } from '../../../db/database';
import type { ChannelName } from '../../../preload/contract';
import { longestBlock } from '../../helpers/blocking';
import { call, ctxOf } from '../../helpers/db';
import { summarise, type Timing } from './stats';

export interface LoopCase {
  name: string;
  channel: string;
  time: Timing;
  /** The longest block of each run: median and worst. */
  blockMedianMs: number;
  blockMaxMs: number;
  bytes?: number;
  error?: string;
}

type Ids = Record<'meeting' | 'memo' | 'organisation' | 'person' | 'body' | 'initiative' | 'goal', number>;

const one = async (db: Database, sql: string): Promise<number> => Number((await db.ds.query(sql))[0]?.id ?? 1);

/** The biggest object of each kind: the detail screen and document that take longest. */
async function biggest(db: Database): Promise<Ids> {
  return {
    meeting: await one(db, 'SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1'),
    memo: await one(db, "SELECT id FROM memo WHERE status = 'decided' ORDER BY LENGTH(body) DESC, id LIMIT 1"),
    organisation: await one(db, 'SELECT organisation_id AS id FROM person WHERE organisation_id IS NOT NULL GROUP BY organisation_id ORDER BY COUNT(*) DESC, organisation_id LIMIT 1'),
    person: await one(db, 'SELECT person_id AS id FROM membership WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 1'),
    body: await one(db, 'SELECT body_id AS id FROM membership GROUP BY body_id ORDER BY COUNT(*) DESC, body_id LIMIT 1'),
    initiative: await one(db, 'SELECT initiative_id AS id FROM initiative_partner GROUP BY initiative_id ORDER BY COUNT(*) DESC, initiative_id LIMIT 1'),
    goal: await one(db, 'SELECT goal_id AS id FROM measurement GROUP BY goal_id ORDER BY COUNT(*) DESC, goal_id LIMIT 1'),
  };
}

const YEAR = 2026;
const period = { fromDate: `${YEAR}-01-01`, toDate: `${YEAR}-12-31` };

/** Every screen's reads, as the pages send them, on the biggest objects. */
const screens = (id: Ids): [string, ChannelName, unknown][] => [
  ['Oversigt', 'overview.sections', {}],
  ['Organisationer', 'organisations.list', { limit: 100 }],
  ['Personer', 'people.list', { limit: 100 }],
  ['Organisation (most people)', 'organisations.get', { id: id.organisation }],
  ['Person (most memberships)', 'people.get', { id: id.person }],
  ['Organer', 'bodies.list', {}],
  ['Organ (most members)', 'bodies.get', { id: id.body }],
  ['Organ › Inddragelse', 'involvement.forBody', { bodyId: id.body }],
  ['Papirkurv', 'trash.list', {}],
  ['Ændringslog', 'audit.list', { limit: 50 }],
  ['Sletning (retention)', 'retention.list', {}],
  ['Møder', 'meetings.list', { when: 'all', bodyId: null, search: '', offset: 0, limit: 100 }],
  ['Møde (most items)', 'meetings.get', { id: id.meeting }],
  ['Aftaler', 'actionItems.list', { bodyId: null, ownerPersonId: null, ownerOrganisationId: null, status: 'open', overdueOnly: false, offset: 0, limit: 100 }],
  ['Indsatser', 'initiatives.list', { search: '', groupBy: 'track', offset: 0, limit: 100 }],
  ['Indsats (most partners)', 'initiatives.get', { id: id.initiative }],
  ['Spor', 'tracks.list', {}],
  ['Mål', 'goals.list', { offset: 0, limit: 25 }],
  ['Mål (most measurements)', 'goals.get', { id: id.goal }],
  ['Nøgletal', 'keyFigures.table', { fromYear: YEAR - 5, toYear: YEAR }],
  ['Beslutningsoplæg', 'memos.list', { search: '', offset: 0, limit: 100 }],
  ['Beslutningsoplæg (longest)', 'memos.get', { id: id.memo }],
  ['Årshjul', 'wheel.get', { year: YEAR }],
  ['Milepæle', 'milestones.list', { year: YEAR }],
  ['Heatmap', 'involvement.matrix', { year: YEAR, offset: 0, limit: 100 }],
  ['Inddragelse', 'involvement.status', {}],
  ['Interessentkort', 'stakeholders.get', {}],
  ['Ctrl+K “unge”', 'search.query', { q: 'unge' }],
  ['Ctrl+K “møde”', 'search.query', { q: 'møde' }],
];

/** Every generated document, as its button calls it. */
const documents = (id: Ids): Record<LoopDocument, [string, ChannelName, unknown]> => ({
  statusXlsx: [`status report xlsx, year ${YEAR}`, 'statusReport.xlsx', period],
  statusPdf: [`status report PDF, year ${YEAR}`, 'statusReport.pdf', period],
  agendaPdf: ['agenda PDF, busiest meeting', 'meetings.agendaPdf', { id: id.meeting }],
  minutesPdf: ['minutes PDF, busiest meeting', 'meetings.minutesPdf', { id: id.meeting }],
  agendaDocx: ['agenda docx, busiest meeting', 'meetings.agendaDocx', { id: id.meeting }],
  minutesDocx: ['minutes docx, busiest meeting', 'meetings.minutesDocx', { id: id.meeting }],
  memoPdf: ['memo PDF, longest decided', 'memos.pdf', { id: id.memo }],
  memoDocx: ['memo docx, longest decided', 'memos.docx', { id: id.memo }],
  wheelPdf: [`annual wheel PDF ${YEAR}`, 'wheel.pdf', { year: YEAR }],
  actionItemsXlsx: ['action items xlsx (all)', 'actionItems.exportXlsx', { bodyId: null, ownerPersonId: null, ownerOrganisationId: null, status: 'all', overdueOnly: false }],
  actorOverview: ['actor overview workbook', 'actors.exportOverview', {}],
  stakeholdersPdf: ['stakeholder map PDF', 'stakeholders.pdf', {}],
  personExport: ['Art. 15 export xlsx (most memberships)', 'people.exportData', { id: id.person, format: 'xlsx' }],
});

export const loopDocuments = ['statusXlsx', 'statusPdf', 'agendaPdf', 'minutesPdf', 'agendaDocx', 'minutesDocx', 'memoPdf', 'memoDocx', 'wheelPdf', 'actionItemsXlsx', 'actorOverview', 'stakeholdersPdf', 'personExport'] as const;
export type LoopDocument = (typeof loopDocuments)[number];

async function measureCase(db: Database, name: string, channel: ChannelName, input: unknown, runs: number): Promise<LoopCase> {
  const ctx = ctxOf(db);
  const send = () => call(ctx, channel, input as never) as Promise<unknown>;
  try {
    await send();
  } catch (err) {
    return { name, channel, time: summarise([0]), blockMedianMs: 0, blockMaxMs: 0, error: err instanceof Error ? err.message.slice(0, 200) : String(err) };
  }
  const times: number[] = [];
  const blocks: number[] = [];
  let bytes: number | undefined;
  for (let i = 0; i < runs; i++) {
    const { result, maxBlockMs, ms } = await longestBlock(send);
    times.push(ms);
    blocks.push(maxBlockMs);
    const base64 = (result as { base64?: string } | null)?.base64;
    if (typeof base64 === 'string') bytes = Buffer.from(base64, 'base64').length;
  }
  const sorted = [...blocks].sort((a, b) => a - b);
  return { name, channel, time: summarise(times), blockMedianMs: sorted[Math.floor(sorted.length / 2)]!, blockMaxMs: sorted[sorted.length - 1]!, ...(bytes === undefined ? {} : { bytes }) };
}

export async function loopScreens(file: string, runs: number): Promise<LoopCase[]> {
  const db = await openDatabase({ file });
  try {
    const id = await biggest(db);
    const out: LoopCase[] = [];
    for (const [name, channel, input] of screens(id)) out.push(await measureCase(db, name, channel, input, runs));
    return out;
  } finally {
    await db.close();
  }
}

export async function loopDocument(file: string, runs: number, which: LoopDocument): Promise<LoopCase> {
  const db = await openDatabase({ file });
  try {
    const [name, channel, input] = documents(await biggest(db))[which];
    return await measureCase(db, name, channel, input, runs);
  } finally {
    await db.close();
  }
}

/** One bench task per document ('loop:statusXlsx' …) and one for all screens. */
export type LoopTask = 'loopScreens' | `loop:${LoopDocument}`;
export const loopTasks: LoopTask[] = ['loopScreens', ...loopDocuments.map((d) => `loop:${d}` as const)];

export function runLoopTask(task: LoopTask, file: string, runs: number): Promise<unknown> {
  return task === 'loopScreens' ? loopScreens(file, runs) : loopDocument(file, runs, task.slice('loop:'.length) as LoopDocument);
}

interface Measured<T> {
  result: T;
  peakRssMb: number;
}
export interface LoopResults {
  screens?: Measured<LoopCase[]>;
  documents: Partial<Record<LoopDocument, Measured<LoopCase>>>;
}

const LIMIT_MS = 100;
const fmt = (n: number) => (Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const mark = (met: boolean) => (met ? '✅' : '❌');

/** The event-loop table of one size: each screen and document with its longest block (budget 100 ms at L; documents' own budgets for the status report). */
export function renderLoopTable(size: string, r: LoopResults): string {
  const atL = size === 'L';
  const rows: string[] = [];
  const block = (c: LoopCase) => `${fmt(c.blockMedianMs)} / ${fmt(c.blockMaxMs)}`;
  for (const c of r.screens?.result ?? []) {
    rows.push(`| ${c.name} (\`${c.channel}\`)${c.error ? ` · ERROR ${c.error}` : ''} | ${block(c)} | ${fmt(c.time.medianMs)} | ${c.time.runs} |  | ${atL ? mark(!c.error && c.blockMaxMs <= LIMIT_MS) : ''} |`);
  }
  for (const [key, d] of Object.entries(r.documents) as [LoopDocument, Measured<LoopCase>][]) {
    const c = d.result;
    const status = key === 'statusXlsx' || key === 'statusPdf';
    const met = !c.error && c.blockMaxMs <= LIMIT_MS && (!status || (c.time.medianMs < 1000 && d.peakRssMb < 400));
    const size_ = c.bytes === undefined ? '' : ` · ${Math.round(c.bytes / 1024)} kB`;
    rows.push(`| ${c.name} (\`${c.channel}\`)${size_}${c.error ? ` · ERROR ${c.error}` : ''} | ${block(c)} | ${fmt(c.time.medianMs)} | ${c.time.runs} | ${Math.round(d.peakRssMb)} MB | ${atL ? `${mark(met)}${status ? ' < 1 s, < 400 MB' : ''}` : ''} |`);
  }
  const head = `#### Event loop, size ${size}\n\nLongest block of the main process's event loop while each screen's read or document runs through dispatch (longestBlock(): a 2 ms ticker's largest gap, counted as far as the process used the CPU in it, as the reliability tests measure), median / worst of the runs; time is the median wall time. Budget at L: no block > 100 ms; the status report xlsx and PDF also < 1 s and < 400 MB peak RSS (each document in its own process).\n\n| screen or document | block median / worst | time | runs | peak RSS | budget at L |\n| --- | --- | --- | --- | --- | --- |`;
  return `${head}\n${rows.join('\n')}\n`;
}
