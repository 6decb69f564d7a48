import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { mailFailureText } from '../../preload/texts/mailFailure';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { parseMail, sha256, startSmtp } from '../helpers/mail';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.close();
});

const PEOPLE = [
  ['Jørgen Lærkesen', 'rektor@hvidovre-gym.dk'],
  ['Lise Brønnum', 'lise@uu.dk'],
  ['Åse Kjærgaard', 'aase@hvidovre.dk'],
  ['Søren Østergaard', 'soeren@jobcenter.dk'],
  ['Bente Holm, SSP', 'bente@ssp.dk'],
  ['Mikkel Ærø', 'mikkel@ungdomsskolen.dk'],
] as const;

/** A meeting with six invitees who have an e-mail and one organisation that has none. */
async function meetingWithSix() {
  const people = [];
  for (const [name, email] of PEOPLE) people.push(await call(ctx, 'people.create', { name, email }));
  const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
  const m = await call(ctx, 'meetings.create', {
    data: { title: 'Temamøde om frafald', type: 'theme_meeting', date: '2026-04-14', startTime: '13:00', endTime: '16:00', place: 'Hvidovre Rådhus, mødesal 1' },
  });
  const meeting = await call(ctx, 'invitees.add', { meetingId: m.id, personIds: people.map((p) => p.id), organisationIds: [uu.id] });
  return { meeting, people };
}

const organiser = { organiserName: 'Mette Dalsgaard', organiserEmail: 'mette@hvidovre.dk', signature: 'Mette Dalsgaard\nSekretariatet for Ungepartnerskabet' };
const smtpAt = (port: number) => ({ ...organiser, smtpHost: '127.0.0.1', smtpPort: port, smtpSecurity: 'none' as const });
const emails = PEOPLE.map(([, e]) => e).sort();

describe('meeting requests over SMTP', () => {
  it('sends the invitation to 6 invitees with PDF and meeting request; a move raises SEQUENCE, a cancellation keeps the UID', async () => {
    const smtp = await startSmtp();
    try {
      await call(ctx, 'mail.updateSettings', smtpAt(smtp.port));
      const { meeting } = await meetingWithSix();

      const preview = await call(ctx, 'mail.preview', { kind: 'invitation', id: meeting.id });
      expect(preview.recipients.map((r) => r.email).sort()).toEqual(emails);
      expect(preview.withoutEmail).toEqual(['UU Center-Syd']);
      expect(preview.subject).toBe('Invitation: Temamøde om frafald, 14. april 2026');
      const one = await call(ctx, 'mail.preview', { kind: 'invitation', id: meeting.id, inviteeIds: [meeting.invitees[0]!.id], recipients: [{ name: 'Kommunikation', email: 'kom@hvidovre.dk' }] });
      expect(one.recipients).toEqual([
        { name: meeting.invitees[0]!.name, email: meeting.invitees[0]!.email, inviteeId: meeting.invitees[0]!.id },
        { name: 'Kommunikation', email: 'kom@hvidovre.dk', inviteeId: null },
      ]);

      const prepared = await call(ctx, 'mail.prepare', { kind: 'invitation', id: meeting.id });
      expect(prepared.recipients.map((r) => r.status)).toEqual(Array(6).fill('pending'));
      const sent = await call(ctx, 'mail.send', { messageId: prepared.id });
      expect(sent.error).toBeNull();
      expect(sent.recipients.every((r) => r.status === 'sent' && r.sentAt)).toBe(true);

      expect(smtp.received.flatMap((r) => r.to).sort()).toEqual(emails);
      expect(smtp.received.every((r) => r.from === 'mette@hvidovre.dk')).toBe(true);
      const mail = parseMail(smtp.received[0]!.raw);
      expect(mail.to.sort()).toEqual(emails);
      expect(mail.toNames).toContain('Bente Holm, SSP');
      expect(mail.xUnsent).toBeNull();
      expect(mail.subject).toBe('Invitation: Temamøde om frafald, 14. april 2026');
      expect(mail.text).toContain('Hermed invitation til Temamøde om frafald 14. april 2026 kl. 13.00–16.00, Hvidovre Rådhus, mødesal 1.');
      expect(mail.text).toContain('Sekretariatet for Ungepartnerskabet');
      expect(mail.attachments.map((a) => a.contentType).sort()).toEqual(['application/ics', 'application/pdf']);
      expect(mail.attachments.find((a) => a.contentType === 'application/pdf')!.filename).toBe('Dagsorden Temamøde om frafald 2026-04-14.pdf');
      // The text/calendar alternative carries the same method as the file (RFC 6047 §2.4).
      const alternative = mail.calendarParts.find((p) => p.contentType === 'text/calendar')!;
      expect(alternative.methodParam).toBe('REQUEST');
      const cal = mail.calendarParts.find((p) => p.contentType === 'application/ics')!.calendar;
      expect(cal.method).toBe('REQUEST');
      expect(cal.vtimezones).toEqual(['Europe/Copenhagen']);
      expect(cal.events).toHaveLength(1);
      const ev = cal.events[0]!;
      expect(ev).toMatchObject({ sequence: 0, start: '2026-04-14 13:00', end: '2026-04-14 16:00', tzid: 'Europe/Copenhagen', location: 'Hvidovre Rådhus, mødesal 1' });
      expect(ev.organizer).toEqual({ email: 'mailto:mette@hvidovre.dk', cn: 'Mette Dalsgaard' });
      expect(ev.attendees).toHaveLength(6);
      expect(ev.attendees.map((a) => a.email.replace('mailto:', '')).sort()).toEqual(emails);
      expect(ev.attendees.every((a) => a.rsvp === 'TRUE' && a.partstat === 'NEEDS-ACTION' && a.role === 'REQ-PARTICIPANT')).toBe(true);
      expect(ev.attendees.find((a) => a.email === 'mailto:aase@hvidovre.dk')!.cn).toBe('Åse Kjærgaard');
      // Every recipient got the same message.
      expect(new Set(smtp.received.map((r) => parseMail(r.raw).messageId)).size).toBe(1);
      expect((await call(ctx, 'meetings.get', { id: meeting.id })).status).toBe('invited');
      expect(await call(ctx, 'mail.calendarState', { id: meeting.id })).toEqual({ sent: true, sequence: 0, cancelled: false, changedSinceSent: false });

      // Moved a week and an hour: an update with SEQUENCE 1 and the new time, same UID.
      await call(ctx, 'meetings.update', {
        id: meeting.id,
        data: { title: 'Temamøde om frafald', type: 'theme_meeting', date: '2026-04-21', startTime: '14:00', endTime: '16:30', place: 'Hvidovre Rådhus, mødesal 1' },
      });
      expect((await call(ctx, 'mail.calendarState', { id: meeting.id })).changedSinceSent).toBe(true);
      const update = await call(ctx, 'mail.prepare', { kind: 'invitation', id: meeting.id });
      await call(ctx, 'mail.send', { messageId: update.id });
      const updated = parseMail(smtp.received[6]!.raw);
      expect(updated.subject).toBe('Opdateret invitation: Temamøde om frafald, 21. april 2026');
      const ev2 = updated.calendarParts.find((p) => p.contentType === 'application/ics')!.calendar.events[0]!;
      expect(ev2).toMatchObject({ uid: ev.uid, sequence: 1, start: '2026-04-21 14:00', end: '2026-04-21 16:30' });
      expect(await call(ctx, 'mail.calendarState', { id: meeting.id })).toEqual({ sent: true, sequence: 1, cancelled: false, changedSinceSent: false });

      // The agenda sent later without changes keeps SEQUENCE 1.
      const agenda = await call(ctx, 'mail.prepare', { kind: 'agenda', id: meeting.id });
      await call(ctx, 'mail.send', { messageId: agenda.id });
      expect(parseMail(smtp.received[12]!.raw).calendarParts[0]!.calendar.events[0]!.sequence).toBe(1);

      const cancel = await call(ctx, 'mail.prepare', { kind: 'cancellation', id: meeting.id });
      await call(ctx, 'mail.send', { messageId: cancel.id });
      const cancelled = parseMail(smtp.received[18]!.raw);
      expect(cancelled.subject).toBe('Aflyst: Temamøde om frafald, 21. april 2026');
      expect(cancelled.attachments.map((a) => a.contentType)).toEqual(['application/ics']);
      const cc = cancelled.calendarParts.find((p) => p.contentType === 'application/ics')!.calendar;
      expect(cc.method).toBe('CANCEL');
      expect(cc.events[0]).toMatchObject({ uid: ev.uid, sequence: 2, status: 'CANCELLED' });
      expect(cancelled.calendarParts.find((p) => p.contentType === 'text/calendar')!.methodParam).toBe('CANCEL');

      const log = await call(ctx, 'mail.log', { meetingId: meeting.id });
      expect(log.map((l) => [l.kind, l.mode, l.recipients.filter((r) => r.status === 'sent').length])).toEqual([
        ['cancellation', 'smtp', 6], ['agenda', 'smtp', 6], ['invitation', 'smtp', 6], ['invitation', 'smtp', 6],
      ]);
    } finally {
      await smtp.close();
    }
  });

  it('a failed connection gives a clear message, and a retry sends only to those not yet sent', async () => {
    const first = await startSmtp({ rejectRecipient: (a) => a === 'lise@uu.dk' || a === 'bente@ssp.dk' });
    await call(ctx, 'mail.updateSettings', smtpAt(first.port));
    const { meeting } = await meetingWithSix();
    const msg = await call(ctx, 'mail.prepare', { kind: 'invitation', id: meeting.id });
    const partial = await call(ctx, 'mail.send', { messageId: msg.id });
    expect(partial.error).toBeNull();
    expect(partial.recipients.filter((r) => r.status === 'sent')).toHaveLength(4);
    const refused = partial.recipients.filter((r) => r.status === 'failed');
    expect(refused.map((r) => r.email).sort()).toEqual(['bente@ssp.dk', 'lise@uu.dk']);
    // A code, the server and its own reply are kept; the screen says them in the reader's language.
    expect(refused[0]!.error).toMatchObject({ code: 'rejected', server: `127.0.0.1:${first.port}` });
    expect(refused[0]!.error!.detail).toMatch(/^550 .*Mailbox unavailable/);
    expect(mailFailureText(refused[0]!.error!, 'da')).toMatch(/^Mailserveren afviste modtageren: 550 /);
    expect(mailFailureText(refused[0]!.error!, 'en')).toMatch(/^The mail server refused the recipient: 550 /);
    const stored: Record<string, unknown>[] = await db.ds.query("SELECT error_code, error_server, error_detail FROM mail_recipient WHERE status = 'failed'");
    expect(stored.map((r) => r.error_code)).toEqual(['rejected', 'rejected']);
    expect(first.received).toHaveLength(4);
    const port = first.port;
    await first.close();

    // The server is gone: a clear message, nothing recorded as sent, the four stay sent.
    const down = await call(ctx, 'mail.send', { messageId: msg.id });
    expect(down.error).toMatchObject({ code: 'connect', server: `127.0.0.1:${port}` });
    expect(mailFailureText(down.error!, 'da')).toContain(`Kunne ikke forbinde til mailserveren 127.0.0.1:${port}`);
    expect(mailFailureText(down.error!, 'da')).toContain('intet er sendt to gange');
    expect(mailFailureText(down.error!, 'en')).toContain(`Could not connect to the mail server 127.0.0.1:${port}`);
    expect(down.recipients.filter((r) => r.status === 'sent')).toHaveLength(4);

    const second = await startSmtp();
    try {
      await call(ctx, 'mail.updateSettings', smtpAt(second.port));
      const retried = await call(ctx, 'mail.send', { messageId: msg.id });
      expect(retried.error).toBeNull();
      expect(retried.recipients.every((r) => r.status === 'sent')).toBe(true);
      expect(second.received.flatMap((r) => r.to).sort()).toEqual(['bente@ssp.dk', 'lise@uu.dk']);
      // Nothing left: a further click sends nothing.
      await call(ctx, 'mail.send', { messageId: msg.id });
      expect(second.received).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('refuses to send without a server or an organiser, with a message that says what to do', async () => {
    const { meeting } = await meetingWithSix();
    await expect(call(ctx, 'mail.prepare', { kind: 'invitation', id: meeting.id })).rejects.toThrow(/arrangørens navn og e-mail/);
    await call(ctx, 'mail.updateSettings', organiser);
    const msg = await call(ctx, 'mail.prepare', { kind: 'invitation', id: meeting.id });
    await expect(call(ctx, 'mail.send', { messageId: msg.id })).rejects.toThrow(/ingen mailserver \(SMTP\)/);
    await expect(call(ctx, 'mail.test', {})).rejects.toThrow(/ingen mailserver/);
  });

  it('"Send testmail" reaches the organiser through the saved server', async () => {
    const smtp = await startSmtp();
    try {
      await call(ctx, 'mail.updateSettings', smtpAt(smtp.port));
      expect(await call(ctx, 'mail.test', {})).toEqual({ sentTo: 'mette@hvidovre.dk' });
      const mail = parseMail(smtp.received[0]!.raw);
      expect(mail.subject).toBe('Testmail fra Samspil');
      expect(mail.text).toContain('gennem 127.0.0.1');
    } finally {
      await smtp.close();
    }
  });
});

describe('drafts (.eml)', () => {
  it('works with no settings at all: X-Unsent: 1, the recipients, and attachments byte for byte the documents', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T10:00:00Z') });
    const { meeting } = await meetingWithSix();
    const file = await call(ctx, 'mail.draft', { kind: 'invitation', id: meeting.id });
    expect(file.mimeType).toBe('message/rfc822');
    expect(file.fileName).toBe('Invitation- Temamøde om frafald, 14. april 2026.eml');
    const mail = parseMail(Buffer.from(file.base64!, 'base64'));
    expect(mail.xUnsent).toBe('1');
    expect(mail.to.sort()).toEqual(emails);
    const agenda = Buffer.from((await call(ctx, 'meetings.agendaPdf', { id: meeting.id })).base64!, 'base64');
    const ics = Buffer.from((await call(ctx, 'meetings.ics', { id: meeting.id })).base64!, 'base64');
    expect(mail.attachments.map((a) => [a.contentType, a.sha256, a.size]).sort()).toEqual(
      [['application/ics', await sha256(ics), ics.length], ['application/pdf', await sha256(agenda), agenda.length]].sort(),
    );
    // Without an organiser it is a plain calendar entry; Outlook fills in the sender.
    expect(mail.calendarParts[0]!.calendar.method).toBe('PUBLISH');
    expect(mail.from).toBe('');

    await call(ctx, 'mail.updateSettings', organiser);
    const withOrganiser = parseMail(Buffer.from((await call(ctx, 'mail.draft', { kind: 'invitation', id: meeting.id })).base64!, 'base64'));
    expect(withOrganiser.from).toBe('Mette Dalsgaard <mette@hvidovre.dk>');
    expect(withOrganiser.calendarParts[0]!.calendar.method).toBe('REQUEST');
    const requestIcs = Buffer.from((await call(ctx, 'meetings.ics', { id: meeting.id })).base64!, 'base64');
    expect(withOrganiser.attachments.find((a) => a.contentType === 'application/ics')!.sha256).toBe(await sha256(requestIcs));

    const log = await call(ctx, 'mail.log', { meetingId: meeting.id });
    expect(log).toHaveLength(2);
    expect(log[0]!.recipients.map((r) => r.status)).toEqual(Array(6).fill('draft'));
  });

  it('minutes, agenda and memo drafts in English carry the document in the subject and body', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T10:00:00Z') });
    const { meeting } = await meetingWithSix();
    const minutes = parseMail(Buffer.from((await call(ctx, 'mail.draft', { kind: 'minutes', id: meeting.id, language: 'en' })).base64!, 'base64'));
    expect(minutes.subject).toBe('Minutes: Temamøde om frafald, 14 April 2026');
    expect(minutes.text).toContain('Please find attached the minutes of Temamøde om frafald on 14 April 2026, 13:00–16:00.');
    const minutesPdf = Buffer.from((await call(ctx, 'meetings.minutesPdf', { id: meeting.id, language: 'en' })).base64!, 'base64');
    expect(minutes.attachments.map((a) => a.sha256)).toEqual([await sha256(minutesPdf)]);

    const memo = await call(ctx, 'memos.create', { title: 'Mentorkorps på erhvervsskolerne', recipientKind: 'city_council', memoDate: '2026-03-20' });
    const draft = await call(ctx, 'mail.draft', { kind: 'memo', id: memo.id, recipients: [{ name: 'Byrådssekretariatet', email: 'byraad@hvidovre.dk' }] });
    const memoMail = parseMail(Buffer.from(draft.base64!, 'base64'));
    expect(memoMail.subject).toBe('Beslutningsoplæg: Mentorkorps på erhvervsskolerne');
    expect(memoMail.to).toEqual(['byraad@hvidovre.dk']);
    const memoPdf = Buffer.from((await call(ctx, 'memos.pdf', { id: memo.id })).base64!, 'base64');
    expect(memoMail.attachments.map((a) => a.sha256)).toEqual([await sha256(memoPdf)]);
    expect((await call(ctx, 'mail.log', { memoId: memo.id })).map((l) => l.recipients[0]!.email)).toEqual(['byraad@hvidovre.dk']);
  });
});

/** A reply as Outlook writes it: METHOD:REPLY, the meeting's UID, one ATTENDEE with PARTSTAT. */
const replyIcs = (uid: string, email: string, partstat: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:REPLY', 'BEGIN:VEVENT',
    `ATTENDEE;PARTSTAT=${partstat};CN="Lise Brønnum":mailto:${email}`, 'ORGANIZER:mailto:mette@hvidovre.dk', `UID:${uid}`, 'SEQUENCE:0',
    'DTSTAMP:20260402T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('replies and addresses', () => {
  it('a METHOD:REPLY .ics, or an .eml that carries one, sets that invitee’s reply', async () => {
    await call(ctx, 'mail.updateSettings', organiser);
    const { meeting } = await meetingWithSix();
    const draft = parseMail(Buffer.from((await call(ctx, 'mail.draft', { kind: 'invitation', id: meeting.id })).base64!, 'base64'));
    const uid = draft.calendarParts[0]!.calendar.events[0]!.uid;
    const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

    const accepted = await call(ctx, 'mail.importReply', { fileName: 'svar.ics', base64: b64(replyIcs(uid, 'LISE@uu.dk', 'ACCEPTED')), meetingId: meeting.id });
    expect(accepted).toMatchObject({ meetingId: meeting.id, name: 'Lise Brønnum', reply: 'accepted' });

    const eml = await new MailComposer({
      from: 'Åse Kjærgaard <aase@hvidovre.dk>', to: 'mette@hvidovre.dk', subject: 'Afvist: Temamøde om frafald', text: 'Jeg kan desværre ikke.',
      icalEvent: { method: 'REPLY', content: replyIcs(uid, 'aase@hvidovre.dk', 'DECLINED') },
    }).compile().build();
    const declined = await call(ctx, 'mail.importReply', { fileName: 'Afvist.eml', base64: b64(eml) });
    expect(declined).toMatchObject({ name: 'Åse Kjærgaard', reply: 'declined' });
    const after = await call(ctx, 'meetings.get', { id: meeting.id });
    expect(after.invitees.find((i) => i.name === 'Lise Brønnum')!.reply).toBe('accepted');
    expect(after.invitees.find((i) => i.name === 'Åse Kjærgaard')!.reply).toBe('declined');

    await expect(call(ctx, 'mail.importReply', { fileName: 'x.ics', base64: b64(replyIcs(uid, 'fremmed@example.com', 'ACCEPTED')) })).rejects.toThrow(/fremmed@example.com er ikke inviteret/);
    await expect(call(ctx, 'mail.importReply', { fileName: 'x.ics', base64: b64(replyIcs(uid, 'lise@uu.dk', 'ACCEPTED').replace('METHOD:REPLY', 'METHOD:REQUEST')) })).rejects.toThrow(/ikke et svar/);
    await expect(call(ctx, 'mail.importReply', { fileName: 'x.ics', base64: b64(replyIcs('ukendt@andet.dk', 'lise@uu.dk', 'ACCEPTED')) })).rejects.toThrow(/hører ikke til et møde/);
    await expect(call(ctx, 'mail.importReply', { fileName: 'x.txt', base64: b64('hej') })).rejects.toThrow(/kunne ikke læses/);
  });

  it('"Kopiér e-mailadresser" gives Navn <adresse>; … for invitees and a body', async () => {
    const { meeting, people } = await meetingWithSix();
    const list = await call(ctx, 'mail.addresses', { meetingId: meeting.id });
    expect(list.count).toBe(6);
    expect(list.withoutEmail).toEqual(['UU Center-Syd']);
    expect(list.text.split('; ')).toContain('Åse Kjærgaard <aase@hvidovre.dk>');
    expect(list.text.split('; ')).toContain('"Bente Holm, SSP" <bente@ssp.dk>');
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    for (const p of people.slice(0, 2)) await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
    expect((await call(ctx, 'mail.addresses', { bodyId: body.id })).text).toBe('Jørgen Lærkesen <rektor@hvidovre-gym.dk>; Lise Brønnum <lise@uu.dk>');
  });
});

describe('mail settings', () => {
  it('keeps the SMTP password sealed by the secret store, never in plain text; browser mode reads it from the environment', async () => {
    await expect(call(ctx, 'mail.updateSettings', { ...organiser, smtpPassword: 'Hemmelig-æøå-42' })).rejects.toThrow(/kun gemmes i skrivebordsprogrammet/);
    const sealed = new Map<string, string>();
    const secrets = {
      available: () => true,
      seal: (p: string) => {
        const token = Buffer.from(`sealed-${sealed.size}`).toString('base64');
        sealed.set(token, p);
        return token;
      },
      open: (s: string) => sealed.get(s)!,
    };
    const desktop = { ...ctx, secrets };
    const saved = await call(desktop, 'mail.updateSettings', { ...organiser, smtpHost: 'smtp.hvidovre.dk', smtpUser: 'mette', smtpPassword: 'Hemmelig-æøå-42' });
    expect(saved).toMatchObject({ smtpHost: 'smtp.hvidovre.dk', smtpPort: 587, smtpSecurity: 'starttls', passwordSource: 'secretStore', canStorePassword: true });
    const rows = await db.ds.query('SELECT key, value FROM app_setting');
    expect(JSON.stringify(rows)).not.toContain('Hemmelig');
    // Saving again without a password keeps the stored one; '' forgets it.
    expect((await call(desktop, 'mail.updateSettings', { ...organiser, smtpHost: 'smtp.hvidovre.dk' })).passwordSource).toBe('secretStore');
    expect((await call(desktop, 'mail.updateSettings', { ...organiser, smtpPassword: '' })).passwordSource).toBe('none');
    process.env.SAMSPIL_SMTP_PASSWORD = 'fra-miljøet';
    try {
      expect((await call(ctx, 'mail.settings', {})).passwordSource).toBe('environment');
    } finally {
      delete process.env.SAMSPIL_SMTP_PASSWORD;
    }
    const bad = await call(ctx, 'mail.updateSettings', { organiserEmail: 'ikke en adresse' }).catch((e: { apiError: unknown }) => e.apiError);
    expect(bad).toMatchObject({ code: 'VALIDATION', fieldErrors: { organiserEmail: ['Ugyldig e-mailadresse'] } });
  });
});

describe('erasure', () => {
  it('the sent log is in the Art. 15 export, and erasing a person (Art. 17) leaves neither name nor e-mail in it', async () => {
    await call(ctx, 'mail.updateSettings', organiser);
    const { meeting, people } = await meetingWithSix();
    await call(ctx, 'mail.draft', { kind: 'invitation', id: meeting.id });
    const aase = people.find((p) => p.name === 'Åse Kjærgaard')!;
    const art15 = Buffer.from((await call(ctx, 'people.exportData', { id: aase.id, format: 'json' })).base64!, 'base64').toString('utf8');
    expect(art15).toContain('Sendt mail (modtager)');
    expect(art15).toContain('aase@hvidovre.dk');
    await call(ctx, 'people.erase', { id: aase.id, reason: 'art17_request' });
    const rows: { name: string; email: string }[] = await db.ds.query('SELECT name, email FROM mail_recipient');
    expect(rows).toHaveLength(6);
    expect(JSON.stringify(rows)).not.toMatch(/Kjærgaard|aase@hvidovre\.dk/);
    expect(rows.filter((r) => r.email === 'lise@uu.dk')).toHaveLength(1);
  });
});

describe('series', () => {
  it('one UID per meeting, the same in the series .ics and in each meeting request; only the moved meeting gets SEQUENCE 1', async () => {
    await call(ctx, 'mail.updateSettings', organiser);
    const p = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
    const list = await call(ctx, 'meetings.createSeries', {
      title: 'Styregruppemøde', type: 'steering_group', fromDate: '2026-01-10', everyMonths: 2, weekday: 1, ordinal: 1, count: 3, startTime: '09:00', durationMinutes: 120,
    });
    const uids: string[] = [];
    for (const mt of list) {
      await call(ctx, 'invitees.add', { meetingId: mt.id, personIds: [p.id] });
      const draft = parseMail(Buffer.from((await call(ctx, 'mail.draft', { kind: 'invitation', id: mt.id })).base64!, 'base64'));
      uids.push(draft.calendarParts[0]!.calendar.events[0]!.uid);
    }
    expect(new Set(uids).size).toBe(3);
    await call(ctx, 'meetings.update', { id: list[1]!.id, data: { title: 'Styregruppemøde', type: 'steering_group', date: '2026-04-14', startTime: '10:00', endTime: '12:00' } });
    const series = Buffer.from((await call(ctx, 'meetings.seriesIcs', { id: list[0]!.id })).base64!, 'base64');
    const raw = Buffer.from(`Content-Type: text/calendar; method=REQUEST\r\nContent-Disposition: attachment; filename=serie.ics\r\n\r\n${series.toString('utf8')}`);
    const cal = parseMail(raw).calendarParts[0]!.calendar;
    expect(cal.method).toBe('REQUEST');
    expect(cal.events.map((e) => e.uid)).toEqual(uids);
    expect(cal.events.map((e) => [e.sequence, e.start])).toEqual([[0, '2026-02-03 09:00'], [1, '2026-04-14 10:00'], [0, '2026-06-02 09:00']]);
  });
});
