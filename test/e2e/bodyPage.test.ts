import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_PAGE } from '../../preload/contract';
import { call } from '../helpers/db';
import { focusedName, tabTo } from '../helpers/keyboard';
import { expectToast } from '../helpers/toasts';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: false });
});
afterAll(async () => {
  await app?.close();
});

describe('a body’s page, keyboard only', () => {
  it('opens from the Organer card and adds three members at once from the searchable list, then removes one with undo', async () => {
    const { page, ctx } = app;
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    for (const name of ['Åse Kjærgaard', 'Jørgen Lærkesen', 'Birgitte Østergård', 'Kåre Mølgaard']) await call(ctx, 'people.create', { name });
    await call(ctx, 'organisations.create', { name: 'UU Hvidovre', kind: 'municipal_department' });

    await page.evaluate(() => {
      window.location.hash = '#/actors/bodies';
    });
    await page.getByRole('heading', { level: 1, name: 'Aktører' }).waitFor();
    await tabTo(page, /^Styregruppen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Styregruppen' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/actors/bodies/${body.id}`);

    await tabTo(page, /^Personer og organisationer/);
    const list = page.getByRole('listbox');
    // Typed as people type: lower case, ae/oe/aa for æ/ø/å.
    for (const [typed, option] of [['jørgen', 'Jørgen Lærkesen'], ['birgitte oestergaard', 'Birgitte Østergård'], ['UU', 'UU Hvidovre']] as const) {
      await page.keyboard.type(typed);
      await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual([option]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.mantine-Pill-root').allInnerTexts()).toContain(option);
    }
    await tabTo(page, /^Rolle/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toContain('Observatør');
    // Opened on Medlem: two down is Observatør.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Rolle', { exact: true }).first().inputValue()).toBe('Observatør');
    await tabTo(page, /^Fra/);
    await page.keyboard.type('1.1.27');
    await tabTo(page, /^Til/);
    await page.keyboard.type('31-12-2028');
    await tabTo(page, /^Tilføj 3 medlemmer$/);
    await expectToast(page, '3 medlemmer er tilføjet til Styregruppen', () => page.keyboard.press('Enter'));
    const rows = page.getByRole('region', { name: 'Medlemmer' }).getByRole('row');
    await expect.poll(() => rows.allInnerTexts()).toHaveLength(4);
    const stored = await call(ctx, 'bodies.get', { id: body.id });
    expect(stored.members.map((m) => [m.personName ?? m.organisationName, m.role, m.fromDate, m.toDate])).toEqual([
      ['Jørgen Lærkesen', 'observer', '2027-01-01', '2028-12-31'],
      ['Birgitte Østergård', 'observer', '2027-01-01', '2028-12-31'],
      ['UU Hvidovre', 'observer', '2027-01-01', '2028-12-31'],
    ]);
    expect((await rows.nth(1).innerText()).replace(/\s+/g, ' ')).toContain('Jørgen Lærkesen Observatør 1. januar 2027 – 31. december 2028');

    // Remove one, then undo from the notification: still keyboard only.
    await tabTo(page, /^Fjern Birgitte Østergård fra Styregruppen$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await call(ctx, 'bodies.get', { id: body.id })).memberCount).toBe(2);
    await tabTo(page, /^Fortryd$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await call(ctx, 'bodies.get', { id: body.id })).members.map((m) => m.personName ?? m.organisationName).sort()).toEqual(['Birgitte Østergård', 'Jørgen Lærkesen', 'UU Hvidovre']);
    expect(await focusedName(page)).not.toBe('');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a large body’s members one page at a time, in the order they were added; the pager works from the keyboard', async () => {
    const { page, ctx } = app;
    const body = await call(ctx, 'bodies.create', { name: 'Ungdomsrådet', kind: 'advisory_board' });
    const people = [];
    for (let i = 1; i <= BODY_PAGE + 3; i++) people.push(await call(ctx, 'people.create', { name: `Søren ${String(i).padStart(3, '0')} Ærøe` }));
    await call(ctx, 'memberships.addMany', { bodyId: body.id, members: people.map((p) => ({ personId: p.id })), role: 'member', fromDate: null, toDate: null });

    await page.evaluate((id) => {
      window.location.hash = `#/actors/bodies/${id}`;
    }, body.id);
    await page.getByRole('heading', { level: 1, name: 'Ungdomsrådet' }).waitFor();
    const members = page.getByRole('region', { name: 'Medlemmer' });
    const rows = members.getByRole('row');
    await expect.poll(() => rows.count()).toBe(BODY_PAGE + 1);
    await members.getByText(`1–${BODY_PAGE} af ${BODY_PAGE + 3}`).waitFor();
    expect((await rows.nth(1).innerText()).replace(/\s+/g, ' ')).toContain('Søren 001 Ærøe');

    // Past 50 rows of links and remove buttons: the pager is focused directly, then used with the keyboard.
    await members.getByRole('button', { name: 'Næste side' }).focus();
    await page.keyboard.press('Enter');
    await members.getByText(`${BODY_PAGE + 1}–${BODY_PAGE + 3} af ${BODY_PAGE + 3}`).waitFor();
    await expect.poll(() => rows.allInnerTexts()).toHaveLength(4);
    expect((await rows.allInnerTexts()).slice(1).map((r) => r.split(/\s+/).slice(0, 3).join(' '))).toEqual(['Søren 051 Ærøe', 'Søren 052 Ærøe', 'Søren 053 Ærøe']);
    // Already members are marked in the picker, also those on the other page.
    await tabTo(page, /^Personer og organisationer/);
    await page.keyboard.type('søren 001');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual(['Søren 001 Ærøe (allerede medlem)']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await tabTo(page, /^Forrige side$/);
    await page.keyboard.press('Enter');
    await members.getByText(`1–${BODY_PAGE} af ${BODY_PAGE + 3}`).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('has no critical or serious axe finding with the actor list open', async () => {
    const { page } = app;
    await page.getByLabel('Personer og organisationer').first().focus();
    await page.keyboard.type('k');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
