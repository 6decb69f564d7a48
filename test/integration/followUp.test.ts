import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';

let ctx: HandlerContext;
beforeEach(async () => {
  ctx = { ...ctxOf(await memoryDb()), clock: fixedClock('2013-06-01T10:00:00+02:00') };
});

const data = (title: string, date: string, extra: Record<string, unknown> = {}) => ({ title, type: 'theme_meeting' as const, date, startTime: '13:00', endTime: '17:00', ...extra });

describe('issue 12 point 7: follow-up without a body', () => {
  it('a theme meeting without a body follows up the meeting the user picks; the form can say where open items will appear', async () => {
    const kickoff = await call(ctx, 'meetings.create', { data: { ...data('Opstartsworkshop', '2013-03-05'), type: 'kickoff_workshop' } });
    await call(ctx, 'actionItems.add', { meetingId: kickoff.id, what: 'Invitere LBR til næste temamøde' });
    expect((await call(ctx, 'meetings.get', { id: kickoff.id })).followedUpAt).toMatchObject({ kind: 'none' });

    const theme = await call(ctx, 'meetings.create', { data: data('Temamøde 1', '2013-04-16', { followsUpMeetingId: kickoff.id }) });
    expect(theme.followUp.map((a) => a.what)).toEqual(['Invitere LBR til næste temamøde']);
    expect(theme.followUpFrom).toMatchObject({ kind: 'picked', meetingId: kickoff.id, title: 'Opstartsworkshop' });
    expect((await call(ctx, 'meetings.get', { id: kickoff.id })).followedUpAt).toMatchObject({ kind: 'picked', meetingId: theme.id, title: 'Temamøde 1' });

    // The chain goes on: a later meeting that follows up theme 1 also sees what is still open from the kick-off.
    const theme2 = await call(ctx, 'meetings.create', { data: data('Temamøde 2', '2013-05-14', { followsUpMeetingId: theme.id }) });
    expect(theme2.followUp.map((a) => a.what)).toEqual(['Invitere LBR til næste temamøde']);

    const later = await call(ctx, 'meetings.create', { data: data('Senere', '2013-09-01') });
    const e = await call(ctx, 'meetings.update', { id: kickoff.id, data: data('Opstartsworkshop', '2013-03-05', { followsUpMeetingId: later.id }) }).catch((err: { apiError: unknown }) => err.apiError);
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { followsUpMeetingId: ['Vælg et tidligere møde at følge op på.'] } });
  });

  it('a series follows up its own earlier meetings even without a body', async () => {
    const series = await call(ctx, 'meetings.createSeries', { title: 'Netværksmøde', type: 'network_meeting', fromDate: '2013-01-01', everyMonths: 2, weekday: 1, ordinal: 1, count: 3, startTime: '09:00', durationMinutes: 120 });
    const [first, second] = series;
    await call(ctx, 'actionItems.add', { meetingId: first!.id, what: 'Oversigt over tiltag 0–12, 12–18 og 18–25 år' });
    const next = await call(ctx, 'meetings.get', { id: second!.id });
    expect(next.followUpFrom).toMatchObject({ kind: 'series', meetingId: first!.id });
    expect(next.followUp.map((a) => a.what)).toEqual(['Oversigt over tiltag 0–12, 12–18 og 18–25 år']);
  });
});

describe('issue 12 point 9: an overrun is plain in the agenda PDF', () => {
  it('a 13.00–17.00 workshop with items to 17.20 says so under the time', async () => {
    const { pdfText } = await import('../helpers/pdf');
    const ws = await call(ctx, 'meetings.create', { data: { ...data('Opstartsworkshop', '2013-03-05'), type: 'kickoff_workshop' } });
    await call(ctx, 'agenda.add', { meetingId: ws.id, data: { title: 'Workshop i grupper', durationMinutes: 240 } });
    const m = await call(ctx, 'meetings.get', { id: ws.id });
    expect(m.overrunMinutes).toBeGreaterThan(0);
    const text = pdfText(Buffer.from((await call(ctx, 'meetings.agendaPdf', { id: ws.id })).base64!, 'base64')).replace(/\s+/g, ' ');
    expect(text).toContain(`Punkterne slutter kl. ${m.items.at(-1)!.endTime.replace(':', '.')}, ${m.overrunMinutes} min. efter den planlagte sluttid kl. 17.00`);
  });
});
