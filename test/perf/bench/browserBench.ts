import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServices } from '../../../main/app/startup';
import { startHost } from '../../../main/host/httpHost';
import { launchChromium } from '../../helpers/browser';
import { call } from '../../helpers/db';
import { summarise, type Timing } from './stats';

declare global {
  interface Window {
    __bench: {
      marks: { shell?: number; list?: number };
      lastInput: number;
      waitFor(name: string, total: number): Promise<number>;
    };
  }
}

/** Installed before the app's own scripts: marks when the shell and the first list row appear (ms since navigation). */
function instrument() {
  window.__bench = {
    marks: {},
    lastInput: 0,
    waitFor: (name, total) =>
      new Promise((resolve) => {
        const done = () => {
          const first = document.querySelector('[role=listbox] [role=option]');
          const badge = document.querySelector('[aria-live="polite"]');
          if (first?.textContent?.includes(name) && badge?.textContent?.replace(/\D/g, '') === String(total)) return resolve(performance.now()), true;
          return false;
        };
        if (done()) return;
        const o = new MutationObserver(() => done() && o.disconnect());
        o.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  };
  document.addEventListener('input', () => (window.__bench.lastInput = performance.now()), true);
  new MutationObserver(() => {
    const m = window.__bench.marks;
    if (m.shell === undefined && document.querySelector('nav')) m.shell = performance.now();
    if (m.list === undefined && document.querySelector('[role=listbox] [role=option]')) m.list = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function scrollFrames(page: Page, pxPerFrame: number, durationMs: number) {
  return page.evaluate(
    ([px, duration]) =>
      new Promise<{ frames: number; dropped: number; longestMs: number; rowsPassed: number }>((resolve) => {
        const el = document.querySelector('[role=listbox]') as HTMLElement;
        const start = performance.now();
        let last = start;
        let frames = 0;
        let dropped = 0;
        let longest = 0;
        const step = (now: number) => {
          const dt = now - last;
          last = now;
          if (frames++ > 0) {
            dropped += Math.max(0, Math.round(dt / (1000 / 60)) - 1);
            longest = Math.max(longest, dt);
          }
          el.scrollTop += px;
          if (now - start < duration) requestAnimationFrame(step);
          else resolve({ frames, dropped, longestMs: Math.round(longest), rowsPassed: Math.round(el.scrollTop / 56) });
        };
        requestAnimationFrame(step);
      }),
    [pxPerFrame, durationMs] as const,
  );
}

const searchTerms = ['jens', 'mette', 'søren', 'kjær', 'hansen', 'rektor', 'lærke', 'bøgh', 'ørsted', 'aagaard', 'frølund', 'vejleder', 'direktør', 'koege', 'hvidovre', 'åse', 'niels', 'møller', 'birgitte', 'thomas', 'jobcenter', 'gymnasium', 'halfdan', 'yilmaz'];

export interface BrowserResult {
  listVisible: { service: Timing; floor: Timing };
  search: { service: Timing; floor: Timing };
  scroll: { scrolling: Awaited<ReturnType<typeof scrollFrames>>; idle: Awaited<ReturnType<typeof scrollFrames>> };
}

export async function browserBench(dbFile: string, runs: number): Promise<BrowserResult> {
  const ctx = await startServices({ dbFile, demo: false }, 'http');
  const host = await startHost({ ctx, staticDir: path.resolve('out/renderer'), log: () => undefined });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(60_000);
    // tsx compiles with keepNames, which wraps inner functions in __name(); the page needs that helper too.
    await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
    const open = async (route: string) => {
      await page.goto('about:blank');
      await page.goto(`${host.url}#/actors/${route}`);
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      return page.evaluate(() => window.__bench.marks);
    };

    // Navigation → first row of the organisation list; the floor is the app shell (navigation bar) of the same load.
    await open('organisations');
    const list: number[] = [];
    const shell: number[] = [];
    for (let i = 0; i < runs; i++) {
      const m = await open('organisations');
      list.push(m.list!);
      shell.push(m.shell!);
    }

    // Last keystroke → the right first row and count; the floor is the same query through the service, in process.
    await open('people');
    const box = page.getByLabel('Søg', { exact: true });
    const unfiltered = (await call(ctx, 'people.list', { limit: 100 })).total;
    const ui: number[] = [];
    const direct: number[] = [];
    for (const term of searchTerms.slice(0, runs)) {
      const t = performance.now();
      const expected = await call(ctx, 'people.list', { search: term, limit: 100 });
      direct.push(performance.now() - t);
      // Timed to the answer of the whole term on screen: the request for it leaves after the last key, so the
      // figure is never negative and never the earlier answer to a prefix that happened to look the same.
      const answered = page.waitForResponse((r) => r.url().includes('/api/people.list') && (r.request().postData() ?? '').includes(`"search":${JSON.stringify(term)}`));
      await box.click();
      await page.keyboard.type(term, { delay: 30 });
      await answered;
      const at = await page.evaluate(
        ([name, total]) => window.__bench.waitFor(name, total).then(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))),
        [expected.items[0]?.name ?? '', expected.total] as const,
      );
      ui.push(at - (await page.evaluate(() => window.__bench.lastInput)));
      await box.fill('');
      await page.evaluate((total) => window.__bench.waitFor('', total), unfiltered);
    }

    // Scroll the people list for 5 s, fetching pages as it goes; the floor counts frames of the idle page.
    await page.evaluate(() => ((document.querySelector('[role=listbox]') as HTMLElement).scrollTop = 0));
    const idle = await scrollFrames(page, 0, 5000);
    const scrolling = await scrollFrames(page, 200, 5000);
    return {
      listVisible: { service: summarise(list), floor: summarise(shell) },
      search: { service: summarise(ui), floor: summarise(direct) },
      scroll: { scrolling, idle },
    };
  } finally {
    await browser.close();
    await host.close();
    await ctx.db.close();
  }
}
