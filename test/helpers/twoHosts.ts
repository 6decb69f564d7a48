import pg from 'pg';
/**
 * Two colleagues on one shared PostgreSQL server (issue 16): a throwaway cluster (test/pgCluster.sh, or a
 * fresh database on SAMSPIL_TEST_PG_URL's cluster when a run already has one), two browser-mode hosts
 * (`node out/main/web.js --db postgres://…`, separate processes, as two PCs would run them) and a
 * Chromium page on each. Needs `npx electron-vite build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, UI_TIMEOUT } from './browser';
import { CHANGE_CHANNEL } from '../../db/changeFeed';
import { createDatabase, startCluster } from './pgCluster';

export interface BrowserHost {
  /** The host's address with its token (what `web.js` prints). */
  url: string;
  page: Page;
  pageErrors: string[];
  /** Everything the host process wrote (for a failing test's message). */
  output(): string;
}

export interface TwoHosts {
  /** The shared database (admin user, no password): tests may read it directly to check the truth. */
  dbUrl: string;
  a: BrowserHost;
  b: BrowserHost;
  browser: Browser;
  close(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../..');
const HOST_START_MS = 420_000;
/** For a test file's beforeAll: a cluster, two host starts and a browser. */
export const TWO_HOSTS_START_MS = 2 * HOST_START_MS + 60_000;

interface HostProcess {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** Starts `web.js` on the server and waits for the address it prints. */
function startHostProcess(dbUrl: string, opts: { demo: boolean; env?: NodeJS.ProcessEnv }): Promise<HostProcess> {
  const args = [path.join(repoRoot, 'out/main/web.js'), '--db', dbUrl, '--port', '0', ...(opts.demo ? ['--demo'] : [])];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const output = () => out;
  return new Promise((resolve, reject) => {
    // Host A runs the migrations and loads the demo on PostgreSQL (thousands of round trips): about a
    // minute on a quiet 2-core machine, several on a loaded one. A ceiling only; the start is awaited.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The browser-mode host did not start within ${HOST_START_MS / 1000} s:\n${out}`));
    }, HOST_START_MS);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /Åbn: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser-mode host stopped (exit ${code}) before it started:\n${out}`));
    });
  });
}

function stopHostProcess(h: HostProcess): Promise<void> {
  if (h.child.exitCode !== null || h.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => h.child.kill('SIGKILL'), 10_000);
    h.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    h.child.kill('SIGTERM');
  });
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  return { page, pageErrors };
}

/**
 * A cluster, one database, host A (loads the demo data when `demo`, which also runs the migrations) and
 * then host B on the same database, each with its own Chromium context. `close()` stops all of it,
 * also after a failed start.
 */
/** `users`: who uses host A and host B (SAMSPIL_USER), as two colleagues' PCs would name them. */
export async function startTwoHosts(opts: { demo?: boolean; env?: NodeJS.ProcessEnv; users?: [string, string] } = {}): Promise<TwoHosts> {
  const cluster = startCluster();
  const hosts: HostProcess[] = [];
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    for (const h of hosts) await stopHostProcess(h);
    cluster.stop();
  };
  try {
    const dbUrl = await createDatabase(cluster.adminUrl);
    // One after the other: the first runs the migrations (and the demo), the second finds them done.
    const envOf = (i: 0 | 1) => (opts.users ? { ...opts.env, SAMSPIL_USER: opts.users[i] } : opts.env);
    hosts.push(await startHostProcess(dbUrl, { demo: opts.demo ?? true, env: envOf(0) }));
    hosts.push(await startHostProcess(dbUrl, { demo: false, env: envOf(1) }));
    browser = await launchChromium();
    const [ha, hb] = hosts as [HostProcess, HostProcess];
    const a = await openPage(browser, ha.url);
    const b = await openPage(browser, hb.url);
    return {
      dbUrl,
      browser,
      a: { url: ha.url, ...a, output: ha.output },
      b: { url: hb.url, ...b, output: hb.output },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Reads the shared database directly, as a check beside what the two screens show. */
export async function queryDb<T>(two: TwoHosts, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: two.dbUrl });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * When each change was committed, as every host hears it: the test's own LISTEN on the app's change
 * channel (NOTIFY is delivered at commit, to all listeners at once). Stamped with Date.now(), the
 * same clock the pages use, so a page's stamp minus a commit's is the push latency.
 */
export interface CommitClock {
  /** How many commits have been heard so far (a mark to measure from). */
  count(): number;
  /** The time of the first commit heard after `mark`; waits for it. */
  firstAfter(mark: number): Promise<number>;
  close(): Promise<void>;
}

export async function listenToCommits(two: TwoHosts): Promise<CommitClock> {
  const heard: number[] = [];
  const c = new pg.Client({ connectionString: two.dbUrl });
  await c.connect();
  c.on('notification', (n) => {
    if (n.channel === CHANGE_CHANNEL) heard.push(Date.now());
  });
  await c.query(`LISTEN ${CHANGE_CHANNEL}`);
  return {
    count: () => heard.length,
    async firstAfter(mark) {
      for (let waited = 0; heard.length <= mark; waited += 20) {
        if (waited > 30_000) throw new Error('No commit was announced on the change channel within 30 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      return heard[mark]!;
    },
    close: () => c.end(),
  };
}

/**
 * Stamps, inside the page, the moment an element matching `selector` with `text` in it is first in the
 * DOM (a MutationObserver: the React commit, not the next time Playwright happens to look). Read the
 * stamp with `seenAt` after the element has been waited for.
 */
export async function watchFor(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, txt]) => {
      const w = window as unknown as { __seenAt: number | null; __seenObserver?: MutationObserver };
      w.__seenObserver?.disconnect();
      w.__seenAt = null;
      const present = () => [...document.querySelectorAll(sel)].some((el) => (el.textContent ?? '').includes(txt));
      if (present()) throw new Error(`"${txt}" is already on the page`);
      const observer = new MutationObserver(() => {
        if (w.__seenAt === null && present()) {
          w.__seenAt = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      w.__seenObserver = observer;
    },
    [selector, text] as const,
  );
}

export async function seenAt(page: Page): Promise<number> {
  const t = await page.evaluate(() => (window as unknown as { __seenAt: number | null }).__seenAt);
  if (t === null) throw new Error('watchFor() saw nothing appear');
  return t;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
