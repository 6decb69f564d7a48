import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServices } from '../../main/app/startup';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import type { HandlerContext } from '../../main/api/handlers';
import type { Clock } from '../../main/app/clock';
import { launchChromium, UI_TIMEOUT } from './browser';
import { tempFile } from './db';
import { trackApiCalls } from './settled';
import { recordToasts } from './toasts';

export interface WebApp {
  host: RunningHost;
  ctx: HandlerContext;
  browser: Browser;
  page: Page;
  dbFile: string;
  pageErrors: string[];
  close(): Promise<void>;
}

/** The browser-mode host on a fresh temp database, with Chromium pointed at it. Needs `npm run build` first. */
export async function startWebApp(opts: { demo?: boolean; browser?: Browser; viewport?: { width: number; height: number }; clock?: Clock } = {}): Promise<WebApp> {
  const dbFile = tempFile();
  const ctx = await startServices({ dbFile, demo: opts.demo ?? false, clock: opts.clock }, 'http');
  const host = await startHost({ ctx, staticDir: path.resolve('out/renderer'), log: () => undefined });
  const browser = opts.browser ?? (await launchChromium());
  // A context of its own: axe-core needs one, and a shared browser stays clean between hosts.
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 }, acceptDownloads: true });
  await recordToasts(context);
  await trackApiCalls(context);
  // A pinned clock holds in the page too (Date only; timers run as usual).
  if (opts.clock) await context.clock.setFixedTime(opts.clock.now());
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.url);
  return {
    host,
    ctx,
    browser,
    page,
    dbFile,
    pageErrors,
    close: async () => {
      if (opts.browser) await context.close();
      else await browser.close();
      await host.close();
      await ctx.db.close();
    },
  };
}

/** Picks an option in a Mantine Select by its label, inside the open dialog when there is one. */
export async function choose(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  const scope = (await dialog.count()) > 0 ? dialog : page;
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Calls the app's HTTP API from inside the page, with the page's own session token. */
export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const env = await page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-samspil-token': sessionStorage.getItem('samspil.token') ?? '' }, body: JSON.stringify(i) });
      return res.json();
    },
    [name, input] as const,
  );
  if (!env.ok) throw new Error(JSON.stringify(env.error));
  return env.data as T;
}
