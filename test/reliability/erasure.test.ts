import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { searchKey, sortKey } from '../../db/textKeys';
import { ERASED_PERSON } from '../../preload/contract';
import { call, ctxOf, tempFile } from '../helpers/db';
import { pdfText } from '../helpers/pdf';
import type { HandlerContext } from '../../main/api/handlers';
import type { MemoInput } from '../../preload/contract';
import { recordFigure } from './figures';

const PERSON = { name: 'Zyxwø Sletmigsen', email: 'zyxw.sletmig@eksempel.dk', phone: '+45 87 65 43 21', title: 'Vejleder Qvx', notes: 'Noter om Zyxwø' };
/** Every form the person can take in the file: as typed, folded for search and sort, the phone's digits. */
const NEEDLES = [
  PERSON.name, PERSON.email, '87 65 43 21', '87654321', 'Vejleder Qvx', 'Noter om Zyxw', 'Sletmigsen', 'sletmigsen', 'zyxwoe', 'zyxw|',
  searchKey(PERSON.name), sortKey(PERSON.name), searchKey(PERSON.email),
];

function hits(files: string[], needles: string[]): string[] {
  const found: string[] = [];
  for (const f of files.filter((x) => fs.existsSync(x))) {
    const bytes = fs.readFileSync(f);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${needle} in ${f.slice(f.lastIndexOf('.'))}`);
  }
  return found;
}

const mentorCorpsMemo: MemoInput = {
  title: 'Erhvervsmentorkorps for unge', caseNumber: '17.02.00-P20-3-14', recipientKind: 'finance_committee', recipientName: null, meetingDate: '2026-03-21',
  author: 'Sekretariatet', memoDate: '2026-02-06', summary: 'Tre kommuner foreslår et fælles erhvervsmentorkorps.', background: '', options: [], economyText: '',
  economy: { columns: ['2026'], rows: [{ label: 'Nyborg Kommune', amounts: [133334] }], note: '' }, consequences: '', recommendations: ['korpset etableres'], attachments: [],
};

const meetingData = (title: string, date: string) => ({ title, type: 'steering_group' as const, bodyId: null, date, startTime: '13:00', endTime: '15:00', place: 'Rådhuset' });

/** One person in every feature: membership, invitations, presenter, action owner, minutes, decision, memos, involvement, map, rule, search. */
async function personEverywhere(ctx: HandlerContext) {
  const org = await call(ctx, 'organisations.create', { name: 'UU Vestegnen', kind: 'other', notes: `Kontakt ${PERSON.name} på ${PERSON.phone}.` });
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
  const other = await call(ctx, 'people.create', { name: 'Anden Person', email: 'anden@eksempel.dk', notes: `Kollega til ${PERSON.name}` });
  const p = await call(ctx, 'people.create', { ...PERSON, organisationId: org.id, relation: 'adhoc' });
  await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
  await call(ctx, 'memberships.add', { bodyId: body.id, personId: other.id, role: 'member' });

  const past = await call(ctx, 'meetings.create', { data: meetingData('Styregruppemøde marts', '2026-03-10') });
  let mt = await call(ctx, 'invitees.add', { meetingId: past.id, organisationIds: [], personIds: [p.id, other.id] });
  for (const inv of mt.invitees) await call(ctx, 'invitees.update', { id: inv.id, reply: 'accepted', attendance: 'present' });
  mt = await call(ctx, 'agenda.add', { meetingId: past.id, data: { title: 'Mentorkorps', kind: 'decision', presenterId: p.id, durationMinutes: 30 } });
  const item = mt.items.find((i) => i.title === 'Mentorkorps')!;
  await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: `${PERSON.name} fremlagde tallene. Spørgsmål til ${PERSON.email} eller 87 65 43 21. Anden Person supplerede.` });
  await call(ctx, 'decisions.add', { meetingId: past.id, itemId: item.id, text: `Styregruppen følger ${PERSON.name}s anbefaling om mentorkorpset.` });
  await call(ctx, 'actionItems.add', { meetingId: past.id, itemId: item.id, what: `${PERSON.name} sender oversigten over mentorer`, ownerPersonId: p.id, ownerOrganisationId: null, dueDate: '2026-04-01' });
  await call(ctx, 'minutes.approve', { id: past.id, approvedAtMeetingId: null });

  const future = await call(ctx, 'meetings.create', { data: { ...meetingData('Styregruppemøde juni', '2026-06-10'), notes: `Husk ${PERSON.name}` } });
  await call(ctx, 'invitees.add', { meetingId: future.id, organisationIds: [], personIds: [p.id] });

  const sent = await call(ctx, 'memos.create', { ...mentorCorpsMemo, author: `${PERSON.name}, UU Vestegnen`, background: `Kontakt: ${PERSON.email}.` });
  await call(ctx, 'memos.send', { id: sent.id, sentOn: '2026-03-01' });
  await call(ctx, 'memos.create', { ...mentorCorpsMemo, caseNumber: null, title: 'Kladde om mentorer', summary: `Aftalt med ${PERSON.name}.` });

  await call(ctx, 'involvement.create', { actorKind: 'person', actorId: p.id, date: '2026-02-01', form: 'consulted', topic: 'Mentorkorpset', outcome: `${PERSON.name} anbefaler tre mentorer` });
  await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: org.id, date: '2026-02-02', form: 'data_request', topic: 'Tal for frafald', outcome: `Leveret af ${PERSON.name}` });
  await call(ctx, 'involvement.setRule', { actorKind: 'person', actorId: p.id, intervalDays: 90 });
  await call(ctx, 'stakeholders.place', { actorKind: 'person', actorId: p.id, influence: 40, interest: 80 });
  return { p, other, org, past, future, sent };
}

describe('erasing a person everywhere', () => {
  it('deletes what may go, puts a placeholder in kept documents, and leaves no bytes of the person in the file, WAL or index', async () => {
    const file = tempFile();
    const files = [file, `${file}-wal`, `${file}-shm`];
    const db = await openDatabase({ file });
    const ctx = ctxOf(db);
    const w = await personEverywhere(ctx);
    expect((await call(ctx, 'search.query', { q: 'sletmigsen' })).hits.length).toBeGreaterThan(0);

    const plan = await call(ctx, 'erasure.preview', { id: w.p.id });
    expect(plan).toMatchObject({ memberships: 1, invitations: 1 });
    expect(plan.involvements).toBeGreaterThanOrEqual(2); // the manual one and the automatic invitations
    expect(plan.keptDocumentReferences).toBeGreaterThanOrEqual(6); // attendance, minutes (name, e-mail, phone), decision, action, sent memo
    expect(plan.otherTextReferences).toBeGreaterThanOrEqual(4);
    expect(plan.other).toBe(2);
    const before = hits(files, NEEDLES);
    expect(before.length).toBeGreaterThan(0);

    const done = await call(ctx, 'people.erase', { id: w.p.id, reason: 'art17_request' });
    expect(done).toEqual(plan);
    const afterErase = hits(files, NEEDLES);

    // Kept documents still render, with the placeholder.
    const minutes = pdfText(await call(ctx, 'meetings.minutesPdf', { id: w.past.id })).replace(/\s+/g, ' ');
    expect(minutes).toContain(ERASED_PERSON);
    expect(minutes).toContain('Anden Person');
    expect(minutes).not.toMatch(/Sletmigsen|sletmig@/);
    const past = await call(ctx, 'meetings.get', { id: w.past.id });
    expect(past.invitees.map((i) => i.name).sort()).toEqual(['Anden Person', ERASED_PERSON].sort());
    expect(past.decisions[0]!.text).toBe(`Styregruppen følger ${ERASED_PERSON}s anbefaling om mentorkorpset.`);
    expect((await call(ctx, 'meetings.get', { id: w.future.id })).invitees).toEqual([]);
    const memo = await call(ctx, 'memos.get', { id: w.sent.id });
    expect(memo.content.author).toBe(`${ERASED_PERSON}, UU Vestegnen`);
    expect((await call(ctx, 'memos.pdf', { id: w.sent.id })).fileName).toMatch(/\.pdf$/);
    // Others are untouched; the person is gone from search.
    expect((await call(ctx, 'people.get', { id: w.other.id })).notes).toBe(`Kollega til ${ERASED_PERSON}`);
    expect((await call(ctx, 'search.query', { q: 'sletmigsen' })).hits).toEqual([]);
    expect((await call(ctx, 'search.query', { q: 'anden person' })).hits.length).toBeGreaterThan(0);
    await expect(call(ctx, 'people.get', { id: w.p.id })).rejects.toThrow();

    // The decision is in the audit log with its reason, and without the name.
    const audit = await call(ctx, 'audit.list', { offset: 0, limit: 1000 });
    const erased = audit.items.filter((a) => a.channel === 'people.erase');
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({ action: 'delete', subject: `people:${w.p.id}`, reason: 'art17_request' });
    expect(erased[0]!.osUser.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toMatch(/Sletmigsen|Zyxw/i);

    await db.close();
    const afterClose = hits(files, NEEDLES);
    const other = hits(files, ['anden@eksempel.dk']);
    recordFigure(
      'Erasure byte search (person in every feature)',
      NEEDLES.length * files.length * 2,
      afterErase.length + afterClose.length,
      `${NEEDLES.length} forms of name/e-mail/phone × db, -wal, -shm, after erase and after close; ${before.length} hits before`,
    );
    expect(afterErase).toEqual([]);
    expect(afterClose).toEqual([]);
    expect(other.length).toBeGreaterThan(0);
  });

  it('a purged person is gone from the data file and its WAL (secure_delete + checkpoint after deletes)', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    const ctx = ctxOf(db);
    await call(ctx, 'people.create', { name: 'Anden Person', email: 'anden@eksempel.dk' });
    const p = await call(ctx, 'people.create', PERSON);
    await call(ctx, 'people.update', { id: p.id, data: { ...PERSON, title: 'Vejleder Qvx 2' } });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: p.id, date: '2026-02-01', form: 'consulted', topic: 'Mentorkorpset', outcome: 'Zyxwø svarede' });
    const files = [file, `${file}-wal`, `${file}-shm`];
    await call(ctx, 'people.delete', { id: p.id });
    const inTrash = hits(files, NEEDLES);
    await call(ctx, 'trash.purge', { kind: 'person', id: p.id });
    const afterPurge = hits(files, NEEDLES);
    const other = hits(files, ['anden@eksempel.dk']);
    await db.close();
    const afterClose = hits(files, NEEDLES);
    recordFigure('Erasure byte search (purge from trash)', NEEDLES.length * 2, afterPurge.length + afterClose.length, `${inTrash.length} hits while in the trash (expected), 0 after purge and after close`);
    expect(inTrash.length).toBeGreaterThan(0);
    expect(afterPurge).toEqual([]);
    expect(afterClose).toEqual([]);
    expect(other.length).toBeGreaterThan(0);
  });

  it('purging an organisation removes its involvement log and map placement too', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    const org = await call(ctx, 'organisations.create', { name: 'Zyxwø Erhverv ApS', kind: 'company' });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: org.id, date: '2026-02-01', form: 'consulted', topic: 'Praktikpladser hos Qvxbageriet' });
    await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: 40, interest: 80 });
    await call(ctx, 'organisations.delete', { id: org.id });
    await call(ctx, 'trash.purge', { kind: 'organisation', id: org.id });
    const left = db.raw().prepare(`SELECT (SELECT COUNT(*) FROM involvement) + (SELECT COUNT(*) FROM stakeholder_position) AS n`).get() as { n: number };
    expect(left.n).toBe(0);
    expect((await call(ctx, 'search.query', { q: 'qvxbageriet' })).hits).toEqual([]);
    await db.close();
  });
});

describe('access request (Art. 15)', () => {
  it('exports everything on the person, with the processing log, and nothing on anyone else', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    const other = await call(ctx, 'people.create', { name: 'Qvist Anden', email: 'qvist.anden@eksempel.dk' });
    const org = await call(ctx, 'organisations.create', { name: 'UU Vestegnen', kind: 'other' });
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const p = await call(ctx, 'people.create', { ...PERSON, organisationId: org.id });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: other.id, role: 'member' });
    await call(ctx, 'people.update', { id: p.id, data: { ...PERSON, organisationId: org.id, title: 'Leder' } });
    await call(ctx, 'people.exportData', { id: p.id });
    const file = await call(ctx, 'people.exportData', { id: p.id });
    await db.close();
    const text = Buffer.from(file.base64!, 'base64').toString('utf8');
    const json = JSON.parse(text) as { person: { email: string; memberships: unknown[]; organisationName: string }; processing: { action: string }[] };
    expect(file.fileName).toMatch(/^Indsigt Zyxwø Sletmigsen \d{4}-\d\d-\d\d\.json$/);
    expect(json.person.email).toBe(PERSON.email);
    expect(json.person.organisationName).toBe('UU Vestegnen');
    expect(json.person.memberships).toHaveLength(1);
    expect(json.processing.map((e) => e.action)).toEqual(['create', 'update', 'export']);
    expect(text).not.toContain('qvist');
    expect(text).not.toContain('Qvist');
    expect(text).not.toContain('os_user');
  });
});
