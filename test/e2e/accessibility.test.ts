import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { call } from '../helpers/db';
import { settled } from '../helpers/settled';
import { startWebApp, type WebApp } from '../helpers/webApp';
import { openScreen, screensOf } from './a11yPages';

/** WCAG 2.1 AA through axe-core on every page and tab, in Danish and English, on demo data and on an empty file. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  nodes: string[];
}

async function check(page: Page, screen: string, out: Finding[]) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Experimental in axe 4.13, but a WCAG 2.5.3 failure the issue names: the visible label must be part of the name.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] })
    .analyze();
  for (const v of result.violations) {
    const finding = { screen, rule: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`) };
    if (v.impact === 'critical' || v.impact === 'serious') out.push(finding);
    else if (process.env.AXE_ALL) console.log(JSON.stringify(finding));
  }
}

const GUIDE = {
  da: { title: 'Kom i gang', buttons: ['Importér organisationer', 'Planlæg mødet'] },
  en: { title: 'Getting started', buttons: ['Import organisations', 'Plan the meeting'] },
};

/** The first-run guide on an empty file, and the two dialogs it opens (the import wizard, the meeting form). */
async function checkGuide(page: Page, lang: 'da' | 'en', out: Finding[]): Promise<number> {
  const guide = page.getByRole('region', { name: GUIDE[lang].title, exact: true });
  await guide.waitFor();
  for (const name of GUIDE[lang].buttons) {
    await guide.getByRole('button', { name }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, `${lang} overview guide: ${name}`, out);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  return GUIDE[lang].buttons.length;
}

async function sweep(app: WebApp, lang: 'da' | 'en', guideOpen: boolean) {
  const findings: Finding[] = [];
  let checked = 0;
  const screens = await screensOf(app);
  await app.page.evaluate((l) => localStorage.setItem('samspil.language', l), lang);
  await app.page.reload();
  for (const s of screens) {
    await openScreen(app.page, s.hash);
    await check(app.page, `${lang} ${s.hash}`, findings);
    checked++;
    if (s.hash === 'overview' && guideOpen) checked += await checkGuide(app.page, lang, findings);
    if (!s.clickTabs) continue;
    const tabs = app.page.locator('main [role="tab"]');
    const n = await tabs.count();
    for (let i = 1; i < n; i++) {
      await tabs.nth(i).click();
      await settled(app.page);
      await check(app.page, `${lang} ${s.hash} tab ${i}`, findings);
      checked++;
    }
  }
  expect(app.pageErrors).toEqual([]);
  return { findings, checked };
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const demo of [true, false]) {
    describe(demo ? 'demo data' : 'empty file', () => {
      let app: WebApp;
      beforeAll(async () => {
        app = await startWebApp({ demo, browser });
      });
      afterAll(async () => {
        await app?.close();
      });
      for (const lang of ['da', 'en'] as const) {
        it(`finds no critical or serious violation on any page or tab (${lang})`, async () => {
          const { findings, checked } = await sweep(app, lang, !demo);
          expect(checked).toBeGreaterThan(demo ? 25 : 20);
          expect(findings.map((f) => `${f.screen}: ${f.rule} (${f.impact}) ${f.nodes.join(' | ')}`)).toEqual([]);
        }, 480_000);
      }
      if (!demo) {
        // An empty file has no body to visit in the sweep: the page of a new body (no members, meetings or involvement) in both languages.
        it('finds no critical or serious violation on a new body’s page (da, en)', async () => {
          const body = await call(app.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
          const findings: Finding[] = [];
          for (const lang of ['da', 'en'] as const) {
            await app.page.evaluate((l) => localStorage.setItem('samspil.language', l), lang);
            await app.page.reload();
            await openScreen(app.page, `actors/bodies/${body.id}`);
            await check(app.page, `${lang} actors/bodies/${body.id}`, findings);
          }
          expect(findings.map((f) => `${f.screen}: ${f.rule} (${f.impact}) ${f.nodes.join(' | ')}`)).toEqual([]);
        });
      }
    });
  }
});
