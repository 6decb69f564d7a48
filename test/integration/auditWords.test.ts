import { describe, expect, it } from 'vitest';
import { call, memoryDb, ctxOf } from '../helpers/db';

describe('the change log in words', () => {
  it('names the object each line is about, links to it, to the trash when it lies there, and says when it is gone', async () => {
    const ctx = ctxOf(await memoryDb());
    const org = await call(ctx, 'organisations.create', { name: 'Jobcenter Hvidovre', kind: 'municipal_department' });
    const person = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
    const meeting = await call(ctx, 'meetings.create', {
      data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: null, date: '2027-04-15', startTime: '09:30', endTime: '11:30', place: '', onlineLink: '', purpose: '', notes: '' },
    });
    await call(ctx, 'organisations.delete', { id: org.id });
    await call(ctx, 'people.delete', { id: person.id });
    await call(ctx, 'trash.purge', { kind: 'person', id: person.id });
    const log = (await call(ctx, 'audit.list', { offset: 0, limit: 50 })).items;
    const about = (channel: string) => log.find((r) => r.channel === channel)?.object;
    expect(about('organisations.delete')).toEqual({ noun: 'organisation', name: 'Jobcenter Hvidovre', route: 'actors/trash', inTrash: true });
    expect(about('meetings.create')).toEqual({ noun: 'meeting', name: 'Styregruppemøde', route: `meetings/list/${meeting.id}`, inTrash: false });
    // The purged person left no name behind, in the log or anywhere else.
    expect(about('people.create')).toEqual({ noun: 'person', name: null, route: null, inTrash: false });
    expect(JSON.stringify(log)).not.toContain('Kjærgaard');
  });
});
