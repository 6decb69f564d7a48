import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'Erasure1700000000080') + 1;

describe('migration 0080 (erasure and retention)', () => {
  it('adds retention_hold and audit_log.reason, keeps earlier rows and the audit log append-only', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N - 1 });
    const raw = before.raw();
    raw.prepare(`INSERT INTO person (name, sort_key, search_text, created_at, updated_at) VALUES ('Åse Kjærgaard', 'åse', 'aase', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`).run();
    raw.prepare(`INSERT INTO audit_log (at, os_user, action, channel, subject) VALUES ('2024-01-01T00:00:00Z', 'mette', 'create', 'people.create', 'people:1')`).run();
    await before.close();

    const after = await openDatabase({ file });
    const r = after.raw();
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(r.prepare('SELECT name FROM person').all()).toEqual([{ name: 'Åse Kjærgaard' }]);
    expect(r.prepare('SELECT os_user, channel, subject, reason FROM audit_log').all()).toEqual([{ os_user: 'mette', channel: 'people.create', subject: 'people:1', reason: null }]);
    r.prepare(`INSERT INTO retention_hold (person_id, keep_until, created_at) VALUES (1, '2027-01-01', '2025-01-01T00:00:00Z')`).run();
    expect(() => r.prepare('DELETE FROM audit_log').run()).toThrow(/kun til tilføjelser/);
    expect(() => r.prepare(`UPDATE audit_log SET reason = 'other'`).run()).toThrow(/kun til tilføjelser/);
    r.prepare('DELETE FROM person').run();
    expect(r.prepare('SELECT COUNT(*) AS n FROM retention_hold').get()).toEqual({ n: 0 });
    await after.close();
  });
});
