import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { longestBlock } from '../helpers/blocking';
import { call, ctxOf, tempFile } from '../helpers/db';
import { actorsPart } from '../perf/gen/actorsPart';
import { WORLD_NOW } from '../perf/gen/generate';
import { createRng } from '../perf/gen/random';
import { IMPORT_ROWS, importWorkbook } from '../perf/bench/importBench';
import { recordFigure } from './figures';

/** The actor register's scale for the export: 0.1 of size L (2,000 organisations, 5,000 people) unless set. */
const SCALE = Number(process.env.BLOCKING_SCALE ?? 0.1);
const LIMIT_MS = 100;
/**
 * On a shared machine the process can lose the CPU for a while in any run; a block caused by the code
 * shows in every run. So each operation gets up to three runs on a fresh copy of the data and counts its
 * best run; every run is in the figure's note.
 */
const ATTEMPTS = 3;

async function withCopy<T>(base: string, work: (ctx: ReturnType<typeof ctxOf>) => Promise<T>): Promise<T> {
  const file = tempFile();
  fs.copyFileSync(base, file);
  const db = await openDatabase({ file });
  try {
    return await work(ctxOf(db));
  } finally {
    await db.close();
  }
}

async function best(run: () => Promise<{ maxBlockMs: number; ms: number }>) {
  const runs: { maxBlockMs: number; ms: number }[] = [];
  while (runs.length < ATTEMPTS && !runs.some((r) => r.maxBlockMs <= LIMIT_MS)) runs.push(await run());
  return { maxBlockMs: Math.min(...runs.map((r) => r.maxBlockMs)), runs };
}

describe('main process never blocked > 100 ms: actor import and export', () => {
  it(`imports a ${IMPORT_ROWS}-row workbook and exports the actor overview without blocking the event loop`, async () => {
    const base = tempFile();
    const seed = await openDatabase({ file: base });
    await actorsPart.run({ db: seed, size: SCALE, rng: createRng('blocking/actors'), stamp: WORLD_NOW, refs: { organisationIds: [], personIds: [], bodyIds: [] }, log: () => undefined });
    const before = (await call(ctxOf(seed), 'organisations.list', {})).total;
    const people = (await call(ctxOf(seed), 'people.list', {})).total;
    await seed.close();
    const base64 = fs.readFileSync(await importWorkbook(path.dirname(base))).toString('base64');

    const imported = await best(() =>
      withCopy(base, async (ctx) => {
        const r = await longestBlock(() => call(ctx, 'actors.importCommit', { fileName: 'aktører.xlsx', base64, target: 'organisations', mode: 'validRows' }));
        expect(r.result.created).toBe(IMPORT_ROWS);
        expect((await call(ctx, 'organisations.list', {})).total).toBe(before + IMPORT_ROWS);
        return r;
      }),
    );
    const exported = await best(() =>
      withCopy(base, async (ctx) => {
        const r = await longestBlock(() => call(ctx, 'actors.exportOverview', {}));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(r.result.base64!, 'base64') as unknown as ArrayBuffer);
        expect(wb.worksheets.map((ws) => ws.actualRowCount - 1)).toEqual([before, people]);
        return r;
      }),
    );

    const ops = [
      { what: `import of ${IMPORT_ROWS} rows`, ...imported },
      { what: `export of ${before + people} rows`, ...exported },
    ];
    const failed = ops.filter((o) => o.maxBlockMs > LIMIT_MS);
    const runsText = (o: (typeof ops)[number]) => o.runs.map((r) => `${r.maxBlockMs} ms in ${(r.ms / 1000).toFixed(1)} s`).join(', ');
    recordFigure('Main process never blocked > 100 ms: actor import and export', ops.length, failed.length, ops.map((o) => `${o.what}: longest block ${o.maxBlockMs} ms (runs: ${runsText(o)})`).join('; '));
    expect(ops.map((o) => [o.what, o.maxBlockMs <= LIMIT_MS ? 'ok' : `${o.maxBlockMs} ms`])).toEqual(ops.map((o) => [o.what, 'ok']));
  }, 300_000);
});
