import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../main/app/startup';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { launchChromium, UI_TIMEOUT } from '../helpers/browser';
import { tempFile } from '../helpers/db';
import { pdfText } from '../helpers/pdf';

let browser: Browser;
let host: RunningHost;
let close: () => Promise<void>;

beforeAll(async () => {
  const ctx = await startServices({ dbFile: tempFile(), demo: false }, 'http');
  host = await startHost({ ctx, staticDir: 'out/renderer' });
  browser = await launchChromium();
  close = async () => {
    await browser.close();
    await host.close();
    await ctx.db.close();
  };
});

afterAll(async () => close?.());

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; layout: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(path.dirname(tempFile()), dl.suggestedFilename());
  await dl.saveAs(file);
  const buf = fs.readFileSync(file);
  return { name: dl.suggestedFilename(), text: pdfText(buf), layout: pdfText(buf, { layout: true }).replace(/[ \t]+/g, ' ') };
}

describe('decision memo in the browser', () => {
  it('writes the mentor-corps memo, sends v1, edits and sends v2, records the approval and prints it', async () => {
    // The initiative the memo proposes (the initiatives feature's own API, over the same host).
    const api = (name: string, input: unknown) =>
      fetch(new URL(`/api/${name}`, host.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-samspil-token': host.token }, body: JSON.stringify(input) }).then((r) => r.json());
    const track = (await api('tracks.create', { name: 'Virksomhedssporet' })).data;
    const corps = (await api('initiatives.create', { status: 'proposed', statusDate: '2013-11-01', data: { name: 'Erhvervsmentorkorps', trackId: track.id, targetGroupIds: [], partnerOrganisationIds: [] } })).data;
    expect(corps.status).toBe('proposed');

    const page = await browser.newPage({ locale: 'da-DK' });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(`${host.url}#/memos`);
    await expect.poll(() => page.getByText('Ingen beslutningsoplæg endnu').isVisible()).toBe(true);

    // Create
    await page.getByRole('button', { name: 'Nyt beslutningsoplæg' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Titel/).fill('Erhvervsmentorkorps for unge i tre fynske kommuner');
    await dialog.getByRole('combobox', { name: 'Modtager' }).click();
    await page.getByRole('option', { name: 'Økonomiudvalget' }).click();
    await dialog.getByLabel('Modtagerens mødedato').fill('2014-01-21');
    await dialog.getByLabel('Sagsnummer').fill('17.02.00-P20-3-14');
    await dialog.getByLabel('Udarbejdet af').fill('Mette Frølund');
    await dialog.getByLabel(/^Dato/).fill('2014-01-06');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /Erhvervsmentorkorps/ }).isVisible()).toBe(true);

    // Sections with the small markup
    await page.getByRole('textbox', { name: 'Resumé' }).fill('Tre kommuner foreslår et **fælles erhvervsmentorkorps** i 2014–2015.');
    await page.getByRole('textbox', { name: 'Sagsfremstilling' }).fill('Korpset skal:\n- matche 80–100 unge i 2014\n- matche 120 unge i 2015');
    await page.getByRole('button', { name: 'Tilføj løsningsmulighed' }).click();
    await page.getByLabel('Overskrift').fill('Fælles korps med Foreningen Nydansker');

    // Economy: three municipalities × two years
    const economy = page.getByRole('region', { name: 'Økonomi' });
    for (let i = 0; i < 3; i++) await economy.getByRole('button', { name: 'Tilføj række' }).click();
    await economy.getByLabel('Kolonne 1').fill('2014');
    await economy.getByRole('button', { name: 'Tilføj år' }).click();
    await expect.poll(() => economy.getByLabel('Kolonne 2').inputValue()).toBe('2015');
    const municipalities: [string, number, number][] = [
      ['Faaborg-Midtfyn Kommune', 133333, 160000],
      ['Svendborg Kommune', 133333, 160000],
      ['Nyborg Kommune', 133334, 160000],
    ];
    for (const [i, [name, a, b]] of municipalities.entries()) {
      await economy.getByLabel(`Post ${i + 1}`).fill(name);
      await economy.getByLabel(`${name}, 2014`).fill(String(a));
      await economy.getByLabel(`${name}, 2015`).fill(String(b));
    }
    await expect.poll(() => economy.getByTestId('economy-grand-total').textContent()).toBe('880.000');
    expect(await economy.getByTestId('economy-column-total-0').textContent()).toBe('400.000');

    // Recommendations and an attachment
    const recs = page.getByRole('region', { name: 'Indstilling' });
    await recs.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await recs.getByLabel('Indstillingspunkt 1').fill('erhvervsmentorkorpset etableres som et toårigt opstartsforløb');
    await recs.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await recs.getByLabel('Indstillingspunkt 2').fill('udgiften finansieres af ungeindsatsens ramme');
    await page.getByRole('button', { name: 'Tilføj bilag' }).click();
    await page.getByRole('textbox', { name: 'Bilag 1' }).fill('Samarbejdsaftale om erhvervsmentorkorps');

    // Link the initiative it proposes, picked from the initiatives that exist
    const links = page.getByRole('region', { name: 'Tilknyttet' });
    await links.getByLabel('Navn').click();
    await page.getByRole('option', { name: 'Erhvervsmentorkorps' }).click();
    await links.getByRole('button', { name: 'Tilknyt' }).click();
    await expect.poll(() => links.getByText('Erhvervsmentorkorps').isVisible()).toBe(true);

    // Leaving at once (before autosave) loses nothing
    await page.getByRole('textbox', { name: 'Konsekvenser' }).fill('Flere unge kommer i praktik og job.');
    await page.getByRole('button', { name: 'Alle oplæg' }).click();
    await page.getByRole('link', { name: /Erhvervsmentorkorps/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Konsekvenser' }).inputValue()).toBe('Flere unge kommer i praktik og job.');
    expect(await page.getByRole('textbox', { name: 'Indstillingspunkt 2' }).inputValue()).toBe('udgiften finansieres af ungeindsatsens ramme');

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => page.getByText('Alt er gemt').isVisible()).toBe(true);

    // Send → version 1 frozen
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Sendt den').fill('2014-01-07');
    await page.getByRole('dialog').getByRole('button', { name: 'Send version 1' }).click();
    const versions = page.getByRole('region', { name: 'Versioner' });
    await expect.poll(() => versions.getByText('Version 1 · sendt 7. januar 2014').isVisible()).toBe(true);

    // The list shows it awaiting a decision
    await page.getByRole('button', { name: 'Alle oplæg' }).click();
    await expect.poll(() => page.getByText('1 afventer beslutning').isVisible()).toBe(true);
    await page.getByRole('link', { name: /Erhvervsmentorkorps/ }).click();

    // Edit → version 2
    await recs.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await recs.getByLabel('Indstillingspunkt 3').fill('styregruppen følger op på målene hver anden måned');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => page.getByTestId('memo-version').textContent()).toBe('Kladde til version 2');
    await page.getByRole('button', { name: 'Send version 2' }).click();
    await page.getByRole('dialog').getByLabel('Sendt den').fill('2014-01-10');
    await page.getByRole('dialog').getByRole('button', { name: 'Send version 2' }).click();
    await expect.poll(() => versions.getByText('Version 2 · sendt 10. januar 2014').isVisible()).toBe(true);
    expect(await versions.getByText('Version 1 · sendt 7. januar 2014').isVisible()).toBe(true);

    // Version 1 stays readable and printable as it was sent
    const v1 = await download(page, () => versions.getByRole('button', { name: 'PDF af version 1' }).click());
    expect(v1.text).toContain('erhvervsmentorkorpset etableres');
    expect(v1.text).not.toContain('styregruppen følger op');

    // Record the approval
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    const decide = page.getByRole('dialog');
    expect(await decide.getByLabel('Beslutningsdato').inputValue()).toBe('21-01-2014');
    await decide.getByRole('textbox', { name: 'Beslutningens ordlyd' }).fill('Indstillingen blev **godkendt**.');
    await decide.getByRole('button', { name: 'Registrér beslutning' }).click();
    const decision = page.getByRole('region', { name: 'Beslutning' });
    await expect.poll(() => decision.getByText('Godkendt', { exact: true }).isVisible()).toBe(true);
    expect(await decision.getByText('21. januar 2014 · Økonomiudvalget').isVisible()).toBe(true);
    // The approval moved the linked initiative to "decided", and the memo says so.
    await expect.poll(() => decision.getByText('Indsats "Erhvervsmentorkorps": Foreslået → Besluttet').isVisible()).toBe(true);
    expect((await api('initiatives.get', { id: corps.id })).data.status).toBe('decided');

    // The printed memo
    const pdf = await download(page, () => page.getByRole('button', { name: 'PDF', exact: true }).click());
    expect(pdf.name).toBe('Beslutningsoplæg – Erhvervsmentorkorps for unge i tre fynske kommuner.pdf');
    for (const s of ['Resumé', 'Sagsfremstilling', 'Løsningsmuligheder', 'Økonomi', 'Indstilling', 'Bilag', 'Beslutning']) expect(pdf.text).toContain(`\n${s}\n`);
    expect(pdf.layout).toContain('Faaborg-Midtfyn Kommune 133.333 160.000 293.333');
    expect(pdf.layout).toContain('I alt 400.000 480.000 880.000');
    expect(pdf.text).toContain('Det indstilles, at');
    expect(pdf.text).toMatch(/3\.\s+styregruppen følger op på målene hver anden måned/);
    expect(pdf.text).toContain('Indstillingen blev godkendt.');
    expect(pdf.layout).toContain('Indsats Erhvervsmentorkorps');
    expect(pdf.text).toMatch(/Side 1 af \d/);

    // Back in the list it is decided and no longer awaiting
    await page.getByRole('button', { name: 'Alle oplæg' }).click();
    const row = page.getByRole('row', { name: /Erhvervsmentorkorps/ });
    await expect.poll(() => row.getByText('Besluttet').isVisible()).toBe(true);
    // The row and the summary line come from different queries: the summary may follow a moment later.
    await expect.poll(() => page.getByText(/afventer beslutning/).count()).toBe(0);
    await page.close();
  });
  it('leaving while the autosave is still under way keeps what was typed after it (one save at a time)', async () => {
    const api = (name: string, input: unknown) =>
      fetch(new URL(`/api/${name}`, host.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-samspil-token': host.token }, body: JSON.stringify(input) }).then((r) => r.json());
    const memo = (await api('memos.create', { title: 'Praktikpladsgaranti', recipientKind: 'partnership', memoDate: '2014-02-03' })).data;
    const page = await browser.newPage({ locale: 'da-DK' });
    page.setDefaultTimeout(UI_TIMEOUT);
    // A slow server: each save takes a second to answer, so the autosave is still under way when the user leaves.
    await page.route('**/api/memos.update', async (route) => {
      await new Promise((r) => setTimeout(r, 1_000));
      await route.continue();
    });
    await page.goto(`${host.url}#/memos/edit/${memo.id}`);
    await page.getByRole('textbox', { name: 'Resumé' }).fill('Alle unge får tilbud om praktikplads.');
    await page.waitForRequest('**/api/memos.update'); // the autosave, two seconds after the typing
    await page.getByRole('textbox', { name: 'Konsekvenser' }).fill('Færre unge står uden læreplads.');
    await page.getByRole('button', { name: 'Alle oplæg' }).click();
    await expect
      .poll(async () => {
        const stored = (await api('memos.get', { id: memo.id })).data;
        return [stored.content.summary, stored.content.consequences];
      })
      .toEqual(['Alle unge får tilbud om praktikplads.', 'Færre unge står uden læreplads.']);
    await page.close();
  });
});
