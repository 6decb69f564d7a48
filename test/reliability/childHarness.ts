import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface Warm {
  child: ChildProcess;
  lines: string[];
  /** What the child wrote to stderr, to tell why it ended early. */
  errors: string[];
  waiters: ((line: string) => void)[];
  exited: Promise<NodeJS.Signals | null>;
}

/**
 * Bundles a fixture's service code once with esbuild (the transform tsx uses), so each child is plain
 * node and starts fast; the bundle lives in test-results/ so node_modules still resolves.
 */
export function bundleFixture(name: string): string {
  const out = path.join(ROOT, 'test-results', 'reliability', `${name}.cjs`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), [path.join(__dirname, 'fixtures', `${name}.ts`), '--bundle', '--platform=node', '--packages=external', `--outfile=${out}`, '--log-level=warning']);
  return out;
}

/** Starts a child that loads its modules and waits for "go …" on stdin. */
export function warmChild(bundle: string): Warm {
  const child = spawn(process.execPath, [bundle], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT });
  const w: Warm = { child, lines: [], errors: [], waiters: [], exited: new Promise((r) => child.on('exit', (_c, sig) => r(sig))) };
  child.stderr!.on('data', (d: Buffer) => void w.errors.push(d.toString()));
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

/** Sends "go …", SIGKILLs the child a random delay after it is ready, returns its "ack …" payloads. */
export async function killTrial(w: Warm, go: string, delayMs: number): Promise<string[]> {
  await waitFor(w, 'loaded');
  w.child.stdin!.write(`go ${go}\n`);
  await waitFor(w, 'ready');
  await new Promise((r) => setTimeout(r, delayMs));
  w.child.kill('SIGKILL');
  const signal = await w.exited;
  if (signal !== 'SIGKILL') throw new Error(`child ended without being killed: ${w.errors.join('').slice(-2000)}`);
  return w.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
}

/** Deterministic random numbers for kill delays. */
export function lcg(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}
