import fs from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../main/app/startup';
import type { HandlerContext } from '../../main/api/handlers';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { call, tempFile } from '../helpers/db';
import { launchChromium, UI_TIMEOUT } from '../helpers/browser';
import { parseIcs } from '../helpers/ical';
import { pdfText } from '../helpers/pdf';

let ctx: HandlerContext;
let host: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ctx = await startServices({ dbFile: tempFile(), demo: false }, 'http');
  const body = await call(ctx, 'bodies.create', { name: 'Ungepartnerskabet', kind: 'partnership' });
  const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
  const gym = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium & HF', kind: 'upper_secondary_school' });
  for (const [name, org, email] of [['Lise Brønnum', uu.id, 'lise@uu.dk'], ['Jørgen Lærkesen', gym.id, 'rektor@hvidovre-gym.dk'], ['Åse Kjærgaard', null, 'aase@hvidovre.dk']] as const) {
    const p = await call(ctx, 'people.create', { name, organisationId: org, email });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
  }
  // The partnership has met before, so the theme meeting gets "Opfølgning på referat fra sidste møde".
  await call(ctx, 'meetings.create', { data: { title: 'Opstartsmøde', type: 'steering_group', bodyId: body.id, date: '2026-02-10', startTime: '09:00', endTime: '11:00' } });
  host = await startHost({ ctx, staticDir: 'out/renderer' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await ctx?.db.close();
});

async function saved(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const d = await download;
  const file = tempFile(d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file) };
}

const downloadBy = (click: () => Promise<void>) => saved(Promise.all([page.waitForEvent('download'), click()]).then(([d]) => d));

async function planMeeting(title: string, date: string) {
  await page.evaluate(() => (window.location.hash = '#/meetings'));
  await page.getByRole('button', { name: 'Nyt møde' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Mødetype').selectOption({ label: 'Temamøde' });
  await dialog.getByLabel('Organ').selectOption({ label: 'Ungepartnerskabet' });
  await dialog.getByLabel('Dato').fill(date);
  await dialog.getByLabel('Starttid').fill('13:00');
  // A theme meeting lasts three hours unless the user says otherwise.
  await expect.poll(() => dialog.getByLabel('Sluttid').inputValue()).toBe('16:00');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

async function addItem(title: string, kind: string, minutes: number) {
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Punktets titel').fill(title);
  await dialog.getByLabel('Art').selectOption({ label: kind });
  await dialog.getByLabel('Minutter').fill(String(minutes));
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('listitem', { name: new RegExp(title) }).waitFor();
}

describe('meetings end to end', () => {
  it('plans a theme meeting, invites a body, writes minutes and follows up at the next meeting', async () => {
    await planMeeting('Temamøde om frafald', '2026-04-14');
    await addItem('Frafald på erhvervsuddannelserne', 'Drøftelse', 45);
    await addItem('Mentorordning efter fynsk model', 'Beslutning', 60);
    await addItem('Fælles nøgletal', 'Orientering', 30);
    const agenda = page.getByRole('list', { name: 'Dagsorden' });
    await expect.poll(() => agenda.getByRole('listitem').count()).toBe(6);
    expect(await agenda.getByTestId('item-time').allTextContents()).toEqual(['13.00–13.05', '13.05–13.15', '13.15–14.00', '14.00–15.00', '15.00–15.30', '15.30–15.35']);

    // Keyboard reorder: Alt+ArrowUp moves "Fælles nøgletal" above the mentor item; the button moves it back.
    await page.getByRole('listitem', { name: '5. Fælles nøgletal' }).press('Alt+ArrowUp');
    await page.getByRole('listitem', { name: '4. Fælles nøgletal' }).waitFor();
    await page.getByRole('button', { name: 'Flyt Fælles nøgletal ned' }).click();
    await page.getByRole('listitem', { name: '5. Fælles nøgletal' }).waitFor();
    // Drag and drop: item 5 onto item 3's place, then back with the keyboard.
    await page.getByRole('listitem', { name: '5. Fælles nøgletal' }).dragTo(page.getByRole('listitem', { name: '3. Frafald på erhvervsuddannelserne' }));
    await page.getByRole('listitem', { name: '3. Fælles nøgletal' }).waitFor();
    await page.getByRole('listitem', { name: '3. Fælles nøgletal' }).press('Alt+ArrowDown');
    await page.getByRole('listitem', { name: '4. Fælles nøgletal' }).press('Alt+ArrowDown');
    await page.getByRole('listitem', { name: '5. Fælles nøgletal' }).waitFor();

    await page.getByRole('tab', { name: /Inviterede/ }).click();
    await page.getByRole('button', { name: 'Invitér alle i Ungepartnerskabet' }).click();
    await page.getByLabel('Svar fra Lise Brønnum').waitFor();
    await page.getByLabel('Svar fra Lise Brønnum').selectOption({ label: 'Deltager' });
    await expect.poll(() => page.getByLabel('Svar fra Lise Brønnum').inputValue()).toBe('accepted');
    await page.getByLabel('Svar fra Åse Kjærgaard').selectOption({ label: 'Melder afbud' });
    await expect.poll(() => page.getByLabel('Svar fra Åse Kjærgaard').inputValue()).toBe('declined');
    await page.getByLabel('Svar fra Jørgen Lærkesen').selectOption({ label: 'Deltager' });
    await expect.poll(() => page.getByText('2 deltager · 1 afbud · 0 mangler svar').count()).toBe(1);

    const agendaPdf = await downloadBy(() => page.getByRole('button', { name: 'Dagsorden (PDF)', exact: true }).click());
    expect(agendaPdf.name).toBe('Dagsorden Temamøde om frafald 2026-04-14.pdf');
    const agendaText = pdfText(agendaPdf.bytes, { layout: true });
    const expected: [string, string][] = [
      ['1. Godkendelse af dagsorden', '13.00–13.05'],
      ['2. Opfølgning på referat fra sidste møde', '13.05–13.15'],
      ['3. Frafald på erhvervsuddannelserne', '13.15–14.00'],
      ['4. Mentorordning efter fynsk model', '14.00–15.00'],
      ['5. Fælles nøgletal', '15.00–15.30'],
      ['6. Eventuelt', '15.30–15.35'],
    ];
    for (const [title, time] of expected) {
      // The item and its computed times on the same line.
      expect(agendaText).toMatch(new RegExp(`${title.replace('.', '\\.')}\\s+${time}`));
    }
    expect(agendaText).toContain('Tirsdag den 14. april 2026');
    expect(agendaText).toMatch(/Afbud\s+Åse Kjærgaard/);

    // After the meeting: minutes, two decisions and three action items on item 3.
    await page.getByRole('tab', { name: /Referat/ }).click();
    const item3 = page.getByRole('region', { name: '3. Frafald på erhvervsuddannelserne' });
    await item3.getByLabel('Referat af punkt 3').fill('Frafaldet er størst på grundforløbet. Skolerne deler deres fastholdelsesindsatser.');
    await item3.getByLabel('Referat af punkt 3').press('Tab');
    await item3.getByLabel('Gemt').waitFor();
    for (const text of ['Der nedsættes en arbejdsgruppe om fastholdelse.', 'UU deltager i arbejdsgruppen.']) {
      await item3.getByLabel('Beslutning (3. Frafald på erhvervsuddannelserne)').fill(text);
      await item3.getByRole('button', { name: 'Tilføj beslutning' }).click();
      await item3.getByText(text).waitFor();
    }
    const actions: [string, string, string][] = [
      ['Oversigt over tiltag for 12–18-årige', 'Lise Brønnum (UU Center-Syd)', '2026-05-01'],
      ['Tal på frafald fra Uddannelsesnøglen', 'Åse Kjærgaard', '2026-05-15'],
      ['Invitere erhvervsskolerne til arbejdsgruppen', 'Jørgen Lærkesen (Hvidovre Gymnasium & HF)', '2026-06-01'],
    ];
    for (const [what, who, due] of actions) {
      await item3.getByLabel('Hvad (3. Frafald på erhvervsuddannelserne)').fill(what);
      await item3.getByLabel('Hvem (3. Frafald på erhvervsuddannelserne)').click();
      await page.getByRole('option', { name: who }).click();
      await item3.getByLabel('Frist (3. Frafald på erhvervsuddannelserne)').fill(due);
      await item3.getByRole('button', { name: 'Tilføj aftale' }).click();
      await item3.getByRole('cell', { name: what, exact: true }).waitFor();
    }

    const minutesPdf = await downloadBy(() => page.getByRole('button', { name: 'Referat (PDF)', exact: true }).click());
    const minutesText = pdfText(minutesPdf.bytes, { layout: true });
    expect(minutesText).toContain('Frafaldet er størst på grundforløbet.');
    expect(minutesText).toContain('Der nedsættes en arbejdsgruppe om fastholdelse.');
    expect(minutesText).toContain('UU deltager i arbejdsgruppen.');
    expect(minutesText).toMatch(/Hvad\s+Hvem\s+Hvornår/);
    expect(minutesText).toMatch(/Oversigt over tiltag for 12–18-årige\s+Lise Brønnum\s+1\. maj 2026/);
    expect(minutesText).toMatch(/Tal på frafald fra Uddannelsesnøglen\s+Åse Kjærgaard\s+15\. maj 2026/);
    expect(minutesText).toContain('Invitere erhvervsskolerne til arbejdsgruppen');

    await page.getByRole('button', { name: '.ics' }).click();
    const ics = await downloadBy(() => page.getByRole('menuitem', { name: 'Kalenderinvitation (.ics)' }).click());
    const { events } = parseIcs(ics.bytes);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2026-04-14 13:00', end: '2026-04-14 16:00', utcStart: '2026-04-14 11:00', summary: 'Temamøde om frafald – Ungepartnerskabet' });
    expect(events[0]!.attendees.map((a) => a.email).sort()).toEqual(['mailto:aase@hvidovre.dk', 'mailto:lise@uu.dk', 'mailto:rektor@hvidovre-gym.dk']);

    // The next meeting of the same body shows the open action items in its follow-up item.
    await planMeeting('Temamøde om praktikpladser', '2026-06-09');
    const followUp = page.getByRole('list', { name: 'Opfølgning på aftaler fra tidligere møder' });
    for (const [what] of actions) await followUp.getByText(what).waitFor();
    await followUp.getByLabel('Markér "Tal på frafald fra Uddannelsesnøglen" som udført').check();
    await expect.poll(() => followUp.getByLabel('Markér "Tal på frafald fra Uddannelsesnøglen" som udført').isChecked()).toBe(true);
    // The box is ticked at once, before the server has the change: wait for the stored state.
    await expect
      .poll(async () => (await call(ctx, 'actionItems.list', { status: 'open' })).items.map((a) => a.what).sort())
      .toEqual(['Invitere erhvervsskolerne til arbejdsgruppen', 'Oversigt over tiltag for 12–18-årige']);
  });
});
