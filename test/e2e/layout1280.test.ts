import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { startWebApp, type WebApp } from '../helpers/webApp';

/** A small laptop screen: 1280×720, demo data, Wednesday 9 December 2026. */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true, viewport: { width: 1280, height: 720 }, clock: fixedClock('2026-12-09T10:00:00+01:00') });
});
afterAll(async () => {
  await app?.close();
});

/** Texts inside `selector` that the layout cuts: an ellipsis, a line clamp, or text wider than its box. */
function cutTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.textContent.trim())
      .filter(Boolean)`,
  ) as Promise<string[]>;
}

describe('layout at 1280×720', () => {
  it('the overview shows whole action items, owners and meetings', async () => {
    const { page } = app;
    const actions = page.getByRole('region', { name: 'Aftaler: overskredne og snart forfaldne' });
    await actions.getByText('Tværgående analyse af udfordringerne på baggrund af Uddannelsesnøglen').waitFor();
    expect(await cutTexts(page, 'main section p')).toEqual([]);
  });

  it('relation and role badges and organisation names are whole', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/actors/organisations'));
    await page.getByText('Arbejdsmarkedsafdelingen – Jobcenter Hvidovre').first().waitFor();
    expect(await cutTexts(page, 'main .mantine-Badge-label')).toEqual([]);
    // The names (the first line of each row) fit beside the badge.
    expect(await cutTexts(page, 'main [role="option"] p:first-child')).toEqual([]);
    await page.getByRole('option', { name: /Arbejdsmarkedsafdelingen/ }).click();
    await page.getByRole('heading', { name: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre' }).waitFor();
    await page.evaluate(() => (location.hash = '#/actors/people'));
    await page.getByRole('option', { name: /Anders Højgaard/ }).click();
    await page.getByRole('heading', { name: 'Anders Højgaard' }).waitFor();
    await page.getByRole('cell', { name: 'Arbejdsgruppe for praktikpladser' }).first().waitFor();
    expect(await cutTexts(page, 'main .mantine-Badge-label')).toEqual([]);
  });

  it('timeline labels show their whole text', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/planning/timeline'));
    const timeline = page.getByRole('region', { name: 'Milepæle' });
    await timeline.locator('[data-month="1"]', { hasText: '22. Økonomiudvalget behandler udmøntningen af Ungepartnerskabet' }).waitFor();
    expect(await cutTexts(page, 'main [data-month] p')).toEqual([]);
  });

  it('Indstillinger opens in place: nothing below the partnership form moves while the settings load', async () => {
    const { page } = app;
    // A fresh start on a page that reads no settings: Indstillinger is the first to ask for them.
    await page.evaluate(() => (location.hash = '#/meetings'));
    await page.reload();
    await page.getByRole('heading', { name: 'Møder', level: 1 }).waitFor();
    // Every frame from the click until the page has settled: where is the language heading?
    await page.evaluate(`(() => {
      window.__tops = [];
      function tick() {
        const el = [...document.querySelectorAll('main p')].find((p) => p.textContent === 'Sprog');
        if (el) window.__tops.push(Math.round(el.getBoundingClientRect().top));
        if (window.__tops.length < 90) requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
      location.hash = '#/settings';
    })()`);
    await expect.poll(() => page.evaluate('window.__tops.length')).toBeGreaterThanOrEqual(90);
    const tops = (await page.evaluate('window.__tops')) as number[];
    expect(new Set(tops).size, tops.join(' ')).toBe(1);
    // The form is there (empty) while the settings load: wait for the name rather than read it at once.
    await expect.poll(() => page.getByLabel('Partnerskabets navn').inputValue()).toBe('Ungepartnerskabet i Hvidovre');
    expect(app.pageErrors).toEqual([]);
  });
});
