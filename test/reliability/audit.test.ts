import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { auditActionOf } from '../../main/audit/auditLog';
import { channelNames, type ChannelInput, type ChannelName } from '../../preload/contract';
import { call, ctxOf, tempFile } from '../helpers/db';
import { recordFigure } from './figures';

// Verbs that only read. A new verb must be added here or to auditActionOf, so nothing slips through unclassified.
const READ_VERBS = /^(list|get|info|search|query|importPreview|preview|previewSeries|table|version|prefillEconomy|typeDefaults|forActor|forBody|status|matrix|sections|options|openSaved|language|health|log|calendarState|addresses|settings|importCancel|test|testConnection|candidates)$/;
// importCancel stops a running import (nothing stored); mail.test sends a fixed test text, no data.

describe('audit log', () => {
  it('every channel is either audited or a read (a new write channel cannot slip through)', () => {
    const unclassified = channelNames.filter((n) => !auditActionOf(n) && !READ_VERBS.test(n.slice(n.lastIndexOf('.') + 1)));
    expect(unclassified).toEqual([]);
  });

  it('records create/update/delete/export through dispatch with time and OS user; reads and refusals are not logged', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    // Every command sent and every tamper attempt counts as tried: the figure is counted, not written down.
    const sent: string[] = [];
    const send = <C extends ChannelName>(name: C, input: ChannelInput<C>) => (sent.push(name), call(ctx, name, input));
    const sendRaw = (name: string, input: unknown, log: () => void) => (sent.push(name), dispatch(ctx, name, input, log));
    const org = await send('organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    await send('organisations.update', { id: org.id, data: { name: 'Hvidovre Gymnasium & HF', kind: 'upper_secondary_school' } });
    const person = await send('people.create', { name: 'Åse Ærø', organisationId: org.id });
    await send('people.delete', { id: person.id });
    await send('trash.restore', { kind: 'person', id: person.id });
    await send('actors.exportOverview', {});
    await send('organisations.list', {});
    await send('people.get', { id: person.id });
    await sendRaw('people.create', { name: '' }, () => undefined);
    await sendRaw('people.delete', { id: 99999 }, () => undefined);
    const rows = db.raw().prepare('SELECT at, os_user, action, channel, subject FROM audit_log ORDER BY id').all() as Record<string, string>[];
    expect(rows.map((r) => [r.action, r.channel, r.subject])).toEqual([
      ['create', 'organisations.create', `organisations:${org.id}`],
      ['update', 'organisations.update', `organisations:${org.id}`],
      ['create', 'people.create', `people:${person.id}`],
      ['delete', 'people.delete', `people:${person.id}`],
      ['restore', 'trash.restore', `person:${person.id}`],
      ['export', 'actors.exportOverview', null],
    ]);
    expect(rows.every((r) => r.os_user === os.userInfo().username && /^\d{4}-\d\d-\d\dT/.test(r.at ?? ''))).toBe(true);

    let blocked = 0;
    const tamper = ["UPDATE audit_log SET os_user = 'nogen'", 'DELETE FROM audit_log', 'DELETE FROM audit_log WHERE id = 1'];
    for (const sql of tamper) {
      try {
        db.raw().exec(sql);
      } catch (err) {
        if (/kun til tilføjelser/.test(String(err))) blocked++;
      }
    }
    expect(db.raw().prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(6);
    await db.close();
    recordFigure('Audit log', sent.length + tamper.length, 6 - rows.length + (tamper.length - blocked), `${rows.length}/6 changes logged, ${sent.length - 6} reads/refusals sent and 0 logged, ${blocked}/${tamper.length} tamper attempts blocked`);
    expect(blocked).toBe(3);
  });
});
