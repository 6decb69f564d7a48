import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { checkFile } from '../../db/sqliteMaintenance';
import { tempFile } from '../helpers/db';
import { bundleFixture, killTrial, lcg, warmChild } from './childHarness';
import { recordFigure } from './figures';
import { IMPORT_SIZE } from './fixtures/killWriter';

const TRIALS = Number(process.env.KILL_TRIALS ?? 50);
const CHAINS = 2;
const TRIALS_PER_FILE = 5;
const WARM = 3;

interface Verdict {
  lost: number;
  partial: number;
  integrityOk: boolean;
  fkViolations: number;
  maxSeq: number;
  /** Committed commands without their audit row, or audit rows without their command. */
  auditMismatch: number;
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
    const audited = Number(raw.prepare("SELECT COUNT(*) FROM audit_log WHERE channel IN ('people.create', 'actors.importCommit')").pluck().get());
    const auditMismatch = Math.abs(audited - people.size);
    return { lost, partial, integrityOk, fkViolations, maxSeq, auditMismatch };
  } finally {
    await db.close();
  }
}

describe('SIGKILL during acknowledged writes', () => {
  it(`${TRIALS} kills: no acknowledged write lost, no partial command, integrity ok`, async () => {
    const bundle = bundleFixture('killWriter');
    const rnd = lcg(7);
    const totals = { acked: 0, lost: 0, partial: 0, integrityBad: 0, fk: 0, trials: 0, committedNotAcked: 0, auditMismatch: 0 };
    const chain = async () => {
      let file = '';
      let acked = new Set<number>();
      let next = 0;
      // Children load their modules ahead of time, so a trial costs only open + kill + verify.
      const pool = Array.from({ length: Math.min(WARM, TRIALS / CHAINS) }, () => warmChild(bundle));
      for (let t = 0; t < TRIALS / CHAINS; t++) {
        if (t % TRIALS_PER_FILE === 0) [file, acked, next] = [tempFile(), new Set<number>(), 0];
        const current = pool.shift()!;
        if (t + pool.length + 1 < TRIALS / CHAINS) pool.push(warmChild(bundle));
        const trialAcked = (await killTrial(current, `${file} ${next}`, 20 + Math.floor(rnd() * 1180))).map(Number);
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
        totals.auditMismatch = Math.max(totals.auditMismatch, v.auditMismatch);
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
      totals.lost + totals.partial + totals.integrityBad + totals.fk + totals.auditMismatch,
      `${totals.acked} acked commands, ${totals.lost} lost, ${totals.partial} partial, integrity bad ${totals.integrityBad}, FK violations ${totals.fk}, audit mismatches ${totals.auditMismatch}, committed-not-acked ${totals.committedNotAcked}`,
    );
    expect(totals.trials).toBe(TRIALS);
    // Writes really happened between the kills (how many depends on the machine's load).
    expect(totals.acked).toBeGreaterThan(TRIALS / 2);
    expect(totals).toMatchObject({ lost: 0, partial: 0, integrityBad: 0, fk: 0, auditMismatch: 0 });
  }, 400_000);
});
