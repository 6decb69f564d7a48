import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import type { FileResult } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfText } from '../helpers/pdf';

/** People and organisations named in the scripts the partnership meets (all NFC). */
export const PEOPLE = [
  'Ayşe Yılmaz Łukasiewicz', // Turkish + Polish (the example)
  'İbrahim Çağlar Güneş', // Turkish
  'Małgorzata Żółkiewska', // Polish
  'Jiří Dvořák', // Czech
  'Růžena Čermáková', // Czech
  'Þórdís Guðmundsdóttir', // Icelandic
  'Rógvi á Ryggi Ðánjalsson', // Faroese
  'Aviâja ĸristiansen', // Greenlandic (old orthography's kra)
  'Nguyễn Thị Hương', // Vietnamese
  'Trần Đức Thắng', // Vietnamese
  'Γιώργος Παπαδόπουλος', // Greek
  'Олена Шевченко-Їжакевич', // Ukrainian Cyrillic
];
export const ORGANISATIONS = ['Ünye Gençlik Derneği', 'Stowarzyszenie Źródło', 'Ungdómsráð Føroya', 'Kalaallit Nunaanni Inuusuttut', 'Ελληνική Κοινότητα', 'Громада Дніпро'];

const flat = (s: string) => s.replace(/\s+/g, ' ');
const shots = process.env.SAMSPIL_PNG_DIR;
/** With SAMSPIL_PNG_DIR set, the pages are also rendered to PNG (pdftoppm) for a person to look at. */
function keepPng(file: FileResult, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-png-')), 'doc.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.base64 ?? '', 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(shots, name)]);
}

let db: Database;
let ctx: HandlerContext;
let ids: { people: number[]; orgs: number[] };
beforeAll(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
  const orgs = [];
  for (const [i, name] of ORGANISATIONS.entries()) orgs.push((await call(ctx, 'organisations.create', { name, kind: i % 2 ? 'ngo' : 'company' })).id);
  const people = [];
  for (const [i, name] of PEOPLE.entries()) people.push((await call(ctx, 'people.create', { name, organisationId: orgs[i % orgs.length]! })).id);
  ids = { people, orgs };
});
afterAll(() => db.close());

function expectAll(text: string, names: string[]) {
  const t = flat(text);
  for (const n of names) expect(t, n).toContain(n);
  expect(t).not.toContain('\uFFFD');
}

describe('documents print every name in Latin, Greek and Cyrillic exactly (Noto Sans, embedded)', () => {
  it('agenda and minutes', async () => {
    const meeting = await call(ctx, 'meetings.create', {
      data: { title: 'Temamøde med Þórdís og Nguyễn', type: 'theme_meeting', bodyId: null, date: '2026-04-14', startTime: '13:00', endTime: '16:00', place: 'Ráðhúsið, Tórshavn' },
      standardItems: false,
    });
    await call(ctx, 'invitees.add', { meetingId: meeting.id, personIds: ids.people, organisationIds: ids.orgs });
    for (const [i, pid] of ids.people.entries()) {
      await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: `Oplæg ${i + 1}: ${PEOPLE[i]}`, kind: 'orientation', presenterId: pid, durationMinutes: 10 } });
    }
    const m = await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: 'Aftaler', kind: 'decision', durationMinutes: 10 } });
    const item = m.items.at(-1)!.id;
    await call(ctx, 'minutes.setItem', { itemId: item, minutes: `Drøftet med ${PEOPLE.join(', ')}.` });
    for (const [i, pid] of ids.people.entries()) await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: item, what: `Opfølgning ${i + 1}`, ownerPersonId: pid, ownerOrganisationId: null, dueDate: null });
    await call(ctx, 'invitees.addGuest', { meetingId: meeting.id, name: 'Şükrü Öztürk' });
    const agenda = await call(ctx, 'meetings.agendaPdf', { id: meeting.id });
    expect(agenda.warnings).toBeUndefined();
    expectAll(pdfText(agenda), [...PEOPLE, ...ORGANISATIONS, 'Şükrü Öztürk', 'Temamøde med Þórdís og Nguyễn', 'Ráðhúsið, Tórshavn']);
    keepPng(agenda, 'agenda');
    const minutes = await call(ctx, 'meetings.minutesPdf', { id: meeting.id });
    expectAll(pdfText(minutes), PEOPLE);
    keepPng(minutes, 'minutes');
  });

  it('memo', async () => {
    const memo = await call(ctx, 'memos.create', {
      title: `Mentorer: ${PEOPLE[8]} og ${PEOPLE[10]}`,
      recipientKind: 'finance_committee',
      author: PEOPLE[5],
      memoDate: '2026-03-02',
      summary: `Oplæg fra ${PEOPLE.join(', ')}.`,
      options: [{ title: ORGANISATIONS[0]!, description: ORGANISATIONS.join(', '), pros: `- ${PEOPLE[3]}`, cons: `- *${PEOPLE[11]}*` }],
      recommendations: [`**${PEOPLE[6]}** leder korpset`],
      attachments: [ORGANISATIONS[4]!],
    });
    const file = await call(ctx, 'memos.pdf', { id: memo.id });
    expectAll(pdfText(file), [...PEOPLE, ...ORGANISATIONS]);
    keepPng(file, 'memo');
  });

  it('status report', async () => {
    for (const [i, name] of [...PEOPLE, ...ORGANISATIONS].entries()) {
      await call(ctx, 'goals.create', {
        name: `${name}: mål ${i + 1}`, kind: 'result', unit: 'count', direction: 'higher',
        baselineValue: 10, baselineDate: '2026-01-01', targetValue: 20, targetDate: '2027-12-31',
      });
    }
    const file = await call(ctx, 'statusReport.pdf', { fromDate: '2026-01-01', toDate: '2026-11-22' });
    expectAll(pdfText(file), [...PEOPLE, ...ORGANISATIONS].map((n, i) => `${n}: mål ${i + 1}`));
    keepPng(file, 'status');
  });

  it('annual wheel', async () => {
    for (const [i, name] of [...PEOPLE, ...ORGANISATIONS].entries()) {
      await call(ctx, 'milestones.create', { title: name, date: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String(3 + i).padStart(2, '0')}`, kind: 'other' });
    }
    const file = await call(ctx, 'wheel.pdf', { year: 2027 });
    expectAll(pdfText(file), [...PEOPLE, ...ORGANISATIONS]);
    keepPng(file, 'wheel');
  });

  it('stakeholder map', async () => {
    for (const [i, id] of ids.people.entries()) await call(ctx, 'stakeholders.place', { actorKind: 'person', actorId: id, influence: 4 + (i % 6) * 8, interest: 96 - Math.floor(i / 6) * 22 - (i % 6) * 3 });
    for (const [i, id] of ids.orgs.entries()) await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: id, influence: 56 + (i % 3) * 15, interest: 8 + Math.floor(i / 3) * 22 + (i % 3) * 3 });
    const file = await call(ctx, 'stakeholders.pdf', {});
    expectAll(pdfText(file), [...PEOPLE, ...ORGANISATIONS]);
    keepPng(file, 'stakeholders');
  });

  it('marks names in scripts the font lacks: U+FFFD on the page, a note on that page and a warning with the export', async () => {
    const person = await call(ctx, 'people.create', { name: 'محمد عبدالله' });
    const other = await call(ctx, 'people.create', { name: '王小明' });
    const meeting = await call(ctx, 'meetings.create', {
      data: { title: 'Møde med forældre', type: 'theme_meeting', bodyId: null, date: '2026-05-05', startTime: '17:00', endTime: '18:00' },
      standardItems: false,
    });
    await call(ctx, 'invitees.add', { meetingId: meeting.id, personIds: [person.id, other.id, ids.people[0]!] });
    const agenda = await call(ctx, 'meetings.agendaPdf', { id: meeting.id });
    expect(agenda.warnings).toHaveLength(1);
    expect(agenda.warnings![0]).toMatch(/arabisk.*kinesisk|kinesisk.*arabisk/);
    const text = flat(pdfText(agenda));
    expect(text).toContain('\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD');
    expect(text).toContain('\uFFFD\uFFFD\uFFFD');
    expect(text).toMatch(/Bemærk: tegn i (arabisk, kinesisk|kinesisk, japansk eller koreansk, arabisk)/);
    expect(text).toContain(PEOPLE[0]);
    keepPng(agenda, 'missing-scripts');
  });
});
