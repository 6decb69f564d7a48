import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../main/app/startup';
import type { HandlerContext } from '../../main/api/handlers';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { launchChromium, UI_TIMEOUT } from '../helpers/browser';
import { call, tempFile } from '../helpers/db';
import { parseMail, startSmtp } from '../helpers/mail';
import { recordToasts, expectToast } from '../helpers/toasts';

let ctx: HandlerContext;
let host: RunningHost;
let browser: Browser;
let page: Page;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let meetingId: number;

const PEOPLE = [
  ['Jørgen Lærkesen', 'rektor@hvidovre-gym.dk'],
  ['Lise Brønnum', 'lise@uu.dk'],
  ['Åse Kjærgaard', 'aase@hvidovre.dk'],
  ['Søren Østergaard', 'soeren@jobcenter.dk'],
  ['Bente Holm', 'bente@ssp.dk'],
  ['Mikkel Ærø', 'mikkel@ungdomsskolen.dk'],
] as const;

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await startServices({ dbFile: tempFile(), demo: false }, 'http');
  const ids = [];
  for (const [name, email] of PEOPLE) ids.push((await call(ctx, 'people.create', { name, email })).id);
  const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
  const m = await call(ctx, 'meetings.create', {
    data: { title: 'Temamøde om frafald', type: 'theme_meeting', date: '2026-04-14', startTime: '13:00', endTime: '16:00', place: 'Hvidovre Rådhus' },
  });
  await call(ctx, 'invitees.add', { meetingId: m.id, personIds: ids, organisationIds: [uu.id] });
  meetingId = m.id;
  host = await startHost({ ctx, staticDir: 'out/renderer' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page.setDefaultTimeout(UI_TIMEOUT);
  await recordToasts(page);
  await page.goto(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await ctx?.db.close();
  await smtp?.close();
});

const replyIcs = (uid: string, email: string, partstat: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:REPLY', 'BEGIN:VEVENT',
    `ATTENDEE;PARTSTAT=${partstat}:mailto:${email}`, `UID:${uid}`, 'SEQUENCE:0', 'DTSTAMP:20260402T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('mail in Chromium', () => {
  it('settings, sending the invitation with progress, and a METHOD:REPLY that sets the invitee to "Deltager"', async () => {
    // Indstillinger → Mail
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const form = page.getByRole('form', { name: 'Mail' });
    await form.getByLabel('Arrangørens navn').fill('Mette Dalsgaard');
    await form.getByLabel('Arrangørens e-mail').fill('mette@hvidovre.dk');
    await form.getByLabel('Mailserver (SMTP)').fill('127.0.0.1');
    await form.getByLabel('Port').fill(String(smtp.port));
    await form.getByLabel('Kryptering').selectOption({ label: 'Ingen (kun lokalt net)' });
    await expect.poll(() => form.getByText('SAMSPIL_SMTP_PASSWORD').count()).toBeGreaterThan(0);
    await expectToast(page, 'Mailindstillingerne er gemt.', () => form.getByRole('button', { name: 'Opdatér mailindstillinger' }).click());
    await expectToast(page, 'Testmailen er sendt til mette@hvidovre.dk.', () => form.getByRole('button', { name: 'Send testmail' }).click());
    expect(smtp.received).toHaveLength(1);

    // The meeting: Send → Send invitation; the organisation without an e-mail is named before sending.
    await page.evaluate((id) => (window.location.hash = `#/meetings/list/${id}`), meetingId);
    await page.getByRole('heading', { name: 'Temamøde om frafald' }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Send invitation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Uden e-mailadresse – får ikke mailen: UU Center-Syd').waitFor();
    await dialog.getByText('Modtagere (6):').waitFor();
    await dialog.getByLabel('Bente Holm <bente@ssp.dk>').uncheck();
    await dialog.getByText('Modtagere (5):').waitFor();
    await dialog.getByLabel('Bente Holm <bente@ssp.dk>').check();
    await dialog.getByRole('button', { name: 'Send nu' }).click();
    await dialog.getByText('Sendt til 6 af 6').waitFor();
    expect(smtp.received.slice(1).flatMap((r) => r.to).sort()).toEqual(PEOPLE.map(([, e]) => e).sort());
    const ev = parseMail(smtp.received[1]!.raw).calendarParts.find((p) => p.contentType === 'application/ics')!.calendar.events[0]!;
    expect(ev.attendees).toHaveLength(6);
    await dialog.getByRole('button', { name: 'Luk' }).last().click();
    await page.getByRole('region', { name: 'Sendt' }).getByText(/Invitation: Temamøde om frafald, 14\. april 2026 · .* · sendt/).waitFor();

    // Lise accepts in Outlook; her reply file is picked with the button.
    await page.locator('input[type=file][accept*=".ics"]').setInputFiles({ name: 'Accepteret.ics', mimeType: 'text/calendar', buffer: Buffer.from(replyIcs(ev.uid, 'lise@uu.dk', 'ACCEPTED')) });
    await page.getByText('Lise Brønnum: Deltager').waitFor();
    // Åse's reply is dropped onto the meeting.
    await page.getByLabel('Træk et svar (.ics eller .eml) hertil').evaluate((el, text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'Afvist.ics', { type: 'text/calendar' }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, replyIcs(ev.uid, 'aase@hvidovre.dk', 'DECLINED'));
    await page.getByText('Åse Kjærgaard: Melder afbud').waitFor();

    await page.getByRole('tab', { name: /Inviterede/ }).click();
    const lise = page.getByLabel('Svar fra Lise Brønnum');
    await expect.poll(() => lise.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe('Deltager');
    await expect.poll(() => page.getByLabel('Svar fra Åse Kjærgaard').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe('Melder afbud');
    // Moved by an hour: the page asks for an update, which goes out with SEQUENCE 1.
    await call(ctx, 'meetings.update', { id: meetingId, data: { title: 'Temamøde om frafald', type: 'theme_meeting', date: '2026-04-14', startTime: '14:00', endTime: '17:00', place: 'Hvidovre Rådhus' } });
    await page.reload();
    await page.getByRole('button', { name: 'Send opdatering' }).click();
    await page.getByRole('dialog').getByText('Emne: Opdateret invitation: Temamøde om frafald, 14. april 2026').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Send nu' }).click();
    await page.getByRole('dialog').getByText('Sendt til 6 af 6').waitFor();
    const update = parseMail(smtp.received[7]!.raw).calendarParts.find((p) => p.contentType === 'application/ics')!.calendar.events[0]!;
    expect(update).toMatchObject({ uid: ev.uid, sequence: 1, start: '2026-04-14 14:00', end: '2026-04-14 17:00' });
    await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).last().click();
    await expect.poll(() => page.getByRole('button', { name: 'Send opdatering' }).count()).toBe(0);

    const stored = await call(ctx, 'meetings.get', { id: meetingId });
    expect(stored.invitees.find((i) => i.name === 'Lise Brønnum')!.reply).toBe('accepted');
    expect(stored.status).toBe('invited');
  });
  it('a recipient the server refuses shows why, in the screen’s words, with the server’s own reply', async () => {
    const refusing = await startSmtp({ rejectRecipient: (a) => a === 'bente@ssp.dk' });
    try {
      await call(ctx, 'mail.updateSettings', { organiserName: 'Mette Dalsgaard', organiserEmail: 'mette@hvidovre.dk', smtpHost: '127.0.0.1', smtpPort: refusing.port, smtpSecurity: 'none' });
      await page.reload();
      await page.getByRole('heading', { name: 'Temamøde om frafald' }).waitFor();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Send dagsorden' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Send nu' }).click();
      await dialog.getByText('Sendt til 5 af 6').waitFor();
      await dialog.getByText(/^Mailserveren afviste modtageren: 550 .*Mailbox unavailable/).waitFor();
      const [failed] = (await call(ctx, 'mail.log', { meetingId })).flatMap((m) => m.recipients).filter((r) => r.status === 'failed');
      expect(failed).toMatchObject({ email: 'bente@ssp.dk', error: { code: 'rejected', server: `127.0.0.1:${refusing.port}` } });
      await dialog.getByRole('button', { name: 'Luk' }).last().click();
    } finally {
      await refusing.close();
    }
  });
});
