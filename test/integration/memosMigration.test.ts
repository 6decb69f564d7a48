import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertOrganisation } from '../helpers/seedSql';

describe('memo migration (Memos1700000000030)', () => {
  it('adds memo, memo_version and memo_link to an existing data file without touching earlier rows', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'Memos1700000000030');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const org = { id: await insertOrganisation(before, 'Nyborg Kommune') };
    expect(await before.ds.createQueryRunner().hasTable('memo')).toBe(false);
    await before.close();

    const after = await openDatabase({ file });
    const runner = after.ds.createQueryRunner();
    for (const t of ['memo', 'memo_version', 'memo_link']) expect(await runner.hasTable(t)).toBe(true);
    await runner.release();
    expect(await call(ctxOf(after), 'organisations.get', { id: org.id })).toMatchObject({ name: 'Nyborg Kommune', kind: 'municipal_department' });
    const memo = await call(ctxOf(after), 'memos.create', { title: 'Første oplæg', recipientKind: 'city_council', memoDate: '2026-11-22' });
    expect(memo.id).toBe(1);
    await after.close();
  });
});
