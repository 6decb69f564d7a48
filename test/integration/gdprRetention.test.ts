import { addDays, addMonths, format, subMonths } from 'date-fns';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { recordFigure } from '../reliability/figures';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const today = new Date();

/** A contact registered long ago (creation counts as activity, so tests must date it back). */
async function oldContact(name: string, relation: 'adhoc' | 'core' | null) {
  const p = await call(ctx, 'people.create', { name, relation });
  await db.ds.query('UPDATE person SET created_at = ? WHERE id = ?', ['2015-01-01T09:00:00.000Z', p.id]);
  return p;
}

describe('retention proposals', () => {
  it('proposes ad-hoc and unrelated contacts inactive for the period (boundary inclusive); keep hides them for one period; erase goes through erasure', async () => {
    const cutoff = subMonths(today, 24);
    const onCutoff = await oldContact('Anne På Grænsen', 'adhoc');
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: onCutoff.id, date: iso(cutoff), form: 'consulted', topic: 'Praktik' });
    const dayAfter = await oldContact('Bo Dagen Efter', 'adhoc');
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: dayAfter.id, date: iso(addDays(cutoff, 1)), form: 'consulted', topic: 'Praktik' });
    const invited = await oldContact('Carl Inviteret', null);
    const mt = await call(ctx, 'meetings.create', { data: { title: 'Temamøde', type: 'theme_meeting', bodyId: null, date: iso(addDays(cutoff, 30)), startTime: '13:00', endTime: '16:00' } });
    await call(ctx, 'invitees.add', { meetingId: mt.id, organisationIds: [], personIds: [invited.id] });
    const idle = await oldContact('Dorte Uden Aktivitet', null);
    await oldContact('Erik Fast Deltager', 'core');
    await call(ctx, 'people.create', { name: 'Frida Ny Kontakt', relation: 'adhoc' });

    let list = await call(ctx, 'retention.list', {});
    const expected = ['Anne På Grænsen', 'Dorte Uden Aktivitet'];
    const got = list.items.map((i) => i.name);
    const wrong = [...expected.filter((n) => !got.includes(n)), ...got.filter((n) => !expected.includes(n))].length;
    recordFigure('Retention proposals at the boundary', 6, wrong, 'on the cutoff day proposed, a day later not; meeting invitation counts; core and new contacts never');
    expect(list.months).toBe(24);
    expect(list.cutoff).toBe(iso(cutoff));
    expect(list.items.map((i) => [i.name, i.lastActivity])).toEqual([
      ['Anne På Grænsen', iso(cutoff)],
      ['Dorte Uden Aktivitet', '2015-01-01'],
    ]);

    const kept = await call(ctx, 'retention.setKeepUntil', { ids: [idle.id] });
    expect(kept).toEqual({ kept: 1, keepUntil: iso(addMonths(today, 24)) });
    list = await call(ctx, 'retention.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Anne På Grænsen']);

    await call(ctx, 'settings.update', { partnershipName: 'Ungepartnerskabet', municipality: '', retentionMonths: 12 });
    list = await call(ctx, 'retention.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Anne På Grænsen', 'Bo Dagen Efter', 'Carl Inviteret']);
    // Saving the partnership name alone leaves the period as it is.
    await call(ctx, 'settings.update', { partnershipName: 'Ungepartnerskabet Vest', municipality: '' });
    expect((await call(ctx, 'settings.get', {})).retentionMonths).toBe(12);
    await expect(call(ctx, 'settings.update', { partnershipName: 'X', municipality: '', retentionMonths: 0 })).rejects.toThrow();

    expect(await call(ctx, 'retention.erase', { ids: [onCutoff.id, dayAfter.id] })).toEqual({ erased: 2 });
    list = await call(ctx, 'retention.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Carl Inviteret']);
    await expect(call(ctx, 'people.get', { id: onCutoff.id })).rejects.toThrow();
    expect(await db.ds.query(`SELECT COUNT(*) AS n FROM involvement WHERE actor_kind = 'person' AND actor_id IN (?, ?)`, [onCutoff.id, dayAfter.id])).toEqual([{ n: 0 }]);
    const audit = (await call(ctx, 'audit.list', { offset: 0, limit: 100 })).items;
    expect(audit.filter((a) => a.channel === 'people.erase').map((a) => [a.subject, a.reason]).sort()).toEqual([
      [`people:${onCutoff.id}`, 'retention_expired'],
      [`people:${dayAfter.id}`, 'retention_expired'],
    ]);
    expect(audit.find((a) => a.channel === 'retention.setKeepUntil')?.action).toBe('update');
  });
});

describe('Art. 15 export', () => {
  it('holds every area the person appears in, as JSON and as one workbook sheet per area, and nothing on others', async () => {
    const other = await call(ctx, 'people.create', { name: 'Grete Anden', email: 'grete@eksempel.dk' });
    const p = await call(ctx, 'people.create', { name: 'Hanne Indsigt', email: 'hanne@eksempel.dk', phone: '12 34 56 78' });
    const mt = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: null, date: '2026-03-10', startTime: '13:00', endTime: '15:00' } });
    await call(ctx, 'invitees.add', { meetingId: mt.id, organisationIds: [], personIds: [p.id, other.id] });
    const withItem = await call(ctx, 'agenda.add', { meetingId: mt.id, data: { title: 'Mentorkorps', kind: 'decision', presenterId: p.id, durationMinutes: 20 } });
    const item = withItem.items.find((i) => i.title === 'Mentorkorps')!;
    await call(ctx, 'decisions.add', { meetingId: mt.id, itemId: item.id, text: 'Styregruppen følger Hanne Indsigts forslag.' });
    await call(ctx, 'decisions.add', { meetingId: mt.id, itemId: item.id, text: 'Grete Anden undersøger økonomien.' });
    await call(ctx, 'actionItems.add', { meetingId: mt.id, itemId: null, what: 'Sende mentoroversigt', ownerPersonId: p.id, ownerOrganisationId: null, dueDate: '2026-04-01' });
    await call(ctx, 'actionItems.add', { meetingId: mt.id, itemId: null, what: 'Grete booker lokale', ownerPersonId: other.id, ownerOrganisationId: null, dueDate: null });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: p.id, date: '2026-02-01', form: 'consulted', topic: 'Mentorer', outcome: 'Tre navne' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: other.id, date: '2026-02-01', form: 'consulted', topic: 'Gretes emne' });
    await call(ctx, 'stakeholders.place', { actorKind: 'person', actorId: p.id, influence: 30, interest: 70 });

    const json = JSON.parse(Buffer.from((await call(ctx, 'people.exportData', { id: p.id })).base64!, 'base64').toString('utf8'));
    expect(json.meetings).toEqual([{ date: '2026-03-10', title: 'Styregruppemøde', reply: 'Inviteret', attendance: null }]);
    expect(json.presented).toEqual([{ date: '2026-03-10', meeting: 'Styregruppemøde', item: 'Mentorkorps' }]);
    expect(json.actionItems).toEqual([{ meeting: 'Styregruppemøde', what: 'Sende mentoroversigt', due: '2026-04-01', status: 'Åben' }]);
    expect(json.involvements.some((i: { topic: string; form: string }) => i.topic === 'Mentorer' && i.form === 'Konsulteret')).toBe(true);
    expect(json.stakeholderMap).toEqual([expect.objectContaining({ influence: 30, interest: 70 })]);
    expect(json.mentions).toEqual([{ where: 'Beslutning', field: 'Tekst', text: 'Styregruppen følger Hanne Indsigts forslag.' }]);
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/Grete|grete|Gretes/);

    const file = await call(ctx, 'people.exportData', { id: p.id, format: 'xlsx' });
    expect(file.fileName).toMatch(/^Indsigt Hanne Indsigt \d{4}-\d\d-\d\d\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64!, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Person', 'Organer', 'Møder', 'Oplæg', 'Aftaler', 'Inddragelser', 'Indsatser', 'Interessentkort', 'Nævnt i tekster', 'Behandlinger']);
    expect(wb.getWorksheet('Person')!.getRow(5).values).toEqual([undefined, 'E-mail', 'hanne@eksempel.dk']);
    expect(wb.getWorksheet('Person')!.getRow(6).values).toEqual([undefined, 'Telefon', '12 34 56 78']);
    expect(wb.getWorksheet('Møder')!.getRow(2).getCell(2).value).toBe('Styregruppemøde');
    expect(wb.getWorksheet('Aftaler')!.rowCount).toBe(2);
    expect(wb.getWorksheet('Nævnt i tekster')!.getRow(2).getCell(3).value).toBe('Styregruppen følger Hanne Indsigts forslag.');
    const all = wb.worksheets.flatMap((w) => w.getSheetValues()).flat().join(' ');
    expect(all).not.toMatch(/Grete/);
  });
});
