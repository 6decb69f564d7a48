import { format, subDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/db';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: false });
});
afterAll(async () => {
  await app?.close();
});

/** What a screen reader would call the focused element: aria-label, its label, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return '';
    const label = (a as HTMLInputElement).labels?.[0]?.textContent;
    return (a.getAttribute('aria-label') ?? label ?? a.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after 80 presses. */
async function tabTo(page: Page, name: RegExp, back = false) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab nåede aldrig ${name}; sidst: ${await focusedName(page)}`);
}

const held = subDays(new Date(), 7);

describe('keyboard only', () => {
  it('plans a meeting with typed Danish date and time, builds its agenda, writes minutes with a decision and an action item, approves them', async () => {
    const { page, ctx } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The skip link is the first stop and moves focus to the page's h1.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Gå til indholdet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await tabTo(page, /^Møder$/, true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Møder' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Møder');

    await tabTo(page, /^Nyt møde$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('Temamøde om praktikpladser');
    await tabTo(page, /^Dato/);
    // Minutes are approved only for a meeting that has been held: last week, typed the Danish way.
    await page.keyboard.type(format(held, 'dd-MM-yyyy'));
    await tabTo(page, /^Starttid/);
    await page.keyboard.type('0930');
    await tabTo(page, /^Sluttid/);
    // A theme meeting lasts three hours: 0930 is 09:30, so the end is 12:30 (not 21:30 and 23:59).
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('12:30');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Temamøde om praktikpladser' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Temamøde om praktikpladser');
    const meetingId = Number((await page.evaluate(() => location.hash)).split('/').pop());

    await tabTo(page, /^Tilføj punkt$/);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.type('Fælles praktikpladsgaranti');
    await tabTo(page, /^Art/);
    await page.keyboard.type('Beslutning');
    await tabTo(page, /^Minutter/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('listitem', { name: /Fælles praktikpladsgaranti/ }).waitFor();
    // Focus is back on the button that opened the dialog.
    await expect.poll(() => focusedName(page)).toBe('Tilføj punkt');

    // Only the active tab is in the Tab order; the arrow keys move between tabs.
    await tabTo(page, /^Dagsorden/, true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: /^Referat/, selected: true }).waitFor();
    await tabTo(page, /^Beslutning \(\d+\. Fælles praktikpladsgaranti\)$/);
    await page.keyboard.type('Partnerskabet indfører en fælles praktikpladsgaranti fra august.');
    await page.keyboard.press('Enter');
    await page.getByText('Partnerskabet indfører en fælles praktikpladsgaranti fra august.').waitFor();

    await tabTo(page, /^Hvad \(\d+\. Fælles praktikpladsgaranti\)$/);
    await page.keyboard.type('Udkast til garantiens vilkår');
    await tabTo(page, /^Frist/);
    await page.keyboard.type('1.5.27');
    await tabTo(page, /^Hvad \(/, true);
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: 'Udkast til garantiens vilkår', exact: true }).waitFor();

    await tabTo(page, /^Godkend referat$/, true);
    await page.keyboard.press('Enter');
    await page.getByText(/Referatet er godkendt/).first().waitFor();

    const m = await call(ctx, 'meetings.get', { id: meetingId });
    expect([m.date, m.startTime, m.endTime, m.minutesStatus]).toEqual([format(held, 'yyyy-MM-dd'), '09:30', '12:30', 'approved']);
    expect(m.items.find((i) => i.title === 'Fælles praktikpladsgaranti')).toMatchObject({ kind: 'decision', durationMinutes: 25 });
    expect(m.decisions.map((d) => d.text)).toEqual(['Partnerskabet indfører en fælles praktikpladsgaranti fra august.']);
    expect(m.actionItems.map((a) => [a.what, a.dueDate])).toEqual([['Udkast til garantiens vilkår', '2027-05-01']]);
    expect(app.pageErrors).toEqual([]);
  });
});
