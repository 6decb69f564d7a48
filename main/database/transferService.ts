/**
 * "Flyt data til serveren" and "Hent data til en fil" (issue 16): everything copied into an empty
 * target in one transaction (db/transfer.ts), progress per table as 'transfer.progress' events, then
 * proved by a row count and checksum per table on both sides. The source is only read (its change log
 * records the command afterwards, as for any export). A non-empty target is refused unless the user
 * confirmed; a replaced file is kept beside the new one, not deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, withoutCommitHook, type Database } from '../../db/database';
import { copyAll, TargetNotEmptyError, type TableCheck } from '../../db/transfer';
import type { TransferResult } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';
import { said, ServiceError } from '../api/serviceError';
import { serverUrl } from './connectionConfig';
import { dropSamspilTables, probeServer, type Login } from './serverProbe';

function compare(source: TableCheck[], target: TableCheck[], where: string): TransferResult {
  const tables = source.map((s) => {
    const t = target.find((x) => x.table === s.table);
    return { table: s.table, rows: s.rows, sourceChecksum: s.checksum, targetChecksum: t?.checksum ?? '', same: !!t && t.rows === s.rows && t.checksum === s.checksum };
  });
  return { tables, allSame: tables.every((t) => t.same) && target.length === source.length, target: where };
}

async function copyWithProgress(ctx: HandlerContext, target: Database, where: string): Promise<TransferResult> {
  const emit = ctx.events ? ctx.events.emit.bind(ctx.events) : () => undefined;
  const checks = await withoutCommitHook(() =>
    copyAll(ctx.db, target, (p) => {
      emit('transfer.progress', { phase: 'copy', table: p.table, done: p.done, of: p.of });
      if (p.done === p.of) emit('transfer.progress', { phase: 'verify', table: '', done: 0, of: p.of });
    }),
  );
  const result = compare(checks.source, checks.target, where);
  emit('transfer.progress', { phase: 'verify', table: '', done: result.tables.length, of: result.tables.length });
  if (!result.allSame) {
    const off = result.tables.filter((t) => !t.same).map((t) => t.table);
    throw new ServiceError('INTERNAL', said('database.copyDiffers', { tables: off.join(', ') }));
  }
  return result;
}

const notEmpty = (tables: string[]) =>
  new ServiceError('CONFLICT', said('database.targetNotEmpty', { tables: `${tables.slice(0, 6).join(', ')}${tables.length > 6 ? ' …' : ''}` }));

export async function moveToServer(ctx: HandlerContext, login: Login & { replace: boolean }): Promise<TransferResult> {
  if (ctx.db.engine !== 'sqlite') throw new ServiceError('VALIDATION', 'database.alreadyServer');
  const holdings = await probeServer(login);
  if (!holdings.empty) {
    if (!login.replace) throw notEmpty(holdings.tables.map((t) => t.table));
    if (holdings.schemaVersion === 0) throw new ServiceError('VALIDATION', said('database.foreignTables', { database: login.database }));
    await dropSamspilTables(login);
  }
  let target: Database;
  try {
    target = await openDatabase({ file: serverUrl(login), server: { tls: login.tls, password: login.password || undefined } });
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('VALIDATION', said('database.notReady', { detail: err instanceof Error ? err.message.slice(0, 200) : String(err) }));
  }
  try {
    return await copyWithProgress(ctx, target, `${login.host}:${login.port}/${login.database}`);
  } catch (err) {
    if (err instanceof TargetNotEmptyError) throw notEmpty(err.tables);
    throw err;
  } finally {
    await target.close();
  }
}

export async function exportToFile(ctx: HandlerContext, input: { path: string; replace: boolean }): Promise<TransferResult> {
  const file = path.resolve(input.path);
  if (!path.isAbsolute(input.path)) throw new ServiceError('VALIDATION', 'database.fullPath');
  if (ctx.db.engine === 'sqlite' && path.resolve(ctx.db.file) === file) throw new ServiceError('VALIDATION', 'database.sameFile');
  if (fs.existsSync(file)) {
    if (!input.replace) throw notEmpty([path.basename(file)]);
    // Nothing lost: the old file is kept beside the new one.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    fs.renameSync(file, `${file}.erstattet-${stamp}`);
    for (const side of ['-wal', '-shm']) if (fs.existsSync(file + side)) fs.renameSync(file + side, `${file}.erstattet-${stamp}${side}`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const target = await openDatabase({ file });
  try {
    return await copyWithProgress(ctx, target, file);
  } finally {
    await target.close();
  }
}
