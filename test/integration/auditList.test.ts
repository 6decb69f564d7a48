import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { call, ctxOf, tempFile } from '../helpers/db';

describe('the change log screen', () => {
  it('lists changes and exports newest first, with paging, and not the reads', async () => {
    const ctx = ctxOf(await openDatabase({ file: tempFile() }));
    const org = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    await call(ctx, 'organisations.list', {});
    await call(ctx, 'organisations.delete', { id: org.id });
    await call(ctx, 'actors.exportOverview', {});
    const page = await call(ctx, 'audit.list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.action, r.channel])).toEqual([
      ['export', 'actors.exportOverview'],
      ['delete', 'organisations.delete'],
    ]);
    const rest = await call(ctx, 'audit.list', { offset: 2, limit: 2 });
    expect(rest.items.map((r) => r.subject)).toEqual([`organisations:${org.id}`]);
    expect(rest.items[0]!.osUser.length).toBeGreaterThan(0);
  });
});
