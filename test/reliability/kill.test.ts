import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { checkFile } from '../../db/sqliteMaintenance';
import { tempFile } from '../helpers/db';
import { recordFigure } from './figures';
import { IMPORT_SIZE } from './fixtures/killWriter';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'test-results', 'reliability', 'killWriter.cjs');
const TRIALS = Number(process.env.KILL_TRIALS ?? 50);
const CHAINS = 2;
const TRIALS_PER_FILE = 5;
const WARM = 3;

interface Warm {
  child: ChildProcess;
  lines: string[];
  waiters: ((line: string) => void)[];
  exited: Promise<NodeJS.Signals | null>;
}

/** The service code bundled once with esbuild (what tsx runs it through), so each child starts fast. */
function bundleWriter(): void {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), [path.join(__dirname, 'fixtures', 'killWriter.ts'), '--bundle', '--platform=node', '--packages=external', `--outfile=${BUNDLE}`, '--log-level=warning']);
}

function warmChild(): Warm {
  const child = spawn(process.execPath, [BUNDLE], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT });
  const w: Warm = { child, lines: [], waiters: [], exited: new Promise((r) => child.on('exit', (_c, sig) => r(sig))) };
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    for (const line of parts) {
      w.lines.push(line);
      w.waiters.splice(0).forEach((f) => f(line));
    }
  });
  return w;
}

const waitFor = (w: Warm, line: string) =>
  new Promise<void>((resolve) => {
    if (w.lines.includes(line)) return resolve();
    const check = (l: string) => (l === line ? resolve() : w.waiters.push(check));
    w.waiters.push(check);
  });

/** Tells a warm writer to start, SIGKILLs it 20–700 ms after it is ready, returns the acknowledged seqs. */
async function runTrial(w: Warm, file: string, start: number, rnd: () => number): Promise<number[]> {
  await waitFor(w, 'loaded');
  w.child.stdin!.write(`go ${file} ${start}\n`);
  await waitFor(w, 'ready');
  await new Promise((r) => setTimeout(r, 20 + Math.floor(rnd() * 680)));
  w.child.kill('SIGKILL');
  const signal = await w.exited;
  if (signal !== 'SIGKILL') throw new Error('writer ended without being killed');
  return w.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
}

interface Verdict {
  lost: number;
  partial: number;
  integrityOk: boolean;
  fkViolations: number;
  maxSeq: number;
}

async function verify(file: string, acked: Set<number>, upTo: number): Promise<Verdict> {
  const integrityOk = checkFile(file, 'full').ok;
  const db = await openDatabase({ file });
  try {
    const raw = db.raw();
    const people = new Map<string, number>();
    for (const n of raw.prepare('SELECT name FROM person').pluck().all() as string[]) {
      const seq = /^(?:K(\d+)-\d+ Ærø|P(\d+) Åse)$/.exec(n);
      if (seq) people.set(seq[1] ?? seq[2]!, (people.get(seq[1] ?? seq[2]!) ?? 0) + 1);
    }
    const orgs = new Set((raw.prepare("SELECT name FROM organisation WHERE name LIKE 'Org K%'").pluck().all() as string[]).map((n) => n.slice(5)));
    let lost = 0;
    let partial = 0;
    let maxSeq = -1;
    for (let seq = 0; seq <= upTo; seq++) {
      const n = people.get(String(seq)) ?? 0;
      const expected = seq % 2 === 0 ? IMPORT_SIZE : 1;
      if (n > 0) maxSeq = seq;
      if (acked.has(seq) && n === 0) lost++;
      if (n !== 0 && n !== expected) partial++;
      if (seq % 2 === 0 && (n > 0) !== orgs.has(String(seq))) partial++;
    }
    const fkViolations = (raw.pragma('foreign_key_check') as unknown[]).length;
    return { lost, partial, integrityOk, fkViolations, maxSeq };
  } finally {
    await db.close();
  }
}

describe('SIGKILL during acknowledged writes', () => {
  it(`${TRIALS} kills: no acknowledged write lost, no partial command, integrity ok`, async () => {
    bundleWriter();
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const totals = { acked: 0, lost: 0, partial: 0, integrityBad: 0, fk: 0, trials: 0, committedNotAcked: 0 };
    const chain = async () => {
      let file = '';
      let acked = new Set<number>();
      let next = 0;
      // Children load their modules ahead of time, so a trial costs only open + kill + verify.
      const pool = Array.from({ length: Math.min(WARM, TRIALS / CHAINS) }, warmChild);
      for (let t = 0; t < TRIALS / CHAINS; t++) {
        if (t % TRIALS_PER_FILE === 0) [file, acked, next] = [tempFile(), new Set<number>(), 0];
        const current = pool.shift()!;
        if (t + pool.length + 1 < TRIALS / CHAINS) pool.push(warmChild());
        const trialAcked = await runTrial(current, file, next, rnd);
        trialAcked.forEach((s) => acked.add(s));
        const upTo = next + trialAcked.length + 50;
        const tv = Date.now();
        const v = await verify(file, acked, upTo);
        if (process.env.KILL_DEBUG) console.log('trial', t, trialAcked.length, 'verify ms', Date.now() - tv);
        totals.trials++;
        totals.acked += trialAcked.length;
        totals.lost += v.lost;
        totals.partial += v.partial;
        totals.fk += v.fkViolations;
        if (!v.integrityOk) totals.integrityBad++;
        const lastAcked = trialAcked.length ? trialAcked[trialAcked.length - 1]! : next - 1;
        if (v.maxSeq > lastAcked) totals.committedNotAcked++;
        next = Math.max(v.maxSeq, lastAcked) + 1;
      }
    };
    await Promise.all(Array.from({ length: CHAINS }, chain));
    recordFigure(
      'SIGKILL during writes',
      totals.trials,
      totals.lost + totals.partial + totals.integrityBad + totals.fk,
      `${totals.acked} acked commands, ${totals.lost} lost, ${totals.partial} partial, integrity bad ${totals.integrityBad}, FK violations ${totals.fk}, committed-not-acked ${totals.committedNotAcked}`,
    );
    expect(totals.trials).toBe(TRIALS);
    expect(totals.acked).toBeGreaterThan(TRIALS);
    expect(totals).toMatchObject({ lost: 0, partial: 0, integrityBad: 0, fk: 0 });
  }, 400_000);
});
