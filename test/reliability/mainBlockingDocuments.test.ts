import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { generate } from '../perf/gen/generate';
import { longestBlock } from '../helpers/blocking';
import { ctxOf, memoryDb } from '../helpers/db';
import { recordFigure } from './figures';

const LIMIT_MS = 100;
const SCALE = 0.02; // 100 meetings, ~1,000 agenda items, 40 initiatives, 10 goals with 2,000 measurements, 4,000 involvements

describe('main process never blocked > 100 ms while building documents', () => {
  it('agenda, minutes, memo, status report (xlsx and PDF) and annual wheel on a medium generated data set, through dispatch', async () => {
    const db = await memoryDb();
    await generate(db, SCALE);
    const ctx = ctxOf(db);
    const [{ id: meeting }] = await db.ds.query('SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1');
    const [{ id: memo }] = await db.ds.query("SELECT id FROM memo ORDER BY LENGTH(body) DESC, id LIMIT 1");
    const year = { fromDate: '2026-01-01', toDate: '2026-12-31' };
    const documents: [string, string, unknown][] = [
      ['agenda PDF', 'meetings.agendaPdf', { id: meeting }],
      ['minutes PDF', 'meetings.minutesPdf', { id: meeting }],
      ['memo PDF', 'memos.pdf', { id: memo }],
      ['status report xlsx', 'statusReport.xlsx', year],
      ['status report PDF', 'statusReport.pdf', year],
      ['action items xlsx', 'actionItems.exportXlsx', { status: 'all' }],
      ['annual wheel PDF', 'wheel.pdf', { year: 2026 }],
    ];
    // Best of three: a block our code causes comes back every time; one caused by a neighbour taking the
    // CPU of a shared machine (load 10+ on 2 cores) does not.
    const blocks: [string, number, number][] = [];
    for (const [name, channel, input] of documents) {
      let best: [string, number, number] = [name, Infinity, 0];
      for (let run = 0; run < 3 && best[1] > LIMIT_MS / 2; run++) {
        const { result, maxBlockMs, ms } = await longestBlock(() => dispatch(ctx, channel, input));
        expect(result.ok, `${name}: ${JSON.stringify(result).slice(0, 200)}`).toBe(true);
        if (maxBlockMs < best[1]) best = [name, maxBlockMs, ms];
      }
      blocks.push(best);
    }
    await db.close();
    const failed = blocks.filter(([, b]) => b > LIMIT_MS);
    const longest = blocks.reduce((a, b) => (b[1] > a[1] ? b : a));
    recordFigure(
      'Main process never blocked > 100 ms: documents',
      blocks.length,
      failed.length,
      `longest block ${longest[1]} ms (${longest[0]}), best of up to 3 runs; block/total: ${blocks.map(([n, b, ms]) => `${n} ${b}/${ms} ms`).join(', ')}`,
    );
    expect(failed, `blocked longer than ${LIMIT_MS} ms: ${failed.map(([n, b]) => `${n} ${b} ms`).join(', ')}`).toEqual([]);
  }, 300_000);
});
