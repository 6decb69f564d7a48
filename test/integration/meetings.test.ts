import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { dispatch } from '../../main/api/dispatch';
import type { Meeting } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { parseIcs } from '../helpers/ical';
import { pdfText } from '../helpers/pdf';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

async function partnership() {
  const body = await call(ctx, 'bodies.create', { name: 'Ungepartnerskabet', kind: 'partnership' });
  const gym = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
  const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
  const jorgen = await call(ctx, 'people.create', { name: 'Jørgen Lærkesen', title: 'Rektor', organisationId: gym.id, email: 'rektor@hvidovre-gym.dk' });
  const lise = await call(ctx, 'people.create', { name: 'Lise Brønnum', organisationId: uu.id, email: 'lise@uu.dk' });
  const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
  for (const p of [jorgen, lise, aase]) await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
  await call(ctx, 'memberships.add', { bodyId: body.id, organisationId: uu.id, role: 'member' });
  return { body, gym, uu, jorgen, lise, aase };
}

const themeMeeting = (bodyId: number, date = '2026-04-14') => ({
  title: 'Temamøde om frafald', type: 'theme_meeting' as const, bodyId, date, startTime: '13:00', endTime: '16:00', place: 'Hvidovre Rådhus, mødesal 1',
});

/** An earlier meeting of the body, so the next one has minutes to follow up (and gets that standard item). */
const earlierMeeting = (bodyId: number) =>
  call(ctx, 'meetings.create', { data: { ...themeMeeting(bodyId, '2026-02-10'), title: 'Opstartsmøde' } });

async function sixItems(meetingId: number, presenterId: number): Promise<Meeting> {
  await call(ctx, 'agenda.add', { meetingId, data: { title: 'Frafald på erhvervsuddannelserne', kind: 'discussion', presenterId, durationMinutes: 45 } });
  await call(ctx, 'agenda.add', { meetingId, data: { title: 'Pause', isBreak: true, durationMinutes: 15 } });
  return call(ctx, 'agenda.add', { meetingId, data: { title: 'Mentorkorps – forslag til indsats', kind: 'decision', durationMinutes: 60, description: 'Drøftelse af erfaringer fra Fyn.' } });
}

describe('planning', () => {
  it('creates a meeting with standard items, numbers items and computes times from the start', async () => {
    const { body, jorgen } = await partnership();
    // The body's first meeting has no minutes to follow up: no "Opfølgning på referat fra sidste møde".
    expect((await earlierMeeting(body.id)).items.map((i) => i.standard)).toEqual(['approval', 'aob']);
    const created = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    expect(created.items.map((i) => i.standard)).toEqual(['approval', 'followup', 'aob']);
    const m = await sixItems(created.id, jorgen.id);
    expect(m.items.map((i) => [i.number, i.title, i.startTime, i.endTime])).toEqual([
      ['1', 'Godkendelse af dagsorden', '13:00', '13:05'],
      ['2', 'Opfølgning på referat fra sidste møde', '13:05', '13:15'],
      ['3', 'Frafald på erhvervsuddannelserne', '13:15', '14:00'],
      [null, 'Pause', '14:00', '14:15'],
      ['4', 'Mentorkorps – forslag til indsats', '14:15', '15:15'],
      ['5', 'Eventuelt', '15:15', '15:20'],
    ]);
    expect(m.items[2]!.presenterName).toBe('Jørgen Lærkesen');
    expect(m.overrunMinutes).toBe(0);
    const longer = await call(ctx, 'agenda.update', { id: m.items[4]!.id, data: { title: 'Mentorkorps', kind: 'decision', durationMinutes: 160 } });
    expect(longer.overrunMinutes).toBe(60);
  });

  it('reorders items and rejects a stale order', async () => {
    const { body, jorgen } = await partnership();
    await earlierMeeting(body.id);
    const m = await sixItems((await call(ctx, 'meetings.create', { data: themeMeeting(body.id) })).id, jorgen.id);
    const ids = m.items.map((i) => i.id);
    const swapped = [ids[0]!, ids[2]!, ids[1]!, ...ids.slice(3)];
    const r = await call(ctx, 'agenda.reorder', { meetingId: m.id, itemIds: swapped });
    expect(r.items.map((i) => i.id)).toEqual(swapped);
    expect(r.items[1]!.startTime).toBe('13:05');
    expect(r.items[2]!.startTime).toBe('13:50');
    await expect(call(ctx, 'agenda.reorder', { meetingId: m.id, itemIds: ids.slice(1) })).rejects.toThrow(/CONFLICT/);
  });

  it('standard items fit the meeting: the follow-up item only where there is an earlier meeting to follow up', async () => {
    const { body } = await partnership();
    // A first meeting without a body follows up nothing; once it picks a meeting ("Følger op på") it does.
    const kickOff = await call(ctx, 'meetings.create', { data: { ...themeMeeting(body.id), bodyId: null, title: 'Kick-off workshop' } });
    expect(kickOff.items.map((i) => i.standard)).toEqual(['approval', 'aob']);
    const picked = await call(ctx, 'meetings.create', { data: { ...themeMeeting(body.id, '2026-05-12'), bodyId: null, title: 'Workshop 2', followsUpMeetingId: kickOff.id } });
    expect(picked.items.map((i) => i.standard)).toEqual(['approval', 'followup', 'aob']);
    // A series: its first meeting has nothing to follow up, every later one follows up the one before.
    const series = await call(ctx, 'meetings.createSeries', {
      title: 'Styregruppemøde', type: 'steering_group', bodyId: null, fromDate: '2026-09-01', everyMonths: 2, weekday: 1, ordinal: 1, count: 3, startTime: '09:00', durationMinutes: 120,
    });
    const standards = await Promise.all(series.map(async (s) => (await call(ctx, 'meetings.get', { id: s.id })).items.map((i) => i.standard)));
    expect(standards).toEqual([['approval', 'aob'], ['approval', 'followup', 'aob'], ['approval', 'followup', 'aob']]);
  });

  it('rejects an end before the start with a field error', async () => {
    const env = await dispatch(ctx, 'meetings.create', { data: { ...themeMeeting(1), startTime: '15:00', endTime: '14:00' } }, () => undefined);
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.fieldErrors?.['data.endTime']).toEqual(['Sluttid skal ligge efter starttid']);
  });

  it('creates a series on the first Tuesday every other month and exports it as one calendar', async () => {
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const series = {
      title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, fromDate: '2026-01-10', everyMonths: 2, weekday: 1, ordinal: 1, count: 4, startTime: '09:00', durationMinutes: 120,
    } as const;
    expect(await call(ctx, 'meetings.previewSeries', series)).toEqual(['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04']);
    const list = await call(ctx, 'meetings.createSeries', series);
    expect(list.map((x) => x.date)).toEqual(['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04']);
    expect(list.every((x) => x.endTime === '11:00' && x.seriesId === list[0]!.seriesId)).toBe(true);
    const moved = await call(ctx, 'meetings.update', { id: list[1]!.id, data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2026-04-14', startTime: '09:00', endTime: '11:00' } });
    expect(moved.date).toBe('2026-04-14');
    const ics = await call(ctx, 'meetings.seriesIcs', { id: list[0]!.id });
    const parsed = parseIcs(Buffer.from(ics.base64!, 'base64'));
    expect(parsed.events.map((e) => e.start)).toEqual(['2026-02-03 09:00', '2026-04-14 09:00', '2026-06-02 09:00', '2026-08-04 09:00']);
    // Winter is UTC+1, summer UTC+2.
    expect(parsed.events.map((e) => e.utcStart)).toEqual(['2026-02-03 08:00', '2026-04-14 07:00', '2026-06-02 07:00', '2026-08-04 07:00']);
  });

  it('copies the agenda structure of a previous meeting', async () => {
    const { body, jorgen } = await partnership();
    await earlierMeeting(body.id);
    const first = await sixItems((await call(ctx, 'meetings.create', { data: themeMeeting(body.id) })).id, jorgen.id);
    await call(ctx, 'minutes.setItem', { itemId: first.items[2]!.id, minutes: 'Drøftet.' });
    const copy = await call(ctx, 'meetings.create', { data: themeMeeting(body.id, '2026-06-09'), copyFromId: first.id });
    expect(copy.items.map((i) => i.title)).toEqual(first.items.map((i) => i.title));
    expect(copy.items.every((i) => i.minutes === null)).toBe(true);
    expect(copy.items[2]!.presenterId).toBe(jorgen.id);
  });

  it('deletes a meeting with undo: its action items leave lists and follow-up until restored', async () => {
    const { body, jorgen } = await partnership();
    const first = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    await call(ctx, 'actionItems.add', { meetingId: first.id, what: 'Send desk-research ud', ownerPersonId: jorgen.id });
    const next = await call(ctx, 'meetings.create', { data: themeMeeting(body.id, '2026-06-09') });
    await call(ctx, 'meetings.delete', { id: first.id });
    expect((await call(ctx, 'meetings.list', {})).items.map((m) => m.id)).toEqual([next.id]);
    expect((await call(ctx, 'meetings.get', { id: next.id })).followUp).toEqual([]);
    expect(await call(ctx, 'actionItems.list', {})).toEqual({ items: [], total: 0, offset: 0 });
    await expect(call(ctx, 'meetings.get', { id: first.id })).rejects.toThrow(/NOT_FOUND/);
    await call(ctx, 'meetings.restore', { id: first.id });
    expect((await call(ctx, 'meetings.get', { id: next.id })).followUp.map((a) => a.what)).toEqual(['Send desk-research ud']);
  });

  it('keeps user-changed default lengths per meeting type', async () => {
    expect((await call(ctx, 'meetings.typeDefaults', {})).theme_meeting).toBe(180);
    const d = await call(ctx, 'meetings.typeDefaults', {});
    expect((await call(ctx, 'meetings.setTypeDefaults', { ...d, steering_group: 90 })).steering_group).toBe(90);
    expect((await call(ctx, 'meetings.typeDefaults', {})).kickoff_workshop).toBe(240);
  });
});

describe('invitees and attachments', () => {
  it('invites a whole body once, records replies and attendance, and adds a guest to the register', async () => {
    const { body, lise } = await partnership();
    const m = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    await call(ctx, 'invitees.add', { meetingId: m.id, bodyId: body.id });
    let r = await call(ctx, 'invitees.add', { meetingId: m.id, personIds: [lise.id] });
    expect(r.invitees.map((i) => i.name)).toEqual(['Jørgen Lærkesen', 'Lise Brønnum', 'UU Center-Syd', 'Åse Kjærgaard']);
    const jorgen = r.invitees[0]!;
    r = await call(ctx, 'invitees.update', { id: jorgen.id, reply: 'declined', attendance: 'regrets' });
    expect(r.invitees[0]).toMatchObject({ reply: 'declined', attendance: 'regrets', organisationName: 'Hvidovre Gymnasium' });
    r = await call(ctx, 'invitees.addGuest', { meetingId: m.id, name: 'Kirsten Ørbæk', email: 'kirsten@dansk-industri.dk', title: 'Konsulent' });
    expect(r.invitees.map((i) => i.name)).toContain('Kirsten Ørbæk');
    const found = await call(ctx, 'people.list', { search: 'ørbæk' });
    expect(found.items[0]).toMatchObject({ name: 'Kirsten Ørbæk', relation: 'adhoc' });
    expect((await call(ctx, 'people.get', { id: found.items[0]!.id })).relationReason).toBe(`Gæst ved mødet ${m.title}`);
    // In English the reason a guest starts with is English (the user's own text from then on).
    await call(ctx, 'settings.setLanguage', { language: 'en' });
    await call(ctx, 'invitees.addGuest', { meetingId: m.id, name: 'Ayşe Yılmaz', email: 'ayse@example.com', title: null });
    const guest = (await call(ctx, 'people.list', { search: 'Yılmaz' })).items[0]!;
    expect((await call(ctx, 'people.get', { id: guest.id })).relationReason).toBe(`Guest at the meeting ${m.title}`);
  });

  it('stores pre-reading in the data folder and refuses files over 10 MB with a clear message', async () => {
    const { body } = await partnership();
    const m = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    const item = m.items[1]!;
    const r = await call(ctx, 'agenda.attach', { itemId: item.id, fileName: 'Desk-research ungeområdet.pdf', base64: Buffer.from('%PDF-1.4 test').toString('base64') });
    const att = r.items[1]!.attachments[0]!;
    expect(att).toMatchObject({ fileName: 'Desk-research ungeområdet.pdf', size: 13 });
    const back = await call(ctx, 'agenda.attachment', { id: att.id });
    expect(Buffer.from(back.base64!, 'base64').toString()).toBe('%PDF-1.4 test');
    const big = Buffer.alloc(10 * 1024 * 1024 + 10).toString('base64');
    const env = await dispatch(ctx, 'agenda.attach', { itemId: item.id, fileName: 'stor.pdf', base64: big }, () => undefined);
    expect(env.ok).toBe(false);
    if (!env.ok) expect(JSON.stringify(env.error)).toMatch(/10 MB/);
  });
});

describe('minutes, decisions and action items', () => {
  it('carries open action items to the next meeting of the body until they are ticked off there', async () => {
    const { body, jorgen, uu, aase } = await partnership();
    await earlierMeeting(body.id);
    const first = await sixItems((await call(ctx, 'meetings.create', { data: themeMeeting(body.id) })).id, jorgen.id);
    const item = first.items[2]!;
    await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: 'Frafaldet på EUD er størst i første år.' });
    await call(ctx, 'decisions.add', { meetingId: first.id, itemId: item.id, text: 'Partnerskabet arbejder videre med mentorordning.' });
    await call(ctx, 'actionItems.add', { meetingId: first.id, itemId: item.id, what: 'Oversigt over tiltag 0–12, 12–18 og 18–25 år', ownerOrganisationId: uu.id, dueDate: '2026-05-01' });
    await call(ctx, 'actionItems.add', { meetingId: first.id, itemId: item.id, what: 'Tværgående analyse af Uddannelsesnøglen', ownerPersonId: aase.id, dueDate: '2026-06-01' });
    const done = await call(ctx, 'meetings.get', { id: first.id });
    expect(done.actionItems.map((a) => [a.ownerName, a.itemNumber])).toEqual([['UU Center-Syd', '3'], ['Åse Kjærgaard', '3']]);

    const other = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const unrelated = await call(ctx, 'meetings.create', { data: { ...themeMeeting(other.id, '2026-05-05') } });
    expect(unrelated.followUp).toEqual([]);

    const next = await call(ctx, 'meetings.create', { data: themeMeeting(body.id, '2026-06-09') });
    expect(next.followUp.map((a) => a.what)).toEqual(['Oversigt over tiltag 0–12, 12–18 og 18–25 år', 'Tværgående analyse af Uddannelsesnøglen']);
    const ticked = await call(ctx, 'actionItems.setStatus', { id: next.followUp[0]!.id, status: 'done', doneDate: '2026-06-09', atMeetingId: next.id });
    expect(ticked).toMatchObject({ status: 'done', doneDate: '2026-06-09', meetingId: first.id });
    // Still shown (as done) where it was ticked off; gone from later meetings.
    expect((await call(ctx, 'meetings.get', { id: next.id })).followUp.map((a) => a.status)).toEqual(['done', 'open']);
    const later = await call(ctx, 'meetings.create', { data: themeMeeting(body.id, '2026-09-01') });
    expect(later.followUp.map((a) => a.what)).toEqual(['Tværgående analyse af Uddannelsesnøglen']);
    expect((await call(ctx, 'meetings.get', { id: first.id })).actionItems[0]!.status).toBe('done');
  });

  it('locks approved minutes until reopened, but lets action items be ticked off', async () => {
    const { body, jorgen } = await partnership();
    const first = await sixItems((await call(ctx, 'meetings.create', { data: themeMeeting(body.id) })).id, jorgen.id);
    const next = await call(ctx, 'meetings.create', { data: themeMeeting(body.id, '2026-06-09') });
    await call(ctx, 'actionItems.add', { meetingId: first.id, what: 'Send referat', ownerPersonId: jorgen.id });
    const approved = await call(ctx, 'minutes.approve', { id: first.id, approvedAtMeetingId: next.id });
    expect(approved).toMatchObject({ minutesStatus: 'approved', status: 'minutes_approved', minutesApprovedAt: { meetingId: next.id, date: '2026-06-09' } });
    await expect(call(ctx, 'minutes.setItem', { itemId: first.items[2]!.id, minutes: 'Rettelse' })).rejects.toThrow(/låst/);
    await expect(call(ctx, 'decisions.add', { meetingId: first.id, text: 'Ny' })).rejects.toThrow(/CONFLICT/);
    await expect(call(ctx, 'agenda.add', { meetingId: first.id, data: { title: 'Nyt', durationMinutes: 5 } })).rejects.toThrow(/CONFLICT/);
    await call(ctx, 'actionItems.setStatus', { id: approved.actionItems[0]!.id, status: 'done', atMeetingId: next.id });
    const reopened = await call(ctx, 'minutes.reopen', { id: first.id });
    expect(reopened).toMatchObject({ minutesStatus: 'draft', status: 'held' });
    await call(ctx, 'minutes.setItem', { itemId: first.items[2]!.id, minutes: 'Rettelse' });
  });

  it('lists action items across meetings, filtered by body, owner and overdue, and exports them to Excel', async () => {
    const { body, jorgen, uu, lise } = await partnership();
    const other = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const a = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    const b = await call(ctx, 'meetings.create', { data: themeMeeting(other.id, '2026-05-01') });
    await call(ctx, 'actionItems.add', { meetingId: a.id, what: 'Overskredet opgave', ownerPersonId: jorgen.id, dueDate: '2026-04-20' });
    await call(ctx, 'actionItems.add', { meetingId: a.id, what: 'Fremtidig opgave', ownerPersonId: lise.id, dueDate: '2026-12-01' });
    await call(ctx, 'actionItems.add', { meetingId: b.id, what: 'Styregruppens opgave', ownerOrganisationId: uu.id });
    const list = (q: Record<string, unknown>) => call(ctx, 'actionItems.list', { today: '2026-06-01', ...q }).then((l) => l.items.map((x) => x.what));
    expect(await list({})).toEqual(['Overskredet opgave', 'Fremtidig opgave', 'Styregruppens opgave']);
    expect(await list({ bodyId: other.id })).toEqual(['Styregruppens opgave']);
    expect(await list({ overdueOnly: true })).toEqual(['Overskredet opgave']);
    // An organisation owns its people's action items too.
    expect(await list({ ownerOrganisationId: uu.id })).toEqual(['Fremtidig opgave', 'Styregruppens opgave']);
    const file = await call(ctx, 'actionItems.exportXlsx', { today: '2026-06-01' });
    expect(file.fileName).toBe('Aftaleliste 2026-06-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64!, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Aftaler')!;
    expect(ws.getRow(1).values).toContain('Hvad');
    expect(ws.getRow(2).getCell(1).value).toBe('Overskredet opgave');
    expect(ws.getRow(2).getCell(5).value).toBe('Ja');
    expect(ws.rowCount).toBe(4);
  });

  it('exports more action items than one page of the workbook reader, in the list order (by due date, undated last)', async () => {
    const { body, jorgen } = await partnership();
    const a = await call(ctx, 'meetings.create', { data: themeMeeting(body.id) });
    // 260 items cross the reader's 250-id pages; due dates run backwards so id order is not the file order.
    for (let i = 0; i < 260; i++) {
      const day = String(28 - (i % 28)).padStart(2, '0');
      await call(ctx, 'actionItems.add', { meetingId: a.id, what: `Opgave ${i}`, ownerPersonId: jorgen.id, ...(i % 10 === 0 ? {} : { dueDate: `2026-0${5 + (i % 3)}-${day}` }) });
    }
    const list = await call(ctx, 'actionItems.list', { today: '2026-06-01', status: 'all', limit: 1000 });
    const file = await call(ctx, 'actionItems.exportXlsx', { today: '2026-06-01', status: 'all' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64!, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Aftaler')!;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(list.items.map((x) => x.what));
    expect(rows.map((r) => r.getCell(3).value || null)).toEqual(list.items.map((x) => x.dueDate));
    expect(rows.at(-1)!.getCell(3).value ?? '').toBe('');
    expect(rows[0]!.getCell(2).value).toBe('Jørgen Lærkesen');
  });
});

describe('documents', () => {
  async function heldMeeting() {
    const p = await partnership();
    await earlierMeeting(p.body.id);
    const m = await sixItems((await call(ctx, 'meetings.create', { data: themeMeeting(p.body.id) })).id, p.jorgen.id);
    await call(ctx, 'invitees.add', { meetingId: m.id, bodyId: p.body.id });
    const withInv = await call(ctx, 'meetings.get', { id: m.id });
    const byName = new Map(withInv.invitees.map((i) => [i.name, i.id]));
    await call(ctx, 'invitees.update', { id: byName.get('Jørgen Lærkesen')!, reply: 'accepted', attendance: 'present' });
    await call(ctx, 'invitees.update', { id: byName.get('Åse Kjærgaard')!, reply: 'declined', attendance: 'regrets' });
    return { ...p, m: await call(ctx, 'meetings.get', { id: m.id }) };
  }

  it('agenda PDF shows header, invitees and every item with its times', async () => {
    const { m } = await heldMeeting();
    const file = await call(ctx, 'meetings.agendaPdf', { id: m.id });
    expect(file.fileName).toBe('Dagsorden Temamøde om frafald 2026-04-14.pdf');
    const text = pdfText(file);
    expect(text).toContain('Dagsorden: Temamøde om frafald');
    expect(text).toContain('Tirsdag den 14. april 2026');
    expect(text).toContain('Kl. 13.00–16.00');
    expect(text).toContain('Hvidovre Rådhus, mødesal 1');
    for (const it of m.items) {
      expect(text).toContain(it.isBreak ? it.title : `${it.number}. ${it.title}`);
      expect(text).toContain(`${it.startTime.replace(':', '.')}–${it.endTime.replace(':', '.')}`);
    }
    expect(text).toContain('v. Jørgen Lærkesen');
    expect(text).toMatch(/Side 1 af \d/);
    expect(text).toContain('Ungepartnerskabet');
  });

  it('minutes PDF has minutes, decisions and an action-item table per item, and attendance', async () => {
    const { m, uu } = await heldMeeting();
    const item = m.items[2]!;
    await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: 'Frafaldet er størst på grundforløbet.' });
    await call(ctx, 'decisions.add', { meetingId: m.id, itemId: item.id, text: 'Der nedsættes en arbejdsgruppe.' });
    await call(ctx, 'actionItems.add', { meetingId: m.id, itemId: item.id, what: 'Indkalde arbejdsgruppen', ownerOrganisationId: uu.id, dueDate: '2026-05-15' });
    const file = await call(ctx, 'meetings.minutesPdf', { id: m.id });
    const text = pdfText(file, { layout: true });
    expect(text).toContain('Referat: Temamøde om frafald');
    expect(text).toMatch(/Til stede\s+Jørgen Lærkesen \(Hvidovre Gymnasium\)/);
    expect(text).toMatch(/Afbud\s+Åse Kjærgaard/);
    expect(text).toContain('Frafaldet er størst på grundforløbet.');
    expect(text).toContain('Der nedsættes en arbejdsgruppe.');
    expect(text).toMatch(/Hvad\s+Hvem\s+Hvornår/);
    expect(text).toContain('Indkalde arbejdsgruppen');
    expect(text).toContain('15. maj 2026');
    expect(text).toContain('Referatet er et udkast og er endnu ikke godkendt.');
    const later = await call(ctx, 'meetings.create', { data: themeMeeting(m.bodyId!, '2026-06-09') });
    await call(ctx, 'minutes.approve', { id: m.id, approvedAtMeetingId: later.id });
    expect(pdfText(await call(ctx, 'meetings.minutesPdf', { id: m.id }))).toContain('Referatet er godkendt på mødet Temamøde om frafald den 9. juni 2026.');
  });

  it('.ics parses with an independent parser: local Copenhagen time, place, agenda and attendees', async () => {
    const { m } = await heldMeeting();
    const file = await call(ctx, 'meetings.ics', { id: m.id });
    expect(file.mimeType).toBe('text/calendar');
    const raw = Buffer.from(file.base64!, 'base64').toString('utf8');
    expect(raw.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const { events } = parseIcs(raw);
    expect(events).toHaveLength(1);
    const ev = events[0]!;
    expect(ev).toMatchObject({ start: '2026-04-14 13:00', end: '2026-04-14 16:00', utcStart: '2026-04-14 11:00', tzid: 'Europe/Copenhagen', location: 'Hvidovre Rådhus, mødesal 1' });
    expect(ev.summary).toBe('Temamøde om frafald – Ungepartnerskabet');
    expect(ev.description).toContain('3. Frafald på erhvervsuddannelserne (13.15–14.00, drøftelse, v. Jørgen Lærkesen)');
    expect(ev.attendees).toContainEqual({ email: 'mailto:aase@hvidovre.dk', cn: 'Åse Kjærgaard', partstat: 'DECLINED' });
  });
});
