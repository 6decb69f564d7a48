import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { auditActionOf } from '../../main/audit/auditLog';
import { channelNames } from '../../preload/contract';
import { call, ctxOf, tempFile } from '../helpers/db';
import { recordFigure } from './figures';

// Verbs that only read. A new verb must be added here or to auditActionOf, so nothing slips through unclassified.
const READ_VERBS = /^(list|get|info|search|query|importPreview|preview|previewSeries|table|version|prefillEconomy|typeDefaults|forActor|status|matrix|sections|options|openSaved)$/;

describe('audit log', () => {
  it('every channel is either audited or a read (a new write channel cannot slip through)', () => {
    const unclassified = channelNames.filter((n) => !auditActionOf(n) && !READ_VERBS.test(n.slice(n.lastIndexOf('.') + 1)));
    expect(unclassified).toEqual([]);
  });

  it('records create/update/delete/export through dispatch with time and OS user; reads and refusals are not logged', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    const org = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    await call(ctx, 'organisations.update', { id: org.id, data: { name: 'Hvidovre Gymnasium & HF', kind: 'upper_secondary_school' } });
    const person = await call(ctx, 'people.create', { name: 'Åse Ærø', organisationId: org.id });
    await call(ctx, 'people.delete', { id: person.id });
    await call(ctx, 'trash.restore', { kind: 'person', id: person.id });
    await call(ctx, 'actors.exportOverview', {});
    await call(ctx, 'organisations.list', {});
    await call(ctx, 'people.get', { id: person.id });
    await dispatch(ctx, 'people.create', { name: '' }, () => undefined);
    await dispatch(ctx, 'people.delete', { id: 99999 }, () => undefined);
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
    for (const sql of ["UPDATE audit_log SET os_user = 'nogen'", 'DELETE FROM audit_log', 'DELETE FROM audit_log WHERE id = 1']) {
      try {
        db.raw().exec(sql);
      } catch (err) {
        if (/kun til tilføjelser/.test(String(err))) blocked++;
      }
    }
    expect(db.raw().prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(6);
    await db.close();
    recordFigure('Audit log', 10 + 3, 6 - rows.length + (3 - blocked), `${rows.length}/6 changes logged, 0 reads/refusals logged, ${blocked}/3 tamper attempts blocked`);
    expect(blocked).toBe(3);
  });
});
