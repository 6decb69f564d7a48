import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { tableChecks } from '../../db/transfer';
import { createEventHub } from '../../main/app/events';
import { loadDemoData } from '../../main/demo/demoData';
import type { HandlerContext } from '../../main/api/handlers';
import type { TransferProgress } from '../../preload/contract';
import { call, ctxOf } from '../helpers/db';
import { adminQuery, createDatabase, startCluster, type Cluster } from '../helpers/pgCluster';

/**
 * Indstillinger → Database through `call`, against a real PostgreSQL cluster (the run's own, else a
 * throwaway one): test the connection (version, holdings, a wrong password told plainly), move a file's
 * data to the server with progress and per-table checks, refuse a non-empty target unless confirmed,
 * fetch the server's data to a file, and save the choice for the next start.
 */
let cluster: Cluster;
let file: Database;
let ctx: HandlerContext;
let progress: TransferProgress[];
let dir: string;
const login = (url: string, extra: Record<string, unknown> = {}) => {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port), database: u.pathname.slice(1), user: decodeURIComponent(u.username), tls: 'disable' as const, ...extra };
};

beforeAll(async () => {
  cluster = startCluster();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-dbset-'));
  file = await openDatabase({ file: path.join(dir, 'kilde.sqlite') });
  await loadDemoData(file);
  const events = createEventHub();
  progress = [];
  events.subscribe((e) => e.name === 'transfer.progress' && progress.push(e.payload as TransferProgress));
  ctx = { ...ctxOf(file), events, connectionFile: path.join(dir, 'config', 'database.json') };
}, 180_000);
afterAll(async () => {
  await file?.close();
  cluster?.stop();
});

const withoutAudit = (checks: { table: string }[]) => checks.filter((c) => c.table !== 'audit_log');

describe('Indstillinger → Database', () => {
  it('"Test forbindelse" names the server version and says an empty database is empty', async () => {
    const url = await createDatabase(cluster.adminUrl, 'samspil_probe');
    const held = await call(ctx, 'database.testConnection', login(url));
    expect(held.version).toMatch(/^\d+(\.\d+)?/);
    expect(held).toMatchObject({ empty: true, tables: [], schemaVersion: 0 });
  });

  it('a wrong password, a missing database and a closed port are told plainly', async () => {
    const hba = (await adminQuery<{ hba_file: string }>(cluster.adminUrl, 'SHOW hba_file'))[0]!.hba_file;
    const role = 'samspil_pw_test';
    await adminQuery(cluster.adminUrl, `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN PASSWORD 'rigtig-kode'; END IF; END $$`);
    const rules = fs.readFileSync(hba, 'utf8');
    if (!rules.includes(role)) fs.writeFileSync(hba, `host all ${role} 127.0.0.1/32 scram-sha-256\n${rules}`);
    await adminQuery(cluster.adminUrl, 'SELECT pg_reload_conf()');
    const url = await createDatabase(cluster.adminUrl, 'samspil_pw');
    await expect(call(ctx, 'database.testConnection', login(url, { user: role, password: 'forkert' }))).rejects.toThrow(/VALIDATION: Forkert brugernavn eller adgangskode for samspil_pw_test/);
    const ok = await call(ctx, 'database.testConnection', login(url, { user: role, password: 'rigtig-kode' }));
    expect(ok.empty).toBe(true);
    // The app itself opens a server with a password kept beside the URL (safeStorage, not the URL).
    await adminQuery(cluster.adminUrl, `ALTER DATABASE ${new URL(url).pathname.slice(1)} OWNER TO ${role}`);
    const asRole = new URL(url);
    asRole.username = role;
    const opened = await openDatabase({ file: asRole.toString(), server: { password: 'rigtig-kode' } });
    expect(await opened.schemaVersion()).toBeGreaterThan(0);
    await opened.close();
    await expect(call(ctx, 'database.testConnection', login(url, { database: 'findes_ikke' }))).rejects.toThrow(/Databasen findes_ikke findes ikke/);
    await expect(call(ctx, 'database.testConnection', login(url, { port: 1 }))).rejects.toThrow(/Ingen PostgreSQL-server svarer på 127\.0\.0\.1:1/);
  });

  it('moves the file to the server with progress per table and identical checks; a non-empty target is refused unless confirmed', async () => {
    const before = await tableChecks(file);
    const url = await createDatabase(cluster.adminUrl, 'samspil_move');
    progress.length = 0;
    const moved = await call(ctx, 'database.moveToServer', { ...login(url), replace: false });
    expect(moved.allSame).toBe(true);
    expect(moved.tables.length).toBe(before.length);
    expect(moved.tables.filter((t) => t.rows > 0).length).toBeGreaterThan(20);
    for (const t of moved.tables) expect(t.targetChecksum).toBe(t.sourceChecksum);
    const copies = progress.filter((p) => p.phase === 'copy');
    expect(copies.length).toBe(before.length);
    expect(copies.map((p) => p.done)).toEqual(copies.map((_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ phase: 'verify', done: before.length, of: before.length });

    // The source: its data untouched; its change log records the move.
    const after = await tableChecks(file);
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
    expect(after.find((c) => c.table === 'audit_log')!.rows).toBe(before.find((c) => c.table === 'audit_log')!.rows + 1);

    const held = await call(ctx, 'database.testConnection', login(url));
    expect(held.empty).toBe(false);
    expect(held.schemaVersion).toBeGreaterThan(0);
    expect(held.tables.find((t) => t.table === 'organisation')!.rows).toBe(before.find((c) => c.table === 'organisation')!.rows);

    // Again to the same server: refused, nothing changed there.
    const serverBefore = await adminQuery<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM audit_log');
    await expect(call(ctx, 'database.moveToServer', { ...login(url), replace: false })).rejects.toThrow(/CONFLICT: Destinationen har allerede data/);
    expect(await adminQuery(url, 'SELECT COUNT(*)::int AS n FROM audit_log')).toEqual(serverBefore);
    // Confirmed: replaced by the file's data, checks identical again.
    await call(ctx, 'organisations.create', { name: 'Ærøskøbing Ungdomsskole', kind: 'other' });
    const again = await call(ctx, 'database.moveToServer', { ...login(url), replace: true });
    expect(again.allSame).toBe(true);
    expect((await adminQuery<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM organisation WHERE name = 'Ærøskøbing Ungdomsskole'"))[0]!.n).toBe(1);
  });

  it('a database with tables of another program is never replaced', async () => {
    const url = await createDatabase(cluster.adminUrl, 'samspil_other');
    await adminQuery(url, 'CREATE TABLE loensystem (id int); INSERT INTO loensystem VALUES (1)');
    await expect(call(ctx, 'database.moveToServer', { ...login(url), replace: true })).rejects.toThrow(/andre tabeller end Samspils/);
    expect(await adminQuery(url, 'SELECT COUNT(*)::int AS n FROM loensystem')).toEqual([{ n: 1 }]);
  });

  it('fetches the server\'s data to a file with identical checks; an existing file is refused, and kept when replaced', async () => {
    const url = await createDatabase(cluster.adminUrl, 'samspil_down');
    await call(ctx, 'database.moveToServer', { ...login(url), replace: false });
    const server = await openDatabase({ file: url });
    try {
      const sctx = { ...ctxOf(server), events: ctx.events };
      const target = path.join(dir, 'hentet.sqlite');
      const serverChecks = await tableChecks(server);
      const down = await call(sctx, 'database.exportToFile', { path: target, replace: false });
      expect(down.allSame).toBe(true);
      const copy = await openDatabase({ file: target });
      expect(withoutAudit(await tableChecks(copy))).toEqual(withoutAudit(serverChecks));
      await copy.close();
      await expect(call(sctx, 'database.exportToFile', { path: target, replace: false })).rejects.toThrow(/CONFLICT/);
      await call(sctx, 'database.exportToFile', { path: target, replace: true });
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('hentet.sqlite.erstattet-')).length).toBeGreaterThan(0);
      await expect(call(sctx, 'database.exportToFile', { path: 'relativ.sqlite', replace: false })).rejects.toThrow(/hele stien/);
    } finally {
      await server.close();
    }
  });

  it('saves the server for the next start (restart needed); browser mode keeps no password, the desktop seals it', async () => {
    expect((await call(ctx, 'database.status', {})).current).toEqual({ mode: 'file', file: file.file });
    const settings = { host: 'db.kommune.dk', port: 5432, database: 'samspil', user: 'samspil_app', tls: 'verify-full' as const };
    await expect(call(ctx, 'database.setConnection', { mode: 'server', ...settings, password: 'hemmelig' })).rejects.toThrow(/PGPASSWORD/);
    const saved = await call(ctx, 'database.setConnection', { mode: 'server', ...settings });
    expect(saved).toMatchObject({ restartNeeded: true, passwordKeeping: 'environment', configured: { mode: 'server', server: settings, passwordSaved: false } });
    const sealed = { ...ctx, secrets: { available: () => true, seal: (p: string) => Buffer.from(`x${p}`).toString('base64'), open: (s: string) => Buffer.from(s, 'base64').toString().slice(1) } };
    const desk = await call(sealed, 'database.setConnection', { mode: 'server', ...settings, password: 'hemmelig' });
    expect(desk).toMatchObject({ passwordKeeping: 'safeStorage', configured: { passwordSaved: true } });
    expect(fs.readFileSync(ctx.connectionFile!, 'utf8')).not.toContain('hemmelig');
    expect((await call(ctx, 'database.setConnection', { mode: 'file' })).restartNeeded).toBe(false);
  });
});
