import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { loadDemoData } from '../../main/demo/demoData';
import { channelNames, contract } from '../../preload/contract';
import { ctxOf, tempFile } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';
import { malformedPayloads, NONE, validSample } from './payloads';

/** What IPC delivers (structured clone); a value too deep to clone is passed as is, as JSON.parse over HTTP would. */
function ipcClone(p: unknown): unknown {
  try {
    return structuredClone(p);
  } catch {
    return p;
  }
}

describe('every contract channel refuses hostile payloads', () => {
  it('the generator finds a valid payload for every channel (so mutations start from something real)', () => {
    const missing = channelNames.filter((n) => validSample(contract[n].input) === NONE);
    expect(missing).toEqual([]);
  });

  it('≥ 500 malformed payloads per channel through dispatch: 0 accepted, DB unchanged, no pollution', async () => {
    const db = await openDatabase({ file: tempFile() });
    await loadDemoData(db);
    const ctx = ctxOf(db);
    const before = dumpHash(db.raw());
    let tried = 0;
    const accepted: string[] = [];
    const internal: string[] = [];
    const perChannel: Record<string, number> = {};
    for (const name of channelNames) {
      const payloads = malformedPayloads(contract[name].input);
      perChannel[name] = payloads.length;
      for (const [i, p] of payloads.entries()) {
        tried++;
        const env = await dispatch(ctx, name, ipcClone(p), () => undefined);
        if (env.ok) accepted.push(`${name}#${i}`);
        else if (env.error.code !== 'VALIDATION') internal.push(`${name}#${i}: ${env.error.code}`);
      }
    }
    const after = dumpHash(db.raw());
    const polluted = ({} as Record<string, unknown>).polluted !== undefined || (Object.prototype as Record<string, unknown>).polluted !== undefined;
    await db.close();
    recordFigure('Malformed payloads via dispatch', tried, accepted.length + internal.length + (after === before ? 0 : 1) + (polluted ? 1 : 0),
      `${channelNames.length} channels, min ${Math.min(...Object.values(perChannel))} per channel; DB hash ${after === before ? 'unchanged' : 'CHANGED'}`);
    expect(Math.min(...Object.values(perChannel))).toBeGreaterThanOrEqual(500);
    expect(accepted).toEqual([]);
    expect(internal).toEqual([]);
    expect(after).toBe(before);
    expect(polluted).toBe(false);
  }, 300_000);
});
