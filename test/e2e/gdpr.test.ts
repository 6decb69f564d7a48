import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startWebApp, type WebApp } from '../helpers/webApp';
import { expectToast } from '../helpers/toasts';
import { readWorkbook } from '../helpers/xlsx';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

/** Seeds through the same HTTP API the screens use. */
describe('personal data in Chromium', () => {
  it('downloads the Art. 15 workbook and erases a person after a confirmation that shows what will happen', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Aktører', exact: true }).waitFor();
    const p = await api<{ id: number }>(page, 'people.create', { name: 'Åge Sletbæk', email: 'aage@eksempel.dk', relation: 'adhoc' });
    await api(page, 'involvement.create', { actorKind: 'person', actorId: p.id, date: '2026-01-05', form: 'consulted', topic: 'Praktikpladser' });
    await page.evaluate((id) => (location.hash = `#/actors/people/${id}`), p.id);
    await page.getByRole('heading', { name: 'Åge Sletbæk' }).waitFor();

    await page.getByRole('button', { name: 'Udlever personoplysninger (art. 15)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Indsigt Åge Sletbæk \d{4}-\d\d-\d\d\.xlsx$/);
    const wb = await readWorkbook(fs.readFileSync((await file.path())!));
    expect(wb.getWorksheet('Inddragelser')!.getRow(2).getCell(3).value).toBe('Praktikpladser');

    await page.getByRole('button', { name: 'Glem personen (art. 17)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet Åge Sletbæk permanent' });
    await dialog.getByText('Inddragelser (manuelle og automatiske): 1').waitFor();
    await dialog.getByRole('radio', { name: 'Anmodning om sletning (art. 17)' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Anmodning om sletning (art. 17)' }).isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/gdpr-erase-dialog.png' });
    await expectToast(page, 'Personen er slettet overalt.', () => dialog.getByRole('button', { name: 'Slet permanent' }).click());
    await page.waitForFunction(() => location.hash === '#/actors/people');
    const gone = await api<{ total: number }>(page, 'people.list', { search: 'Sletbæk' });
    expect(gone.total).toBe(0);
    const trash = await api<unknown[]>(page, 'trash.list', {});
    expect(trash).toEqual([]);
  });

  it('shows retention proposals, erases one with confirmation and keeps another; both disappear', async () => {
    const { page } = app;
    const old = await api<{ id: number }>(page, 'people.create', { name: 'Ørnulf Gammelkontakt', relation: 'adhoc' });
    const kept = await api<{ id: number }>(page, 'people.create', { name: 'Birthe Beholdes', relation: null });
    await api(page, 'people.create', { name: 'Niels Nykontakt', relation: 'adhoc' });
    const raw = new BetterSqlite3(app.dbFile);
    raw.prepare('UPDATE person SET created_at = ? WHERE id IN (?, ?)').run('2019-03-01T09:00:00.000Z', old.id, kept.id);
    raw.close();

    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByRole('button', { name: 'Vis forslag til sletning' }).click();
    await page.getByRole('heading', { name: 'Forslag til sletning' }).waitFor();
    const table = page.getByRole('table', { name: 'Forslag til sletning' });
    await table.getByRole('row', { name: /Ørnulf Gammelkontakt/ }).waitFor();
    await table.getByRole('row', { name: /Birthe Beholdes/ }).waitFor();
    expect(await table.getByRole('row', { name: /Niels Nykontakt/ }).count()).toBe(0);
    expect(await table.getByRole('row', { name: /Ørnulf/ }).innerText()).toContain('1. marts 2019');
    await page.screenshot({ path: '/tmp/gdpr-retention.png' });

    await page.getByRole('button', { name: 'Slet permanent Ørnulf Gammelkontakt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet Ørnulf Gammelkontakt permanent' });
    expect(await dialog.getByRole('radio', { name: 'Opbevaringsperioden er udløbet' }).isChecked()).toBe(true);
    await expectToast(page, 'Personen er slettet overalt.', () => dialog.getByRole('button', { name: 'Slet permanent' }).click());
    await table.getByRole('row', { name: /Ørnulf/ }).waitFor({ state: 'detached' });

    await expectToast(page, /Forslaget er skjult til/, () => page.getByRole('button', { name: 'Behold Birthe Beholdes' }).click());
    await page.getByText('Ingen forslag. Alle kontakter har været aktive inden for perioden.').waitFor();
    const audit = await api<{ items: { channel: string; reason: string | null }[] }>(page, 'audit.list', { offset: 0, limit: 50 });
    expect(audit.items.filter((a) => a.channel === 'people.erase').map((a) => a.reason).sort()).toEqual(['art17_request', 'retention_expired']);
    expect(app.pageErrors).toEqual([]);
  });
});
