import type { EngineRow, PgResults } from './pgBench';
import type { Timing } from './stats';

const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);
const both = (t: Timing | undefined) => (t ? `${ms(t.medianMs)} / ${ms(t.p95Ms)}` : '');
const kb = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const times = (a: Timing, b: Timing) => `${(b.medianMs / Math.max(a.medianMs, 0.001)).toFixed(1)}×`;
const agreed: Record<EngineRow['agreement'], string> = { same: 'same', order: 'same items, other order', different: 'different' };
const scans = (r: EngineRow) => (r.seqScans.length ? ` ⚠ Seq Scan ${r.seqScans.join(', ')}` : '');
const answers = (r: EngineRow) => (r.channel === 'search.query' || /search “/.test(r.name)) && r.agreement !== 'same' ? `${agreed[r.agreement]} (ranking: bm25 vs ts_rank)` : agreed[r.agreement];

/** The M (or any size's) screens on both engines, one table, screen by screen; then every bench query case. */
export function renderPostgres(size: string, p: PgResults | undefined): string {
  if (!p) return '';
  const head = `#### PostgreSQL beside SQLite, size ${size}\n\n`;
  if (p.missing) return `${head}PostgreSQL not measured: ${p.missing}.\n`;
  const l = p.load;
  const intro = l
    ? `${l.server}, a throwaway cluster on the same machine (fsync off), loaded with “Flyt data til serveren” from a copy of the same file in ${ms(l.copyMs)} (${l.tables} tables, ${l.rows.toLocaleString('da-DK')} rows, checksums ${l.allSame ? 'equal' : 'NOT equal'}), then ANALYZE (${ms(l.analyzeMs)}). ` +
      'Both engines measured in the same process, call by call in turn. The PostgreSQL floor replays the service’s own SELECTs on a bare `pg` connection as prepared statements (the driver and server time of the same SQL); ⚠ marks a sequential scan of a table over 1,000 rows in their plans.\n\n'
    : '';
  const rows: string[] = [];
  if (p.startup) rows.push(`| data-layer open (migrations check) | ${both(p.startup.sqlite)} | ${both(p.startup.postgres)} | ${times(p.startup.sqlite, p.startup.postgres)} | | | | | |`);
  if (p.roundTrip) rows.push(`| one round trip to the server (\`SELECT 1\`, bare pg) | | ${both(p.roundTrip)} | | | | | | |`);
  for (const s of p.screens ?? []) {
    const h = p.http?.find((x) => x.screen === s.name);
    const payload = h ? `${kb(h.payloadKb.sqlite)} / ${kb(h.payloadKb.postgres)} KB${h.ok.sqlite && h.ok.postgres ? '' : ' · ERROR'}` : '';
    rows.push(
      `| ${s.name} (\`${s.channel}\`)${scans(s)} | ${both(s.sqlite)} | ${both(s.postgres)} | ${times(s.sqlite, s.postgres)} | ${ms(s.floor.medianMs)} (${s.statements} SQL) | ${both(h?.sqlite)} | ${both(h?.postgres)} | ${payload} | ${answers(s)} |`,
    );
  }
  const table =
    '| screen | in process SQLite p50 / p95 | in process PostgreSQL p50 / p95 | PG ÷ SQLite | PG floor p50 | HTTP SQLite p50 / p95 | HTTP PostgreSQL p50 / p95 | payload SQLite / PG | answers |\n' +
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  const cases = (p.cases ?? []).map(
    (c) => `| ${c.name}${scans(c)} | ${both(c.sqlite)} | ${both(c.postgres)} | ${times(c.sqlite, c.postgres)} | ${ms(c.floor.medianMs)} (${c.statements} SQL) | ${answers(c)} |`,
  );
  const caseTable = cases.length
    ? `\nEvery bench query case on both engines (in process):\n\n| query | SQLite p50 / p95 | PostgreSQL p50 / p95 | PG ÷ SQLite | PG floor p50 | answers |\n| --- | --- | --- | --- | --- | --- |\n${cases.join('\n')}\n`
    : '';
  return `${head}${intro}${table}${caseTable}`;
}
