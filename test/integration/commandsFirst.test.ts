import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { afterCommands, asCommand, commandsInFlight } from '../../main/app/foreground';
import { rebuildSearchIndex } from '../../main/search/reindex';
import { generate } from '../perf/gen/generate';
import { call, ctxOf, tempFile } from '../helpers/db';

/**
 * Steps of a search index rebuild (1 ms slices) that ran while one command was being handled: a read
 * that gives the event loop 20 turns, as a long read does (db/queryTurns.ts) and as HTTP does between
 * reading a request and writing its answer.
 */
async function stepsDuringOneRead(giveWay?: () => Promise<void>): Promise<{ during: number; total: number }> {
  const db = await openDatabase({ file: tempFile() });
  await generate(db, 0.004);
  const ctx = ctxOf(db);
  let steps = 0;
  let reading = false;
  let during = 0;
  const rebuild = rebuildSearchIndex(db, {
    durable: true,
    sliceMs: 1,
    giveWay,
    onProgress: () => {
      steps++;
      if (reading) during++;
    },
  });
  try {
    while (steps < 3) await new Promise((r) => setImmediate(r));
    reading = true;
    const sections = await asCommand(async () => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      return call(ctx, 'overview.sections', {});
    });
    reading = false;
    expect(sections.length).toBeGreaterThan(0);
    await rebuild;
    return { during, total: steps };
  } finally {
    await db.close();
  }
}

describe('commands go before background work on the main process (issue 17: screens stay fast during a search index rebuild)', () => {
  it('a screen read is not interleaved with rebuild steps that give way; without giving way it is', async () => {
    // The step whose transaction was already running when the read began may still finish during it.
    const polite = await stepsDuringOneRead(() => afterCommands(60_000));
    expect(polite.during).toBeLessThanOrEqual(1);
    expect(polite.total).toBeGreaterThan(10);
    const rude = await stepsDuringOneRead();
    expect(rude.during).toBeGreaterThan(1);
    expect(commandsInFlight()).toBe(0);
  }, 120_000);

  it('background work waits at most its limit while a command is slow, so it is never starved', async () => {
    let finish = () => undefined as void;
    const slow = asCommand(() => new Promise<string>((r) => (finish = () => r('done'))));
    expect(commandsInFlight()).toBe(1);
    const t = performance.now();
    await afterCommands(30);
    expect(performance.now() - t).toBeGreaterThanOrEqual(25);
    expect(commandsInFlight()).toBe(1);
    // When the last command ends, waiting background work goes on at once.
    const waiting = afterCommands(60_000);
    finish();
    expect(await slow).toBe('done');
    await waiting;
    expect(commandsInFlight()).toBe(0);
  });
});
