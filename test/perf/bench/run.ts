/**
 * npm run bench [-- S M L] [--pg-only | --sqlite-only]: every measurement with its floor, at each size, and every
 * screen on PostgreSQL beside SQLite (pgRun.ts); writes bench/results.{json,md}. --pg-only measures only the
 * engine comparison (both engines' columns) into bench/results-pg.{json,md}.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentTasks } from './documentBench';
import { importWorkbook } from './importBench';
import { loopDocuments } from './loopBench';
import { postgresSide } from './pgRun';
import { renderMarkdown, type BenchResults, type SizeResults } from './report';
import type { Task, WorkerArgs } from './worker';
import { parseSize, sizes, type Size } from '../gen/sizes';

const root = path.resolve(__dirname, '../../..');
const benchDir = path.join(root, 'bench');
const dataDir = path.join(benchDir, '.data');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** Whole-file operations at L take seconds each on a shared 2-core machine; fewer runs keep the bench under ~15 minutes. */
const HEAVY_RUNS: Record<Size, number> = { S: RUNS, M: Math.min(RUNS, 10), L: Number(process.env.BENCH_HEAVY_RUNS ?? 5) };
/** Process starts per kind of file (cold, warm, index behind, OS-cold): 20 gives a p95; each costs a process and, cold, a copy of the file. */
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 20);

function sourceHash(): string {
  const h = crypto.createHash('sha256');
  for (const dir of ['test/perf/gen', 'db/migrations', 'db/entities']) {
    for (const f of fs.readdirSync(path.join(root, dir)).sort()) h.update(fs.readFileSync(path.join(root, dir, f)));
  }
  // What the generator writes through: bulk inserts, the create services it calls, and the seams they share.
  const written = [
    'main/actors/bulkInsert.ts', 'main/actors/keys.ts', 'main/actors/searchDocs.ts', 'db/textKeys.ts', 'db/sqliteSearch.ts', 'main/search/searchIndex.ts',
    'main/meetings/bulkInsert.ts', 'main/meetings/involvementSync.ts', 'main/meetings/searchDocs.ts', 'main/involvement/bulkInsert.ts',
    'main/involvement/involvementService.ts', 'main/involvement/searchDoc.ts', 'main/initiatives/initiativeService.ts', 'main/initiatives/statusHistory.ts',
    'main/initiatives/trackService.ts', 'main/initiatives/involvementSync.ts', 'main/goals/goalService.ts', 'main/memos/memoService.ts', 'main/memos/lifecycle.ts',
    'main/memos/memoRecord.ts',
  ];
  for (const f of written) h.update(fs.readFileSync(path.join(root, f)));
  return h.digest('hex').slice(0, 10);
}

/** BENCH_FILE_L=PATH (or _S, _M): measure that file (a copy: the tasks write to it) instead of the generated one. */
function dataFile(size: Size): string {
  const given = process.env[`BENCH_FILE_${size}`];
  if (given) return given;
  const file = path.join(dataDir, `${size}-${sourceHash()}.sqlite`);
  if (fs.existsSync(file)) return file;
  for (const old of fs.readdirSync(dataDir).filter((f) => f.startsWith(`${size}-`))) fs.rmSync(path.join(dataDir, old));
  console.log(`Genererer størrelse ${size} …`);
  execFileSync(process.execPath, [tsx, path.join(root, 'test/perf/gen/cli.ts'), '--size', size, '--db', file], { stdio: 'inherit', cwd: root });
  return file;
}

/** BENCH_ONLY=import,importFloor re-measures only those tasks and keeps the rest from the last results.json. */
const only = process.env.BENCH_ONLY?.split(',') as Task[] | undefined;
let previous: Partial<Record<string, SizeResults>> = {};
let currentSize = '';
const previousOf: Partial<Record<Task, (s: SizeResults) => unknown>> = {
  startup: (s) => s.startup, queries: (s) => s.queries, export: (s) => s.export.service, exportFloor: (s) => s.export.floor,
  http: (s) => s.http, processStart: (s) => s.processStart, import: (s) => s.import?.service, importFloor: (s) => s.import?.floor, browser: (s) => s.browser, screens: (s) => s.screens,
  ...Object.fromEntries(documentTasks.map((t) => [t, (s: SizeResults) => s.documents?.[t]])),
  statusXlsxFloor: (s) => s.documents?.statusXlsxFloor,
  loopScreens: (s) => s.loop?.screens,
  ...Object.fromEntries(loopDocuments.map((d) => [`loop:${d}`, (s: SizeResults) => s.loop?.documents[d]])),
};

let tmpDir = '';
/** Wall time of each task, per size: what a run costs (reported with the results). */
const taskSeconds: Record<string, Record<string, number>> = {};
function copyOf(file: string, name: string) {
  const copy = path.join(tmpDir, `${name}.sqlite`);
  fs.copyFileSync(file, copy);
  return copy;
}

function run<T>(task: Task, args: Omit<WorkerArgs, 'task'>): { result: T; peakRssMb: number } {
  if (only && !only.includes(task)) {
    const kept = previous[currentSize] && previousOf[task]?.(previous[currentSize]!);
    if (kept) return kept as { result: T; peakRssMb: number };
  }
  process.stdout.write(`  ${task} … `);
  const t = Date.now();
  const res = spawnSync(process.execPath, [tsx, path.join(__dirname, 'worker.ts'), JSON.stringify({ task, ...args })], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A stalled task fails instead of holding the run: BENCH_TASK_MINUTES (default 20) per task.
    timeout: Number(process.env.BENCH_TASK_MINUTES ?? 20) * 60_000,
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (res.status !== 0 || !line) throw new Error(`${task} fejlede:\n${res.stderr}`);
  const seconds = Math.round((Date.now() - t) / 100) / 10;
  console.log(`${seconds} s`);
  (taskSeconds[currentSize] ??= {})[task] = seconds;
  return JSON.parse(line.slice('@@RESULT '.length));
}

function machine() {
  const model = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? os.cpus()[0]?.model ?? '?';
  return { nproc: os.cpus().length, cpu: model, node: process.version, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) };
}

async function main() {
  const args = process.argv.slice(2);
  const [pgOnly, sqliteOnly] = [args.includes('--pg-only'), args.includes('--sqlite-only')];
  const named = args.filter((a) => !a.startsWith('--'));
  const wanted = named.length ? named.map(parseSize) : [...sizes];
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', cwd: root });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
  tmpDir = tmp;
  const xlsx = await importWorkbook(dataDir);
  const atStart = machine();
  const results: BenchResults = { date: new Date().toISOString(), machine: { ...atStart, loadAtStart: atStart.loadAverage }, runs: RUNS, heavyRuns: HEAVY_RUNS, sizes: {} };
  if (only) previous = (JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8')) as BenchResults).sizes;
  for (const size of wanted) {
    currentSize = size;
    const generating = Date.now();
    const db = dataFile(size);
    const generated = Math.round((Date.now() - generating) / 1000);
    if (generated > 1) (taskSeconds[size] ??= {}).generate = generated;
    console.log(`Størrelse ${size}:`);
    const heavy = HEAVY_RUNS[size];
    // Same runs as the HTTP figures (≥ 20, so p95 is not the maximum), on a copy the app may write to.
    const postgres = () => postgresSide({ size, copy: copyOf(db, `pg-${size}`), runs: Math.max(RUNS, 20), run });
    if (pgOnly) {
      // Only the engine table (both engines' columns), in files of its own: the full run's results stay as they are.
      results.sizes[size] = { postgres: postgres() } as SizeResults;
      results.machine.loadAverage = machine().loadAverage;
      fs.writeFileSync(path.join(benchDir, 'results-pg.json'), `${JSON.stringify(results, null, 2)}\n`);
      fs.writeFileSync(path.join(benchDir, 'results-pg.md'), renderMarkdown(results));
      continue;
    }
    const out: SizeResults = {
      // Every open of a sealed file ends in a close that waits for its background full check (~10 s at L): heavy.
      startup: run('startup', { db, runs: heavy }),
      queries: run('queries', { db, runs: RUNS }),
      // Over the browser-mode host, on a copy: the host's start may write (migrations, PRAGMA optimize, seal).
      http: run('http', { db: copyOf(db, 'http'), runs: Math.max(RUNS, 20) }),
      processStart: run('processStart', { db, tmp, runs: START_RUNS }),
      export: { service: run('export', { db, runs: heavy }), floor: run('exportFloor', { db, runs: heavy }) },
      documents: {
        ...Object.fromEntries(documentTasks.map((t) => [t, run(t, { db, runs: heavy })])),
        statusXlsxFloor: run('statusXlsxFloor', { db, runs: heavy }),
      },
    };
    // Event-loop blocks of every screen and document (issue 17); like the document tasks, on the data file itself.
    out.loop = { screens: run('loopScreens', { db, runs: RUNS }), documents: Object.fromEntries(loopDocuments.map((d) => [d, run(`loop:${d}`, { db, runs: heavy })])) };
    // The user's wait for every screen in Chromium (issue 17), on a copy: the host's start may write.
    out.screens = run('screens', { db: copyOf(db, 'screens'), runs: Math.max(RUNS, 20) });
    if (size === 'L') {
      out.import = { service: run('import', { db, runs: heavy, xlsx, tmp }), floor: run('importFloor', { db, runs: heavy, xlsx, tmp }) };
      const copy = path.join(tmp, 'browser.sqlite');
      fs.copyFileSync(db, copy);
      // Chromium may be missing or stall on a loaded machine: the size's other figures are kept without it.
      try {
        out.browser = run('browser', { db: copy, runs: RUNS });
      } catch (err) {
        console.error(err instanceof Error ? err.message.slice(0, 500) : err);
      }
    }
    if (!sqliteOnly) out.postgres = postgres();
    results.sizes[size] = out;
    results.machine.loadAverage = machine().loadAverage;
    results.taskSeconds = taskSeconds;
    // Written after every size, so a long run that is stopped still leaves what it measured.
    fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(results));
  }
  console.log(`\n${renderMarkdown(results)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
