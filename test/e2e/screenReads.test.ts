import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../helpers/webApp';

/**
 * Issue 17, the user's wait: a screen asks only for what it shows, and its reads leave together rather
 * one after another. Checked on the requests the page sends from a fresh load.
 */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true });
});
afterAll(async () => {
  await app?.close();
});

/** The page's API traffic in order: '> channel' when a request leaves, '< channel' when its answer arrives. */
function traffic(page: Page): string[] {
  const seen: string[] = [];
  const channel = (url: string) => /\/api\/([\w.]+)$/.exec(url)?.[1];
  page.on('request', (r) => channel(r.url()) && seen.push(`> ${channel(r.url())}`));
  page.on('response', (r) => channel(r.url()) && seen.push(`< ${channel(r.url())}`));
  return seen;
}

async function freshLoad(page: Page, hash: string) {
  const url = new URL(page.url());
  await page.goto('about:blank');
  await page.goto(`${url.origin}/${hash}`);
}

describe('screen reads', () => {
  it('the overview asks for its work list at once, not after app.info has answered', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Oversigt', level: 1 }).waitFor();
    const seen = traffic(page);
    await freshLoad(page, '#/overview');
    await page.getByRole('region', { name: /Kommende møder/ }).waitFor();
    const sections = seen.indexOf('> overview.sections');
    expect(sections).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf('< app.info')).toBeGreaterThan(sections);
    expect(seen.filter((s) => s === '> overview.sections')).toHaveLength(1);
  });

  it('the heatmap and the stakeholder map do not read the annual wheel; the wheel and the timeline do', async () => {
    const { page } = app;
    const seen = traffic(page);
    await freshLoad(page, '#/planning/involvement');
    await page.getByRole('table', { name: /Inddragelse|heatmap/i }).locator('tbody tr').first().waitFor();
    await page.evaluate(() => (window.location.hash = '#/planning/stakeholders'));
    await page.getByRole('group', { name: 'Interessentkort' }).waitFor();
    expect(seen).toContain('> involvement.matrix');
    expect(seen).toContain('> stakeholders.get');
    expect(seen).not.toContain('> wheel.get');
    await page.evaluate(() => (window.location.hash = '#/planning/wheel'));
    await page.locator('main svg [data-entry]').first().waitFor();
    expect(seen).toContain('> wheel.get');
    await page.evaluate(() => (window.location.hash = '#/planning/timeline'));
    await page.getByRole('region', { name: 'Møder' }).waitFor();
    expect(seen.filter((s) => s === '> wheel.get')).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
  });
});
