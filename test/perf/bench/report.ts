import type { BrowserResult } from './browserBench';
import { renderScreenWaits, type ScreenWaitResult } from './screenWaitBench';
import type { Compared } from './dataBench';
import type { HttpCase } from './httpBench';
import type { PgResults } from './pgBench';
import { renderPostgres } from './pgReport';
import { documentNames, documentTasks, type DocumentTask } from './documentBench';
import type { Timing } from './stats';
import { renderLoopTable, type LoopResults } from './loopBench';
import { renderBudgets, type Machine } from './budgets';
import { startKinds, type ProcessStartResult, type StartKind } from './processStartBench';

const startNames: Record<StartKind, string> = {
  cold: 'cold (first open of a copied file: no seal, full check and daily backup in the background)',
  warm: 'warm (restart of a sealed file)',
  staleIndex: 'search index version behind (sealed file; rebuild in the background)',
  osCold: 'OS-cold (sealed file, its pages dropped from the page cache)',
};

interface Measured<T> {
  result: T;
  peakRssMb: number;
}

export interface SizeResults {
  startup: Measured<Compared>;
  queries: Measured<Compared[]>;
  /** Every screen's first read over the browser-mode host (HTTP, dispatch, service, JSON). */
  http?: Measured<HttpCase[]>;
  /** Process start (node out/main/web.js) to the first screen's answer: the first start of the generated file, then warm starts. */
  processStart?: Measured<ProcessStartResult>;
  export: { service: Measured<Timing & { bytes: number }>; floor: Measured<Timing & { bytes: number; rows: number }> };
  import?: { service: Measured<Timing & { created: number }>; floor: Measured<Timing & { created: number }> };
  browser?: Measured<BrowserResult>;
  /** Every screen's wait in Chromium, navigation → data shown (screenWaitBench.ts). */
  screens?: Measured<ScreenWaitResult>;
  /** Generated documents, each in its own process; the status workbook with its streaming-writer floor. */
  /** Event-loop blocks of every screen and document (loopBench.ts). */
  loop?: LoopResults;
  documents?: Partial<Record<DocumentTask, Measured<Timing & { bytes: number }>>> & { statusXlsxFloor?: Measured<Timing & { bytes: number; rows: number }> };
  /** The same file on a PostgreSQL server, every screen beside SQLite (issue 16); or why it was not measured. */
  postgres?: PgResults;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  runs: number;
  heavyRuns: Record<string, number>;
  /** Wall seconds of each task of this run, per size (not kept for tasks BENCH_ONLY reused). */
  taskSeconds?: Record<string, Record<string, number>>;
  sizes: Partial<Record<'S' | 'M' | 'L', SizeResults>>;
}

const ms = (n: number) => (typeof n !== 'number' || Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);
const ok = (met: boolean, text: string) => `${met ? '✅' : '❌'} ${text}`;

interface Row {
  name: string;
  t: Timing;
  floor?: Timing;
  floorName?: string;
  peak?: number;
  budget?: string;
}

function row(r: Row): string {
  const ratio = r.floor ? `${(r.t.medianMs / Math.max(r.floor.medianMs, 0.001)).toFixed(2)}×` : '';
  const floor = r.floor ? `${ms(r.floor.medianMs)} / ${ms(r.floor.p95Ms)}${r.floorName ? ` (${r.floorName})` : ''}` : '';
  return `| ${r.name} | ${ms(r.t.medianMs)} | ${ms(r.t.p95Ms)} | ${r.t.runs} | ${floor} | ${ratio} | ${r.peak ? `${Math.round(r.peak)} MB` : ''} | ${r.budget ?? ''} |`;
}

/** The budgets of issue 8 apply at L; smaller sizes are reported without them. */
function sizeTable(size: string, s: SizeResults): string {
  // A `-- --pg-only` run of a size the file has no SQLite figures for: the engine table alone.
  if (!s.startup) return `### Size ${size}\n\n${renderPostgres(size, s.postgres)}`;
  const atL = size === 'L';
  const rows: Row[] = [];
  const st = s.startup.result;
  rows.push({ name: st.name, t: st.service, floor: st.floor, floorName: 'raw open', peak: s.startup.peakRssMb, budget: atL ? ok(st.service.medianMs < 300, '< 300 ms') : '' });
  for (const q of s.queries.result) {
    const limit = q.search ? 30 : 50;
    const payload = q.payloadKb === undefined ? '' : ` · JSON ${q.payloadKb < 10 ? q.payloadKb.toFixed(1) : Math.round(q.payloadKb)} KB in ${ms(q.jsonMs!.medianMs)}`;
    const budget = atL ? ok(q.service.p95Ms < limit && q.ratio <= 2 && (q.payloadKb ?? 0) < 300, `p95 < ${limit} ms, ≤ 2× floor, < 300 KB`) : '';
    const scans = q.fullScans?.length ? ` ⚠ ${q.fullScans.join(', ')}` : '';
    rows.push({ name: `${q.name}${payload}${scans}`, t: q.service, floor: q.floor, floorName: 'raw SQL', budget });
  }
  const start = s.processStart?.result;
  if (start && 'cold' in start) {
    for (const kind of startKinds) {
      const t = start[kind];
      const name = `process start → first screen answered: ${startNames[kind]}${kind === 'osCold' && !start.evicted ? ' (eviction failed: cache warm)' : ''}, worst ${ms(t.maxMs)}`;
      rows.push({ name, t, budget: atL ? ok((Number.isNaN(t.p95Ms) || typeof t.p95Ms !== 'number' ? t.maxMs : t.p95Ms) < 3000, '< 3 s') : '' });
    }
  }
  for (const h of s.http?.result ?? []) {
    const limit = h.channel === 'search.query' ? 30 : 50;
    const budget = atL ? ok(h.ok && h.http.p95Ms < limit && h.payloadKb < 300, `p95 < ${limit} ms, < 300 KB`) : '';
    rows.push({ name: `HTTP ${h.screen} (\`${h.channel}\`) · ${h.payloadKb < 10 ? h.payloadKb.toFixed(1) : Math.round(h.payloadKb)} KB${h.ok ? '' : ' · ERROR'}`, t: h.http, budget });
  }
  const ex = s.export;
  rows.push({ name: `actor overview xlsx (${ex.floor.result.rows.toLocaleString('da-DK')} rows)`, t: ex.service.result, floor: ex.floor.result, floorName: `exceljs stream, ${Math.round(ex.floor.peakRssMb)} MB`, peak: ex.service.peakRssMb });
  if (s.import) {
    const im = s.import;
    rows.push({ name: `import of a 10.000-row organisations xlsx (${im.service.result.created} created)`, t: im.service.result, floor: im.floor.result, floorName: `exceljs + raw INSERT, ${Math.round(im.floor.peakRssMb)} MB`, peak: im.service.peakRssMb });
  }
  for (const t of documentTasks) {
    const d = s.documents?.[t];
    if (!d) continue;
    const xlsx = t === 'statusXlsx';
    const fl = xlsx ? s.documents?.statusXlsxFloor : undefined;
    // Issue 8 budgets the agenda, minutes and memo PDFs and the status report workbook; the status
    // report PDF is measured without one.
    const budget = !atL ? '' : xlsx ? ok(d.result.medianMs < 3000 && d.peakRssMb < 500, '< 3 s, < 500 MB') : t === 'statusPdf' ? '' : ok(d.result.medianMs < 200, '< 200 ms');
    const name = `${documentNames[t]} (${Math.round(d.result.bytes / 1024)} kB${fl ? `, ${fl.result.rows.toLocaleString('da-DK')} rows` : ''})`;
    rows.push({ name, t: d.result, floor: fl?.result, floorName: fl ? `exceljs stream, ${Math.round(fl.peakRssMb)} MB` : undefined, peak: d.peakRssMb, budget });
  }
  if (s.browser) {
    const b = s.browser.result;
    rows.push({ name: 'Chromium: navigation → actor list visible', t: b.listVisible.service, floor: b.listVisible.floor, floorName: 'app shell', peak: s.browser.peakRssMb, budget: ok(b.listVisible.service.medianMs < 1000, '< 1 s') });
    rows.push({ name: 'Chromium: last keystroke → search results shown', t: b.search.service, floor: b.search.floor, floorName: 'the query in process', budget: ok(b.search.service.medianMs < 100, '< 100 ms') });
  }
  const head = `### Size ${size}\n\n| measurement | median | p95 | runs | floor median / p95 | ratio | peak RSS | budget at L |\n| --- | --- | --- | --- | --- | --- | --- | --- |`;
  let text = `${head}\n${rows.map(row).join('\n')}\n`;
  if (s.loop) text += `\n${renderLoopTable(size, s.loop)}`;
  if (s.screens) text += `\n${renderScreenWaits(size, s.screens.result, s.screens.peakRssMb)}`;
  if (s.browser) {
    const { scrolling, idle } = s.browser.result.scroll;
    const share = scrolling.dropped / Math.max(1, scrolling.frames + scrolling.dropped);
    text += `\nScrolling the people list for 5 s at 200 px per frame (${scrolling.rowsPassed.toLocaleString('da-DK')} rows passed, pages fetched on the way): ${scrolling.frames} frames, ${scrolling.dropped} dropped (${(share * 100).toFixed(1)} %), longest frame ${scrolling.longestMs} ms. Floor, the idle page over 5 s: ${idle.frames} frames, ${idle.dropped} dropped, longest ${idle.longestMs} ms. ${ok(share <= 0.05 && scrolling.longestMs < 100, 'smooth = ≤ 5 % dropped and no frame ≥ 100 ms')}\n`;
  }
  return `${text}${s.postgres ? `\n${renderPostgres(size, s.postgres)}` : ''}`;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const intro = `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}; load average at the start ${m.loadAtStart?.join(' / ') ?? '?'}, at the end ${m.loadAverage.join(' / ')}. Median and p95 of ${r.runs} runs (whole-file operations: ${Object.entries(r.heavyRuns).map(([k, v]) => `${k} ${v}`).join(', ')}). Each figure has its floor measured in the same run, interleaved where possible. ⚠ marks a full table scan in the service's query plan.`;
  const L = r.sizes.L;
  // The closing table: issue 17's budgets, judged from the L figures of this run (budgets.ts).
  const budgets = L?.startup ? renderBudgets('L', L, m, r.date) : '### Budgets at L\n\nNot judged: this run measured no size L (`npm run bench -- L`).\n';
  const cost = Object.entries(r.taskSeconds ?? {}).map(([size, t]) => {
    const total = Object.values(t).reduce((a, b) => a + b, 0);
    return `${size} ${Math.round(total / 6) / 10} min (${Object.entries(t).map(([k, v]) => `${k} ${Math.round(v)} s`).join(', ')})`;
  });
  const timeLine = cost.length ? `\n\nWall time of the run's tasks: ${cost.join('; ')}.` : '';
  return `${intro}${timeLine}\n\n${Object.entries(r.sizes).map(([size, s]) => sizeTable(size, s!)).join('\n')}\n${budgets}`;
}
