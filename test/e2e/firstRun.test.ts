import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { call, tempFile } from '../helpers/db';
import { pdfText } from '../helpers/pdf';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: false, viewport: { width: 1280, height: 720 }, clock: fixedClock('2026-12-09T10:00:00+01:00') });
});
afterAll(async () => {
  await app?.close();
});

describe('first-run guide on an empty file (Chromium, keyboard only)', () => {
  it('names the partnership, imports a list, gathers the core participants and plans the first meeting; the name is on the agenda', async () => {
    const { page, ctx } = app;
    const guide = page.getByRole('region', { name: 'Kom i gang', exact: true });
    await guide.waitFor();
    await guide.getByText('0 af 4 trin klaret').waitFor();

    // 1. The name: typed and saved with Enter.
    const name = guide.getByLabel('Partnerskabets navn', { exact: true });
    expect(await name.inputValue()).toBe('');
    await guide.getByRole('button', { name: 'Gem navnet' }).press('Enter');
    await guide.getByText('Skal udfyldes').waitFor();
    await name.focus();
    await page.keyboard.type('Ungepartnerskabet i Hvidovre');
    await page.keyboard.press('Enter');
    await guide.getByText('Navnet er gemt: Ungepartnerskabet i Hvidovre').waitFor();
    expect((await call(ctx, 'settings.get', {})).partnershipName).toBe('Ungepartnerskabet i Hvidovre');

    // 2. A real import: the actor import wizard with its preview.
    const csv = tempFile('aktoerer.csv');
    fs.writeFileSync(csv, 'Navn;Type;Relation\r\nHvidovre Gymnasium & HF;Gymnasium;Fast deltager\r\nUU Center-Syd;Kommunal forvaltning/afdeling;Fast deltager\r\nProduktionsskolen;Erhvervsskole;Inddrages ad hoc\r\n');
    await guide.getByRole('button', { name: 'Importér organisationer' }).press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(csv);
    await dialog.getByText('3 gyldige rækker, 0 med fejl (af 3)').waitFor();
    await dialog.getByRole('button', { name: 'Importér' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await guide.getByText('3 organisationer og 0 personer i registret.').waitFor();
    await guide.getByText('2 af 4 trin klaret').waitFor();
    // The file is no longer empty, but the guide stays until it is closed.
    await page.reload();
    await guide.getByText('2 af 4 trin klaret').waitFor();

    // 3. The core participants (not the ad-hoc production school) become the partnership body.
    await guide.getByRole('button', { name: 'Opret partnerskabet med 2 faste deltagere' }).press('Enter');
    await guide.getByText('Organet Ungepartnerskabet i Hvidovre har 2 medlemmer.').waitFor();
    const body = (await call(ctx, 'bodies.list', {})).find((b) => b.kind === 'partnership')!;
    expect(body.preview.map((m) => m.organisationName).sort()).toEqual(['Hvidovre Gymnasium & HF', 'UU Center-Syd']);

    // 4. The first meeting, in the real meeting form; it opens the meeting.
    await guide.getByRole('button', { name: 'Planlæg mødet' }).press('Enter');
    const form = page.getByRole('dialog');
    await form.getByLabel('Titel').fill('Opstarts-workshop');
    await form.getByLabel('Mødetype').selectOption({ label: 'Opstarts-workshop' });
    await form.getByLabel('Dato').fill('05-01-2027');
    await form.getByLabel('Starttid').fill('9.00');
    await form.getByRole('button', { name: 'Gem' }).press('Enter');
    await page.getByRole('heading', { name: 'Opstarts-workshop', level: 1 }).waitFor();
    const meeting = (await call(ctx, 'meetings.list', {})).items[0]!;
    expect([meeting.date, meeting.startTime]).toEqual(['2027-01-05', '09:00']);

    await page.getByRole('link', { name: 'Oversigt' }).click();
    await guide.getByText('4 af 4 trin klaret').waitFor();
    await guide.getByText('Første møde: Opstarts-workshop').waitFor();
    await guide.getByRole('button', { name: 'Luk guiden' }).press('Enter');
    await guide.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Kommende møder (30 dage)' }).getByText('Opstarts-workshop').waitFor();
    expect((await call(ctx, 'settings.get', {})).firstRunGuide).toBe('done');

    // The name from step 1 heads the agenda the partners receive.
    const agenda = await call(ctx, 'meetings.agendaPdf', { id: meeting.id });
    expect(pdfText(Buffer.from(agenda.base64!, 'base64'))).toContain('Ungepartnerskabet i Hvidovre');
    expect(app.pageErrors).toEqual([]);
  });

  it('skips steps in English and closes, leaving the empty overview', async () => {
    const other = await startWebApp({ demo: false, browser: app.browser });
    try {
      const { page } = other;
      await page.evaluate(() => localStorage.setItem('samspil.language', 'en'));
      await page.reload();
      const guide = page.getByRole('region', { name: 'Getting started' });
      await guide.getByText('0 of 4 steps done').waitFor();
      for (const step of ["1. The partnership's name", '2. Import your list of actors']) {
        const section = guide.getByRole('region', { name: step });
        await section.getByRole('button', { name: 'Skip' }).press('Enter');
        await section.getByText('Skipped').waitFor();
      }
      await guide.getByRole('button', { name: 'Load example data' }).waitFor();
      await guide.getByRole('button', { name: 'Close the guide' }).press('Enter');
      await guide.waitFor({ state: 'detached' });
      await page.getByText('Welcome to Samspil').waitFor();
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
