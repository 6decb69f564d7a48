import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../helpers/webApp';
import { adminQuery, createDatabase, startCluster, type Cluster } from '../helpers/pgCluster';

/** Indstillinger → Database in browser mode: test the server, move the demo file there with progress and checks, a second move asks first. */
let app: WebApp;
let cluster: Cluster;
beforeAll(async () => {
  cluster = startCluster();
  app = await startWebApp({ demo: true });
});
afterAll(async () => {
  await app?.close();
  cluster?.stop();
});

describe('the Database settings page', () => {
  it('tests the connection, moves the data to the server with checks per table, and asks before replacing', async () => {
    const { page } = app;
    const url = new URL(await createDatabase(cluster.adminUrl, 'samspil_page'));
    await page.evaluate(() => (location.hash = '#/settings'));
    const section = page.getByRole('region', { name: 'Database' });
    await section.getByText('Lokal fil').waitFor();
    await section.getByLabel('Vært').fill(url.hostname);
    await section.getByLabel('Port').fill('1');
    await section.getByLabel('Database', { exact: true }).fill(url.pathname.slice(1));
    await section.getByLabel('Bruger').fill('postgres');
    await section.getByRole('button', { name: 'Test forbindelse' }).click();
    await section.getByRole('alert').getByText(`Ingen PostgreSQL-server svarer på ${url.hostname}:1`).waitFor();

    await section.getByLabel('Port').fill(url.port);
    await section.getByLabel('TLS').click();
    await page.getByRole('option', { name: 'Ingen (kun på et lukket netværk)' }).click();
    await section.getByRole('button', { name: 'Test forbindelse' }).click();
    await section.getByText('Databasen er tom.').waitFor();
    await section.getByText(/^PostgreSQL \d+/).waitFor();

    await section.getByRole('button', { name: 'Flyt data til serveren' }).click();
    await section.getByText(/Alle \d+ tabeller er kopieret og kontrolleret/).waitFor({ timeout: 60_000 });
    const table = section.getByRole('table', { name: 'Kontrol pr. tabel' });
    expect(await table.getByRole('row', { name: /^organisation \d+ Ens/ }).count()).toBe(1);
    expect(await table.getByText('Afviger').count()).toBe(0);
    const n = (await adminQuery<{ n: number }>(url.toString(), 'SELECT COUNT(*)::int AS n FROM organisation'))[0]!.n;
    expect(n).toBeGreaterThan(0);

    // The page with its result states (holdings, checks per table) meets the accessibility bar too.
    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="database-title"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);

    await section.getByRole('button', { name: 'Flyt data til serveren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Destinationen har allerede data \(/).waitFor();
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await section.getByRole('alert').getByText(/Destinationen har allerede data/).waitFor();
    expect(await adminQuery(url.toString(), 'SELECT COUNT(*)::int AS n FROM organisation')).toEqual([{ n }]);
    expect(app.pageErrors).toEqual([]);
  });
});
