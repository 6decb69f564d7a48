/**
 * Issue 17's budgets at L, each judged from the run's own figures (never a constant): the figure that
 * decides it (the worst case), met or not, or "not measured" when the run has no figure for it.
 */
import type { SizeResults } from './report';
import type { Timing } from './stats';

export interface Budget {
  budget: string;
  /** The deciding figure in words (the worst case and where), or why there is none. */
  figure: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);
const kb = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} KB`;

/** p95 when the run had ≥ 20 samples, else the median, saying which. */
function tail(t: Timing): { value: number; label: string } {
  return typeof t.p95Ms !== 'number' || Number.isNaN(t.p95Ms) ? { value: t.medianMs, label: `median of ${t.runs}` } : { value: t.p95Ms, label: `p95 of ${t.runs}` };
}

function worst<T>(items: T[], value: (t: T) => number): T | undefined {
  return items.reduce<T | undefined>((w, t) => (w === undefined || value(t) > value(w) ? t : w), undefined);
}

const notMeasured = (budget: string): Budget => ({ budget, figure: 'not measured in this run', met: null });

function httpScreens(s: SizeResults): Budget[] {
  const cases = (s.http?.result ?? []).filter((h) => h.channel !== 'search.query');
  if (!cases.length) return [notMeasured('every screen over HTTP: p95 < 50 ms'), notMeasured('every screen over HTTP: payload < 300 KB')];
  const slow = worst(cases, (h) => tail(h.http).value)!;
  const over = cases.filter((h) => !h.ok || tail(h.http).value >= 50);
  const big = worst(cases, (h) => h.payloadKb)!;
  const heavy = cases.filter((h) => h.payloadKb >= 300);
  const failed = cases.filter((h) => !h.ok).map((h) => h.screen);
  return [
    {
      budget: 'every screen over HTTP: p95 < 50 ms',
      figure: `worst ${slow.screen} (\`${slow.channel}\`) ${ms(tail(slow.http).value)} (${tail(slow.http).label}); ${over.length} of ${cases.length} over${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
      met: over.length === 0,
    },
    { budget: 'every screen over HTTP: payload < 300 KB', figure: `largest ${big.screen} (\`${big.channel}\`) ${kb(big.payloadKb)}; ${heavy.length} of ${cases.length} over`, met: heavy.length === 0 },
  ];
}

function floorRatio(s: SizeResults): Budget {
  const budget = 'each in-process query ≤ 2× its fair floor';
  const qs = s.queries?.result ?? [];
  if (!qs.length) return notMeasured(budget);
  const w = worst(qs, (q) => q.ratio)!;
  const over = qs.filter((q) => q.ratio > 2);
  return { budget, figure: `worst ${w.name} ${w.ratio.toFixed(2)}× (${ms(w.service.medianMs)} vs floor ${ms(w.floor.medianMs)}); ${over.length} of ${qs.length} over`, met: over.length === 0 };
}

function search(s: SizeResults): Budget {
  const budget = 'search p95 < 30 ms for any word';
  const figures = [
    ...(s.queries?.result ?? []).filter((q) => q.search).map((q) => ({ name: q.name, t: q.service })),
    ...(s.http?.result ?? []).filter((h) => h.channel === 'search.query').map((h) => ({ name: `HTTP ${h.screen}`, t: h.http, failed: !h.ok })),
  ];
  if (!figures.length) return notMeasured(budget);
  const w = worst(figures, (f) => tail(f.t).value)!;
  const over = figures.filter((f) => ('failed' in f && f.failed) || tail(f.t).value >= 30);
  return { budget, figure: `worst ${w.name} ${ms(tail(w.t).value)} (${tail(w.t).label}); ${over.length} of ${figures.length} over`, met: over.length === 0 };
}

function heatmap(s: SizeResults): Budget {
  const budget = 'heatmap < 200 ms';
  const http = s.http?.result.find((h) => h.channel === 'involvement.matrix');
  const query = s.queries?.result.find((q) => /heatmap/i.test(q.name));
  const figures = [
    ...(http ? [{ name: 'HTTP `involvement.matrix`', t: http.http, failed: !http.ok }] : []),
    ...(query ? [{ name: 'in process', t: query.service, failed: false }] : []),
  ];
  if (!figures.length) return notMeasured(budget);
  const w = worst(figures, (f) => tail(f.t).value)!;
  return { budget, figure: `${w.name} ${ms(tail(w.t).value)} (${tail(w.t).label})${w.failed ? ', failed' : ''}`, met: figures.every((f) => !f.failed && tail(f.t).value < 200) };
}

const startLabels: Record<string, string> = { cold: 'cold (copied file)', warm: 'warm (sealed)', staleIndex: 'search index behind', osCold: 'OS page cache dropped' };

function firstScreen(s: SizeResults): Budget {
  const budget = 'first screen < 3 s after start, any file';
  const r = s.processStart?.result as Record<string, (Timing & { maxMs?: number }) | boolean> | undefined;
  if (!r || !('cold' in r)) return notMeasured(budget);
  const kinds = Object.entries(r).filter((e): e is [string, Timing & { maxMs?: number }] => typeof e[1] === 'object');
  const w = worst(kinds, ([, t]) => tail(t).value)!;
  const parts = kinds.map(([k, t]) => `${startLabels[k] ?? k} ${ms(tail(t).value)}`);
  return { budget, figure: `worst ${startLabels[w[0]] ?? w[0]} ${ms(tail(w[1]).value)} (${tail(w[1]).label}); ${parts.join(' · ')}`, met: kinds.every(([, t]) => tail(t).value < 3000) };
}

function eventLoop(s: SizeResults): Budget {
  const budget = 'no event-loop block > 100 ms (each screen and document)';
  const cases = [...(s.loop?.screens?.result ?? []), ...Object.values(s.loop?.documents ?? {}).map((d) => d!.result)];
  if (!cases.length) return notMeasured(budget);
  const w = worst(cases, (c) => c.blockMaxMs)!;
  const over = cases.filter((c) => c.error || c.blockMaxMs > 100);
  const failed = cases.filter((c) => c.error).map((c) => c.name);
  return { budget, figure: `worst ${w.name} ${ms(w.blockMaxMs)}; ${over.length} of ${cases.length} over${failed.length ? `; failed: ${failed.join(', ')}` : ''}`, met: over.length === 0 };
}

function statusDocument(s: SizeResults, which: 'statusXlsx' | 'statusPdf'): Budget {
  const budget = `status report ${which === 'statusXlsx' ? 'xlsx' : 'PDF'} < 1 s, < 400 MB`;
  const loop = s.loop?.documents[which];
  const doc = s.documents?.[which];
  const time = loop && !loop.result.error ? loop.result.time.medianMs : doc?.result.medianMs;
  const peak = loop && !loop.result.error ? loop.peakRssMb : doc?.peakRssMb;
  if (time === undefined || peak === undefined) return loop?.result.error ? { budget, figure: `failed: ${loop.result.error}`, met: false } : notMeasured(budget);
  return { budget, figure: `${ms(time)} median, ${Math.round(peak)} MB peak RSS`, met: time < 1000 && peak < 400 };
}

/** Every budget of issue 17, judged from one size's figures. */
export function evaluateBudgets(s: SizeResults): Budget[] {
  return [...httpScreens(s), floorRatio(s), search(s), heatmap(s), firstScreen(s), eventLoop(s), statusDocument(s, 'statusXlsx'), statusDocument(s, 'statusPdf')];
}

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  memoryGb: number;
  loadAverage: number[];
  loadAtStart?: number[];
}

/** The closing table of the report: budgets at L with the machine and the load the run had. */
export function renderBudgets(size: string, s: SizeResults, m: Machine, date: string): string {
  const mark = (met: boolean | null) => (met === null ? '– not measured' : met ? '✅ met' : '❌ not met');
  const rows = evaluateBudgets(s).map((b) => `| ${b.budget} | ${b.figure} | ${mark(b.met)} |`);
  const load = (l?: number[]) => (l ? l.join(' / ') : '?');
  const machine = `Run ${date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB RAM, Node ${m.node}; load average (1 / 5 / 15 min) at start ${load(m.loadAtStart)}, at end ${load(m.loadAverage)}.`;
  return `### Budgets at ${size}\n\n${machine}\n\n| budget (issue 17) | figure | |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
}
