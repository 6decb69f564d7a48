import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/db';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
const asked: { channel: string; input: { search?: string; limit?: number } }[] = [];

beforeAll(async () => {
  app = await startWebApp();
  const { ctx } = app;
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
  const meeting = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2026-03-10', startTime: '09:00', endTime: '10:00' } });
  // More people than the filter lists at once: the owner is only found by searching, as in a region's register.
  for (let i = 1; i <= 40; i++) await call(ctx, 'people.create', { name: `Anders Aagaard ${String(i).padStart(2, '0')}` });
  const owner = await call(ctx, 'people.create', { name: 'Søren Ørsted' });
  const jobcenter = await call(ctx, 'organisations.create', { name: 'Jobcenter Hvidovre', kind: 'municipal_department' });
  await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: 'Kortlægge praktikpladser', ownerPersonId: owner.id, ownerOrganisationId: null, dueDate: '2026-04-01' });
  await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: 'Sende invitationer til virksomhederne', ownerPersonId: null, ownerOrganisationId: jobcenter.id, dueDate: '2026-04-15' });
  app.page.on('request', (r: Request) => {
    const m = /\/api\/(people|organisations)\.list$/.exec(r.url());
    if (m) asked.push({ channel: m[1]!, input: JSON.parse(r.postData() ?? '{}') as { search?: string; limit?: number } });
  });
});

afterAll(async () => {
  await app?.close();
});

describe('Aftaler: the owner filter searches the register on the server', () => {
  it('loads no register for the filter, finds an owner by a folded search and filters the list to theirs', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/meetings/actions'));
    const table = page.getByRole('table', { name: 'Aftaler' });
    await table.getByRole('row', { name: /Kortlægge praktikpladser/ }).waitFor();
    await table.getByRole('row', { name: /Sende invitationer/ }).waitFor();

    const owner = page.getByRole('combobox', { name: 'Ansvarlig' });
    await owner.click();
    // The first 15 people and organisations of 42: the rest is found by typing.
    await page.getByRole('option', { name: 'Viser 16 af 42 – skriv for at søge' }).waitFor();
    expect(await page.getByRole('option', { name: /Ørsted/ }).count()).toBe(0);
    await owner.fill('oersted');
    await page.getByRole('option', { name: 'Søren Ørsted', exact: true }).click();
    await expect.poll(() => table.getByRole('row', { name: /Sende invitationer/ }).count()).toBe(0);
    await table.getByRole('row', { name: /Kortlægge praktikpladser/ }).waitFor();

    // An organisation as owner, then no owner: every open item again.
    // Mantine hides the clear button from assistive technology (mouse only; the keyboard clears the text).
    await page.locator('button[aria-label="Ryd ansvarlig"]').click();
    await table.getByRole('row', { name: /Sende invitationer/ }).waitFor();
    await owner.click();
    await owner.fill('jobcenter');
    await page.getByRole('option', { name: 'Jobcenter Hvidovre', exact: true }).click();
    await table.getByRole('row', { name: /Sende invitationer/ }).waitFor();
    await expect.poll(() => table.getByRole('row', { name: /Kortlægge praktikpladser/ }).count()).toBe(0);

    // The editor of an item searches owners the same way, and only once it is opened: hand the item to a person.
    await page.getByRole('button', { name: 'Ret aftalen: Sende invitationer til virksomhederne' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ret aftale' });
    const who = dialog.getByRole('combobox', { name: 'Hvem' });
    await expect.poll(() => who.inputValue()).toBe('Jobcenter Hvidovre');
    await who.fill('aagaard 07');
    await page.getByRole('option', { name: 'Anders Aagaard 07', exact: true }).click();
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const item = (await call(app.ctx, 'actionItems.list', { status: 'open', offset: 0, limit: 10 })).items.find((a) => a.what.startsWith('Sende'));
    expect(item?.ownerName).toBe('Anders Aagaard 07');

    // Every read of the register asked for a page of a search, never the whole register (it was 2 × 1000 rows).
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((a) => (a.input.limit ?? 0) > 15)).toEqual([]);
    expect(asked.some((a) => a.channel === 'people' && a.input.search === 'oersted')).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
