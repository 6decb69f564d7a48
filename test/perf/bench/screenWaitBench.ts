/**
 * Issue 17, the user's wait: for every main screen, in Chromium against the browser-mode host, the time from
 * the navigation (the hash the nav link sets) to the frame that shows the screen's content (a real element
 * with data, not a spinner), and the longest task and frame while it loads. Each run starts from a fresh page
 * load on an empty screen, so the query cache is cold as on a first visit. The floor is the same navigation
 * to an empty screen (the shell's "coming soon" page): routing, layout and a paint, no data.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServices } from '../../../main/app/startup';
import { startHost } from '../../../main/host/httpHost';
import { launchChromium } from '../../helpers/browser';
import { summarise, type Timing } from './stats';

export interface ScreenWait {
  screen: string;
  route: string;
  wait: Timing;
  /** Worst over the runs: the renderer's longest main-thread task while the screen loaded (PerformanceObserver 'longtask': ≥ 50 ms, else 0). */
  longestTaskMs: number;
  error?: string;
}

export interface ScreenWaitResult {
  floor: ScreenWait;
  screens: ScreenWait[];
}

interface Sample {
  ms: number;
  longestTaskMs: number;
}

declare global {
  interface Window {
    __wait: { tasks: [number, number][]; idle(): boolean; go(hash: string, selector: string, text: string): Promise<Sample>; typed(selector: string, text: string): Promise<Sample> };
  }
}

/** Installed before the app's scripts: long tasks as they happen, and a timed wait for a selector (with text). */
function instrument() {
  const tasks: [number, number][] = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  const until = (t0: number, selector: string, text: string) =>
    new Promise<Sample>((resolve, reject) => {
      let done = false;
      setTimeout(() => {
        if (done) return;
        done = true;
        o.disconnect();
        reject(new Error(`${selector} not shown within 30 s`));
      }, 30_000);
      const shown = () => [...document.querySelectorAll(selector)].some((el) => (el.textContent ?? '').includes(text));
      const check = () => {
        if (done || !shown()) return;
        done = true;
        o.disconnect();
        // The frame that paints it: the next animation frame after the element is in the document.
        requestAnimationFrame(() => {
          const now = performance.now();
          const longestTask = tasks.filter(([s, d]) => s + d > t0 && s < now).reduce((m, [, d]) => Math.max(m, d), 0);
          resolve({ ms: now - t0, longestTaskMs: longestTask });
        });
      };
      const o = new MutationObserver(check);
      o.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      queueMicrotask(check);
    });
  // API requests in flight: a fresh load is settled when the shell's own start-up reads have answered.
  let inflight = 0;
  const fetch0 = window.fetch.bind(window);
  window.fetch = (...args) => {
    inflight++;
    return fetch0(...args).finally(() => inflight--);
  };
  let lastInput = 0;
  document.addEventListener('input', () => (lastInput = performance.now()), true);
  window.__wait = {
    tasks,
    idle: () => inflight === 0,
    go: (hash, selector, text) => {
      const t0 = performance.now();
      window.location.hash = hash;
      return until(t0, selector, text);
    },
    typed: (selector, text) => until(lastInput, selector, text),
  };
}

interface Screen {
  screen: string;
  route: string;
  /** What shows the screen's data: a selector, and text one match must contain ('' = any). */
  selector: string;
  text?: string;
}

const searchWords = ['unge', 'møde', 'jens', 'skole', 'hansen', 'uddannelse', 'kommune', 'søren', 'job', 'projekt'];

function screensOf(ids: { organisation: number; meeting: number }): Screen[] {
  return [
    { screen: 'Oversigt', route: '#/overview', selector: 'main section[aria-label] button' },
    { screen: 'Aktører › Organisationer', route: '#/actors/organisations', selector: 'main [role=listbox] [role=option]' },
    { screen: 'Aktører › Personer', route: '#/actors/people', selector: 'main [role=listbox] [role=option]' },
    { screen: 'Aktører › travleste organisation (inddragelseslog)', route: `#/actors/organisations/${ids.organisation}`, selector: 'main section .mantine-Timeline-item' },
    { screen: 'Møder', route: '#/meetings/list', selector: 'main table tbody tr' },
    { screen: 'Møder › travleste møde (dagsorden)', route: `#/meetings/list/${ids.meeting}`, selector: 'main [role=list] [role=listitem]' },
    { screen: 'Møder › Aftaler', route: '#/meetings/actions', selector: 'main table tbody tr' },
    { screen: 'Indsatser', route: '#/initiatives', selector: 'main section[aria-label] button' },
    { screen: 'Mål', route: '#/goals', selector: 'main table tbody tr' },
    { screen: 'Beslutningsoplæg', route: '#/memos', selector: 'main table tbody tr' },
    { screen: 'Planlægning › Årshjul', route: '#/planning/wheel', selector: 'main svg [data-entry]' },
    { screen: 'Planlægning › Tidslinje', route: '#/planning/timeline', selector: 'main [role=region] [data-entry], main [role=region] button' },
    { screen: 'Planlægning › Inddragelse (heatmap)', route: '#/planning/involvement', selector: 'main table tbody tr' },
    { screen: 'Planlægning › Interessentkort', route: '#/planning/stakeholders', selector: 'main svg[role=group] rect' },
    { screen: 'Indstillinger', route: '#/settings', selector: 'main input[value]:not([value=""])' },
  ];
}

const EMPTY = '#/bench-empty';
const SLOW_MS = 3000;
const SLOW_RUNS = 5;

async function loadFresh(page: Page, url: string, start: string) {
  await page.goto('about:blank');
  await page.goto(`${url}${start}`);
  await page.locator('main h1').first().waitFor();
  // Let the shell's own start-up reads (settings, search index state) finish, as a user's first glance would.
  await page.waitForFunction(() => window.__wait.idle(), undefined, { polling: 50 });
  await page.waitForTimeout(50);
}

function collect(screen: string, route: string, samples: Sample[], error?: string): ScreenWait {
  return {
    screen,
    route,
    wait: summarise(samples.map((s) => s.ms)),
    longestTaskMs: Math.round(Math.max(0, ...samples.map((s) => s.longestTaskMs))),
    ...(error ? { error } : {}),
  };
}

/** Measures against a running browser-mode host (its URL with the token); exported for a run against `node out/main/web.js`. */
export async function measureScreenWaits(hostUrl: string, ids: { organisation: number; meeting: number }, runs: number, log: (s: string) => void = () => undefined): Promise<ScreenWaitResult> {
  const browser = await launchChromium();
  const { origin } = new URL(hostUrl);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(60_000);
    // tsx compiles with keepNames, which wraps inner functions in __name(); the page needs that helper too.
    await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
    await page.goto(hostUrl); // stores the token for the tab
    const url = `${origin}/`;
    const floor: Sample[] = [];
    const out: ScreenWait[] = [];
    const emptySelector = 'main h1';
    // Interleaved: each round measures the floor once, then every screen once (one warm-up round not counted).
    const list = screensOf(ids);
    const samples = new Map<string, Sample[]>(list.map((s) => [s.route, []]));
    const search: Sample[] = [];
    const errors = new Map<string, string>();
    for (let round = 0; round <= runs; round++) {
      await loadFresh(page, url, '#/bench-start');
      const f = await page.evaluate(([h, s, t]) => window.__wait.go(h, s, t), [EMPTY, emptySelector, 'bench-empty'] as const);
      if (round > 0) floor.push(f);
      for (const s of list) {
        if (errors.has(s.route)) continue;
        // A screen that takes seconds is measured SLOW_RUNS times (its p95 is then left out), so the task stays within minutes.
        const got = samples.get(s.route)!;
        if (round > SLOW_RUNS && got.length >= SLOW_RUNS && got[0]!.ms > SLOW_MS) continue;
        await loadFresh(page, url, '#/bench-start');
        try {
          const r = await page.evaluate(([h, sel, t]) => window.__wait.go(h, sel, t), [s.route, s.selector, s.text ?? ''] as const);
          if (round > 0) samples.get(s.route)!.push(r);
          log(`    ${s.screen}: ${Math.round(r.ms)} ms`);
        } catch (err) {
          errors.set(s.route, err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err));
          log(`    ${s.screen}: ${errors.get(s.route)}`);
        }
      }
      // Ctrl+K: the last keystroke → the answer on screen (the first hit, or "no hits" for a word without any).
      if (!errors.has('search')) {
        await loadFresh(page, url, '#/bench-start');
        await page.keyboard.press('Control+k');
        const box = page.getByRole('dialog').getByRole('textbox').first();
        await box.waitFor();
        await box.fill(searchWords[round % searchWords.length]!);
        try {
          const r = await page.evaluate(() => window.__wait.typed('[role=dialog] [role=listbox] [role=option], [role=dialog] [role=listbox] [role=status]', ''));
          if (round > 0) search.push(r);
        } catch (err) {
          errors.set('search', err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err));
        }
      }
      log(`  runde ${round}/${runs}`);
    }
    for (const s of list) out.push(collect(s.screen, s.route, samples.get(s.route)!, errors.get(s.route)));
    out.push(collect('Ctrl+K: søgeord → første hit', `Ctrl+K ${searchWords.slice(0, 3).join(', ')} …`, search, errors.get('search')));
    return { floor: collect('Tom side (gulv)', EMPTY, floor), screens: out };
  } finally {
    await browser.close();
  }
}

/** The bench task: its own host on a copy of the data file (the host's start may write). */
export async function screenWaitBench(dbFile: string, runs: number): Promise<ScreenWaitResult> {
  const ctx = await startServices({ dbFile, demo: false }, 'http');
  const host = await startHost({ ctx, staticDir: path.resolve('out/renderer'), log: () => undefined });
  try {
    const id = async (sql: string) => Number(((await ctx.db.ds.query(sql)) as { id: number }[])[0]?.id ?? 1);
    const ids = {
      organisation: await id("SELECT actor_id AS id FROM involvement WHERE actor_kind = 'organisation' GROUP BY actor_id ORDER BY COUNT(*) DESC, actor_id LIMIT 1"),
      meeting: await id('SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1'),
    };
    return await measureScreenWaits(host.url, ids, runs, (line) => process.stderr.write(`${line}\n`));
  } finally {
    await host.close();
    await ctx.db.close();
  }
}

/** The report's table: every screen's wait beside the floor, with the longest renderer task. */
export function renderScreenWaits(size: string, r: ScreenWaitResult, peakRssMb: number): string {
  const atL = size === 'L';
  const f = (n: number) => (Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
  const floor = r.floor.wait;
  const rows = r.screens.map((s) => {
    const met = !s.error && s.wait.runs >= 20 && s.wait.p95Ms < 1000 && s.longestTaskMs <= 100;
    const ratio = s.error ? '' : `${(s.wait.medianMs / Math.max(floor.medianMs, 1)).toFixed(1)}×`;
    return `| ${s.screen}${s.error ? ` · ERROR ${s.error}` : ''} | ${f(s.wait.medianMs)} | ${f(s.wait.p95Ms)} | ${s.wait.runs} | ${ratio} | ${s.longestTaskMs ? f(s.longestTaskMs) : '< 50 ms'} | ${atL ? `${met ? '✅' : '❌'} p95 < 1 s, no task > 100 ms` : ''} |`;
  });
  return `Chromium, the user's wait (screenWaitBench.ts): navigation → the frame that shows the screen's data, each run from a fresh page load (cold cache), floor = the same navigation to an empty screen: ${f(floor.medianMs)} / ${f(floor.p95Ms)} (${floor.runs} runs); peak RSS of the host ${Math.round(peakRssMb)} MB. A screen slower than ${SLOW_MS / 1000} s is measured ${SLOW_RUNS} times.

| screen | median | p95 | runs | × floor | longest renderer task | budget at L |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
