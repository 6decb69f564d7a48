import { describe, expect, it } from 'vitest';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { readWorkbook, sheetRows } from '../helpers/xlsx';

describe('status report with meetings', () => {
  it('lists the open action items of meetings held in the period on the "Aftaler" sheet', async () => {
    const ctx = ctxOf(await memoryDb());
    const person = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
    const meeting = await call(ctx, 'meetings.create', {
      data: { title: 'Temamøde om praktikpladser', type: 'theme_meeting', bodyId: null, date: '2026-04-14', startTime: '13:00', endTime: '16:00' },
      standardItems: false,
    });
    const later = await call(ctx, 'meetings.create', {
      data: { title: 'Styregruppemøde i december', type: 'steering_group', bodyId: null, date: '2026-12-01', startTime: '09:00', endTime: '11:00' },
      standardItems: false,
    });
    await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: 'Kortlægge praktikpladser hos garantipartnere', ownerPersonId: person.id, ownerOrganisationId: null, dueDate: '2026-06-01' });
    const done = await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: 'Udsende referat', ownerPersonId: null, ownerOrganisationId: null, dueDate: null });
    await call(ctx, 'actionItems.setStatus', { id: done.actionItems.find((a) => a.what === 'Udsende referat')!.id, status: 'done', doneDate: '2026-04-20' });
    await call(ctx, 'actionItems.add', { meetingId: later.id, itemId: null, what: 'Aftale fra et senere møde', ownerPersonId: null, ownerOrganisationId: null, dueDate: null });

    const wb = await readWorkbook(await call(ctx, 'statusReport.xlsx', { fromDate: '2026-01-01', toDate: '2026-11-22' }));
    const rows = sheetRows(wb.getWorksheet('Aftaler')!);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['Kortlægge praktikpladser hos garantipartnere', 'Åse Kjærgaard']]);
  });
});
