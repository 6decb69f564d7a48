import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../main/api/handlers';
import { textsFor } from '../../main/documents/texts';
import type { ActionItem, Initiative, StatusChange } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { readWorkbook, sheetRows } from '../helpers/xlsx';

const labels = textsFor('da').initiativeStatus;
const report = textsFor('da').documents.report;
/** The rows under the header row (whose first cell is `header`). */
const below = (rows: string[][], header: string) => rows.slice(rows.findIndex((r) => r[0] === header) + 1);
const statusAt = (h: StatusChange[], date: string) => h.filter((c) => c.date <= date).pop() ?? null;

async function everyInitiative(ctx: HandlerContext): Promise<Initiative[]> {
  const out: Initiative[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(ctx, 'initiatives.list', { offset, limit: 1000 });
    for (const s of page.items) out.push(await call(ctx, 'initiatives.get', { id: s.id }));
    if (offset + 1000 >= page.total) return out;
  }
}

async function everyOpenAction(ctx: HandlerContext): Promise<ActionItem[]> {
  const out: ActionItem[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(ctx, 'actionItems.list', { bodyId: null, ownerPersonId: null, ownerOrganisationId: null, status: 'open', offset, limit: 1000 });
    out.push(...page.items);
    if (offset + 1000 >= page.total) return out;
  }
}

describe('status report rows (read with plain SQL)', () => {
  it('has the same initiatives and open action items as the screens show, on the demo data with a partner in the trash', async () => {
    const db = await memoryDb();
    const ctx = ctxOf(db);
    try {
      expect((await call(ctx, 'app.loadDemo', {})).loaded).toBe(true);
      const before = await everyInitiative(ctx);
      // An organisation in the trash is shown as neither owner nor partner, in the report as on the screen.
      const partner = before.find((i) => i.partnerOrganisations.length > 0)!.partnerOrganisations[0]!;
      const org = await call(ctx, 'organisations.get', { id: partner.id });
      await call(ctx, 'organisations.delete', { id: partner.id, version: org.version });
      const all = await everyInitiative(ctx);
      const year = Number(new Date().toISOString().slice(0, 4)) - 1;
      const [fromDate, toDate] = [`${year}-01-01`, `${year}-12-31`];

      // Open action items of a meeting in the year (owners a person, an organisation, none) and of one after it.
      const person = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
      const meeting = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde i maj', type: 'steering_group', bodyId: null, date: `${year}-05-12`, startTime: '09:00', endTime: '11:00' }, standardItems: false });
      const later = await call(ctx, 'meetings.create', { data: { title: 'Møde året efter', type: 'steering_group', bodyId: null, date: `${year + 1}-01-20`, startTime: '09:00', endTime: '11:00' }, standardItems: false });
      const add = (meetingId: number, what: string, owner: { ownerPersonId?: number; ownerOrganisationId?: number }, dueDate: string | null) =>
        call(ctx, 'actionItems.add', { meetingId, itemId: null, what, ownerPersonId: owner.ownerPersonId ?? null, ownerOrganisationId: owner.ownerOrganisationId ?? null, dueDate });
      await add(meeting.id, 'Udsende referat', {}, null);
      await add(meeting.id, 'Kortlægge praktikpladser', { ownerPersonId: person.id }, `${year}-09-01`);
      await add(meeting.id, 'Invitere erhvervsskolerne', { ownerOrganisationId: all[0]!.ownerOrganisation?.id ?? undefined }, `${year}-06-01`);
      await add(later.id, 'Aftale fra et senere møde', {}, `${year + 1}-02-01`);

      const wb = await readWorkbook(await call(ctx, 'statusReport.xlsx', { fromDate, toDate }));
      const rows = below(sheetRows(wb.getWorksheet(report.initiatives)!), report.initiative).filter((r) => r[0] !== '');
      const expected = all
        .filter((i) => statusAt(i.history, toDate) && (!i.startDate || i.startDate <= toDate) && (!i.endDate || i.endDate >= fromDate))
        .map((i) => [
          i.name,
          i.track.name,
          i.targetGroups.map((g) => g.name).sort().join(', '),
          labels[statusAt(i.history, toDate)!.status],
          i.ownerOrganisation?.name ?? '',
          i.partnerOrganisations.map((p) => p.name).join(', '),
          i.contactPerson?.name ?? '',
          String(i.budgetLines.filter((b) => b.year === year).reduce((s, b) => s + b.amount, 0)),
        ]);
      expect(expected.length).toBeGreaterThan(3);
      expect(expected.some((r) => r[5] === '' || !r[5]!.includes(partner.name))).toBe(true);
      const shown = rows.map((r) => [r[0], r[1], r[2]!.split(', ').filter(Boolean).sort().join(', '), r[3], r[5], r[6], r[7], r[10]]);
      expect(shown).toEqual(expected);
      expect(rows.every((r) => !r[5]!.includes(partner.name) && !r[6]!.includes(partner.name))).toBe(true);

      const actions = (await everyOpenAction(ctx))
        .filter((a) => a.meetingDate <= toDate)
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id)
        .map((a) => [a.what, a.ownerName ?? '', a.meetingTitle]);
      expect(actions.length).toBeGreaterThan(0);
      const sheetActions = wb.getWorksheet(report.actionSheet);
      const actionRows = below(sheetRows(sheetActions!), report.actionItem).filter((r) => r[0] !== '');
      expect(actionRows.map((r) => [r[0], r[1], r[3]])).toEqual(actions);
    } finally {
      await db.close();
    }
  });
});
