/** Runs one measurement in its own process, so its peak memory (maxRSS) is its own. Prints one JSON line. */
import { browserBench } from './browserBench';
import { benchQueries, benchStartup } from './dataBench';
import { documentBench, statusXlsxFloor, type DocumentTask } from './documentBench';
import { exportFloor, exportService } from './exportBench';
import { importFloor, importService } from './importBench';
import { httpBench } from './httpBench';
import { loopTasks, runLoopTask, type LoopTask } from './loopBench';
import { pgCompare, pgHttp, pgLoad } from './pgBench';
import { processStartBench } from './processStartBench';
import { screenWaitBench } from './screenWaitBench';
import { peakRssMb } from './stats';

export type Task = 'startup' | 'queries' | 'export' | 'exportFloor' | 'import' | 'importFloor' | 'browser' | 'screens' | 'http' | 'processStart' | DocumentTask | 'statusXlsxFloor' | 'pgLoad' | 'pgCompare' | 'pgHttp' | LoopTask;
export interface WorkerArgs {
  task: Task;
  db: string;
  runs: number;
  xlsx?: string;
  tmp?: string;
  /** A PostgreSQL database (the pg tasks). */
  url?: string;
}

const tasks: Record<Task, (a: WorkerArgs) => Promise<unknown>> = {
  startup: (a) => benchStartup(a.db, a.runs),
  queries: (a) => benchQueries(a.db, a.runs),
  export: (a) => exportService(a.db, a.runs),
  exportFloor: (a) => exportFloor(a.db, a.runs),
  import: (a) => importService(a.db, a.xlsx!, a.runs, a.tmp!),
  importFloor: (a) => importFloor(a.db, a.xlsx!, a.runs, a.tmp!),
  browser: (a) => browserBench(a.db, a.runs),
  screens: (a) => screenWaitBench(a.db, a.runs),
  http: (a) => httpBench(a.db, a.runs),
  processStart: (a) => processStartBench(a.db, a.tmp!, a.runs),
  agendaPdf: (a) => documentBench(a.db, a.runs, 'agendaPdf'),
  minutesPdf: (a) => documentBench(a.db, a.runs, 'minutesPdf'),
  memoPdf: (a) => documentBench(a.db, a.runs, 'memoPdf'),
  statusXlsx: (a) => documentBench(a.db, a.runs, 'statusXlsx'),
  statusPdf: (a) => documentBench(a.db, a.runs, 'statusPdf'),
  statusXlsxFloor: (a) => statusXlsxFloor(a.db, a.runs),
  pgLoad: (a) => pgLoad(a.db, a.url!),
  pgCompare: (a) => pgCompare(a.db, a.url!, a.runs),
  pgHttp: (a) => pgHttp(a.db, a.url!, a.runs),
  ...(Object.fromEntries(loopTasks.map((t) => [t, (a: WorkerArgs) => runLoopTask(t, a.db, a.runs)])) as Record<LoopTask, (a: WorkerArgs) => Promise<unknown>>),
};

async function main() {
  const args = JSON.parse(process.argv[2]!) as WorkerArgs;
  const result = await tasks[args.task](args);
  process.stdout.write(`\n@@RESULT ${JSON.stringify({ result, peakRssMb: peakRssMb() })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
