import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { parseMailError } from '../../db/migrations/m0260MailErrorCodes';
import { mailFailureText } from '../../preload/texts/mailFailure';
import { call, ctxOf, tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => new m().name === 'MailErrorCodes1700000000260');
const stamp = '2026-03-02T09:00:00.000Z';

/** What earlier versions stored in mail_recipient.error, in Danish and English, and one text of no known kind. */
const OLD = [
  'Kunne ikke forbinde til mailserveren smtp.hvidovre.dk:587 (connect ECONNREFUSED 10.0.0.7:587 (retry)). Tjek server, port og TLS under Indstillinger → Mail, og prøv igen – intet er sendt to gange.',
  'Could not connect to the mail server smtp.hvidovre.dk:465 (Greeting never received). Check server, port and TLS under Settings → Mail and try again – nothing is sent twice.',
  'Mailserveren smtp.hvidovre.dk afviste brugernavn eller adgangskode.',
  'The mail server smtp.hvidovre.dk refused the user name or password.',
  'Mailserveren afviste modtageren: 550 5.1.1 <søren@ærø.dk>: Mailbox unavailable',
  'The mail server refused the recipient: 552 Mailbox full',
  'Ukendt fejl fra en ældre Samspil – mailen kom ikke frem',
  null,
];

describe('migration 0260 (SMTP failures as codes, not prose)', () => {
  it('turns the stored sentences into a code, the server and its reply, keeps unknown text, and the screen says them in both languages', async () => {
    expect(N).toBeGreaterThan(0);
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N });
    // Plain SQL valid at the old schema: services assume the newest one.
    const q0 = (sql: string, p: unknown[] = []) => before.ds.query(sql, p);
    await q0("INSERT INTO mail_message (kind, mode, meeting_id, subject, language, created_at) VALUES ('invitation', 'smtp', 7, 'Invitation: Styregruppemøde', 'da', ?)", [stamp]);
    for (const [i, error] of OLD.entries()) {
      await q0('INSERT INTO mail_recipient (message_id, name, email, status, error) VALUES (1, ?, ?, ?, ?)', [`Modtager ${i}`, `m${i}@hvidovre.dk`, error ? 'failed' : 'sent', error]);
    }
    const oldRows = (await q0('SELECT id, name, email, status FROM mail_recipient ORDER BY id')) as Record<string, unknown>[];
    await before.close();

    const after = await openDatabase({ file });
    expect(await after.schemaVersion()).toBe(migrations.length);
    const rows = (await after.ds.query('SELECT * FROM mail_recipient ORDER BY id')) as Record<string, unknown>[];
    // Every old row is still there with what it held; the prose column is gone.
    expect(rows).toHaveLength(oldRows.length);
    rows.forEach((r, i) => expect(r).toMatchObject(oldRows[i]!));
    expect(rows.every((r) => !('error' in r))).toBe(true);
    expect(rows.map((r) => [r.error_code, r.error_server, r.error_detail])).toEqual([
      ['connect', 'smtp.hvidovre.dk:587', 'connect ECONNREFUSED 10.0.0.7:587 (retry)'],
      ['connect', 'smtp.hvidovre.dk:465', 'Greeting never received'],
      ['auth', 'smtp.hvidovre.dk', null],
      ['auth', 'smtp.hvidovre.dk', null],
      ['rejected', null, '550 5.1.1 <søren@ærø.dk>: Mailbox unavailable'],
      ['rejected', null, '552 Mailbox full'],
      ['unknown', null, 'Ukendt fejl fra en ældre Samspil – mailen kom ikke frem'],
      [null, null, null],
    ]);

    // The sent log gives the codes; said in Danish, the Danish rows read as before, the English ones in English.
    const [message] = await call(ctxOf(after), 'mail.log', { meetingId: 7 });
    const failed = message!.recipients.filter((r) => r.error);
    expect(failed.map((r) => r.error!.code)).toEqual(['connect', 'connect', 'auth', 'auth', 'rejected', 'rejected', 'unknown']);
    for (const i of [0, 2, 4]) expect(mailFailureText(failed[i]!.error!, 'da')).toBe(OLD[i]);
    for (const i of [1, 3, 5]) expect(mailFailureText(failed[i]!.error!, 'en')).toBe(OLD[i]);
    expect(mailFailureText(failed[1]!.error!, 'da')).toMatch(/^Kunne ikke forbinde til mailserveren smtp\.hvidovre\.dk:465 \(Greeting never received\)/);
    expect(mailFailureText(failed[2]!.error!, 'en')).toBe('The mail server smtp.hvidovre.dk refused the user name or password.');
    for (const lang of ['da', 'en'] as const) expect(mailFailureText(failed[6]!.error!, lang)).toBe(OLD[6]);
    await after.close();
  });

  it('reads each old sentence back into its parts, whatever the reason holds', () => {
    expect(parseMailError('Mailserveren afviste modtageren: ')).toEqual({ code: 'rejected', server: null, detail: null });
    expect(parseMailError('Kunne ikke forbinde til mailserveren [::1]:25 (a (b) c). Tjek server, port og TLS under Indstillinger → Mail, og prøv igen – intet er sendt to gange.')).toEqual({
      code: 'connect', server: '[::1]:25', detail: 'a (b) c',
    });
    expect(parseMailError('Mailserveren afviste modtageren')).toEqual({ code: 'unknown', server: null, detail: 'Mailserveren afviste modtageren' });
  });
});
