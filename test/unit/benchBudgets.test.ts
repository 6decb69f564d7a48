import { describe, expect, it } from 'vitest';
import { evaluateBudgets, renderBudgets } from '../perf/bench/budgets';
import { renderMarkdown, type BenchResults, type SizeResults } from '../perf/bench/report';
import { summarise, type Timing } from '../perf/bench/stats';

/** n samples around `ms` (the last one `tail`), as a task would have measured them. */
const timing = (ms: number, n = 20, tail = ms): Timing => summarise([...Array.from({ length: n - 1 }, () => ms), tail]);
const start = (ms: number, n = 20) => ({ ...timing(ms, n), maxMs: ms });
const loopCase = (name: string, blockMaxMs: number, medianMs = 10) => ({ name, channel: 'x', time: timing(medianMs, 5), blockMedianMs: blockMaxMs / 2, blockMaxMs });

/** Every budget met; each test breaks one. */
function fine(): SizeResults {
  return {
    startup: { result: { name: 'open', service: timing(4), floor: timing(1), ratio: 4 }, peakRssMb: 200 },
    queries: {
      result: [
        { name: 'meetings: all', service: timing(10), floor: timing(6), ratio: 1.67 },
        { name: 'global search “unge”', search: true, service: timing(12), floor: timing(10), ratio: 1.2 },
        { name: 'heatmap 2026: first page', service: timing(40), floor: timing(30), ratio: 1.33 },
      ],
      peakRssMb: 300,
    },
    http: {
      result: [
        { screen: 'Oversigt', channel: 'overview.sections', http: timing(20, 20, 45), payloadKb: 120, ok: true },
        { screen: 'Heatmap', channel: 'involvement.matrix', http: timing(30), payloadKb: 80, ok: true },
        { screen: 'Ctrl+K “unge”', channel: 'search.query', http: timing(15), payloadKb: 3, ok: true },
      ],
      peakRssMb: 300,
    },
    processStart: { result: { cold: start(1800), warm: start(700), staleIndex: start(900), osCold: start(1100), evicted: true }, peakRssMb: 100 },
    export: { service: { result: { ...timing(900, 5), bytes: 1 }, peakRssMb: 300 }, floor: { result: { ...timing(500, 5), bytes: 1, rows: 10 }, peakRssMb: 200 } },
    loop: {
      screens: { result: [loopCase('Oversigt', 40), loopCase('Mål', 90)], peakRssMb: 300 },
      documents: { statusXlsx: { result: loopCase('status xlsx', 60, 800), peakRssMb: 350 }, statusPdf: { result: loopCase('status PDF', 70, 600), peakRssMb: 250 } },
    },
  };
}

const byBudget = (s: SizeResults) => Object.fromEntries(evaluateBudgets(s).map((b) => [b.budget, b]));

describe('bench budgets at L (issue 17)', () => {
  it('meets every budget when every figure is within it, naming the deciding figure', () => {
    const b = evaluateBudgets(fine());
    expect(b).toHaveLength(9);
    expect(b.every((x) => x.met === true)).toBe(true);
    const f = byBudget(fine());
    // The p95 of 20 runs is the 19th sample: Oversigt's one slow call (45 ms) is above it, so the heatmap decides.
    expect(f['every screen over HTTP: p95 < 50 ms']!.figure).toBe('worst Heatmap (`involvement.matrix`) 30.0 ms (p95 of 20); 0 of 2 over');
    expect(f['first screen < 3 s after start, any file']!.figure).toMatch(/^worst cold \(copied file\) 1\.80 s \(p95 of 20\)/);
    expect(f['status report xlsx < 1 s, < 400 MB']!.figure).toBe('800.0 ms median, 350 MB peak RSS');
  });

  it('fails each budget from the figure that breaks it', () => {
    const slowScreen = fine();
    slowScreen.http!.result[0]!.http = timing(80);
    expect(byBudget(slowScreen)['every screen over HTTP: p95 < 50 ms']).toMatchObject({ met: false, figure: expect.stringMatching(/^worst Oversigt \(`overview.sections`\) 80\.0 ms \(p95 of 20\); 1 of 2 over/) });

    const big = fine();
    big.http!.result[1]!.payloadKb = 1100;
    expect(byBudget(big)['every screen over HTTP: payload < 300 KB']).toMatchObject({ met: false, figure: expect.stringContaining('largest Heatmap (`involvement.matrix`) 1100 KB; 1 of 2 over') });

    const ratio = fine();
    ratio.queries.result[0] = { ...ratio.queries.result[0]!, ratio: 2.74 };
    expect(byBudget(ratio)['each in-process query ≤ 2× its fair floor']).toMatchObject({ met: false, figure: expect.stringMatching(/^worst meetings: all 2\.74×/) });

    const search = fine();
    search.http!.result[2]!.http = timing(70);
    expect(byBudget(search)['search p95 < 30 ms for any word']).toMatchObject({ met: false, figure: expect.stringMatching(/^worst HTTP Ctrl\+K “unge” 70\.0 ms/) });

    const heat = fine();
    heat.http!.result[1]!.ok = false;
    expect(byBudget(heat)['heatmap < 200 ms']!.met).toBe(false);

    const stale = fine();
    stale.processStart!.result.staleIndex = start(42_000);
    expect(byBudget(stale)['first screen < 3 s after start, any file']).toMatchObject({ met: false, figure: expect.stringMatching(/^worst search index behind 42\.00 s/) });

    const block = fine();
    block.loop!.documents.statusPdf = { result: loopCase('status PDF', 590, 600), peakRssMb: 250 };
    expect(byBudget(block)['no event-loop block > 100 ms (each screen and document)']).toMatchObject({ met: false, figure: 'worst status PDF 590.0 ms; 1 of 4 over' });

    const heavy = fine();
    heavy.loop!.documents.statusXlsx!.peakRssMb = 420;
    expect(byBudget(heavy)['status report xlsx < 1 s, < 400 MB']!.met).toBe(false);
    expect(byBudget(heavy)['status report PDF < 1 s, < 400 MB']!.met).toBe(true);
  });

  it('says "not measured" for a figure the run does not have, and uses the median below 20 runs', () => {
    const s = fine();
    delete s.processStart;
    delete s.http;
    s.queries.result[1] = { ...s.queries.result[1]!, service: timing(25, 5) };
    const b = byBudget(s);
    expect(b['first screen < 3 s after start, any file']).toEqual({ budget: 'first screen < 3 s after start, any file', figure: 'not measured in this run', met: null });
    expect(b['every screen over HTTP: p95 < 50 ms']!.met).toBeNull();
    expect(b['search p95 < 30 ms for any word']!.figure).toContain('(median of 5)');
    // The heatmap falls back to the in-process figure.
    expect(b['heatmap < 200 ms']).toMatchObject({ met: true, figure: 'in process 40.0 ms (p95 of 20)' });
  });

  it('ends the report with the table, the machine and the load at start and end, read back from JSON', () => {
    const results: BenchResults = {
      date: '2026-12-06T12:00:00.000Z',
      machine: { nproc: 2, cpu: 'AMD EPYC', node: 'v20.20.2', memoryGb: 24, loadAverage: [1.5, 1.2, 1], loadAtStart: [0.4, 0.8, 1.1] },
      runs: 20,
      heavyRuns: { L: 5 },
      taskSeconds: { L: { queries: 61.2, processStart: 130 } },
      sizes: { L: fine() },
    };
    // As BENCH_ONLY reads it back: NaN p95s are null in JSON.
    const md = renderMarkdown(JSON.parse(JSON.stringify(results)) as BenchResults);
    const tail = md.slice(md.indexOf('### Budgets at L'));
    expect(tail).toContain('on 2 × AMD EPYC, 24 GB RAM, Node v20.20.2; load average (1 / 5 / 15 min) at start 0.4 / 0.8 / 1.1, at end 1.5 / 1.2 / 1');
    expect(tail.match(/✅ met/g)).toHaveLength(9);
    expect(md).toContain('Wall time of the run\'s tasks: L 3.2 min (queries 61 s, processStart 130 s)');
    expect(md).toContain('process start → first screen answered: cold');
    expect(renderBudgets('L', fine(), results.machine, results.date)).toBe(tail);
  });
});
