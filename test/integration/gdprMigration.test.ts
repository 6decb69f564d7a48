import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'Erasure1700000000080') + 1;

describe('migration 0080 (erasure and retention)', () => {
  it('adds retention_hold and audit_log.reason, keeps earlier rows and the audit log append-only', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N - 1 });
    await before.ds.query(`INSERT INTO person (name, sort_key, search_text, created_at, updated_at) VALUES ('Åse Kjærgaard', 'åse', 'aase', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`);
    await before.ds.query(`INSERT INTO audit_log (at, os_user, action, channel, subject) VALUES ('2024-01-01T00:00:00Z', 'mette', 'create', 'people.create', 'people:1')`);
    await before.close();

    const after = await openDatabase({ file });
    const q = (sql: string) => after.ds.query(sql);
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(await q('SELECT name FROM person')).toEqual([{ name: 'Åse Kjærgaard' }]);
    expect(await q('SELECT os_user, channel, subject, reason FROM audit_log')).toEqual([{ os_user: 'mette', channel: 'people.create', subject: 'people:1', reason: null }]);
    await q(`INSERT INTO retention_hold (person_id, keep_until, created_at) VALUES (1, '2027-01-01', '2025-01-01T00:00:00Z')`);
    await expect(q('DELETE FROM audit_log')).rejects.toThrow(/kun til tilføjelser/);
    await expect(q(`UPDATE audit_log SET reason = 'other'`)).rejects.toThrow(/kun til tilføjelser/);
    await q('DELETE FROM person');
    expect(await q('SELECT COUNT(*) AS n FROM retention_hold')).toEqual([{ n: 0 }]);
    await after.close();
  });
});
