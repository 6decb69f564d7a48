import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './columns';

export type MailErrorCode = 'auth' | 'rejected' | 'connect' | 'unknown';

export interface MailErrorParts {
  code: MailErrorCode;
  /** 'host' or 'host:port' of the server that failed. */
  server: string | null;
  /** The server's reply or the connection error, as the server or the system said it. */
  detail: string | null;
}

/**
 * The sentences earlier versions wrote into mail_recipient.error, in Danish and in English, frozen here
 * as they were (the text files may change; these rows do not).
 */
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => MailErrorParts }[] = [
  {
    re: /^Kunne ikke forbinde til mailserveren (\S+):(\d+) \((.*)\)\. Tjek server, port og TLS under Indstillinger → Mail, og prøv igen – intet er sendt to gange\.$/s,
    parts: (m) => ({ code: 'connect', server: `${m[1]}:${m[2]}`, detail: m[3] || null }),
  },
  {
    re: /^Could not connect to the mail server (\S+):(\d+) \((.*)\)\. Check server, port and TLS under Settings → Mail and try again – nothing is sent twice\.$/s,
    parts: (m) => ({ code: 'connect', server: `${m[1]}:${m[2]}`, detail: m[3] || null }),
  },
  { re: /^Mailserveren (\S+) afviste brugernavn eller adgangskode\.$/s, parts: (m) => ({ code: 'auth', server: m[1]!, detail: null }) },
  { re: /^The mail server (\S+) refused the user name or password\.$/s, parts: (m) => ({ code: 'auth', server: m[1]!, detail: null }) },
  { re: /^Mailserveren afviste modtageren: (.*)$/s, parts: (m) => ({ code: 'rejected', server: null, detail: m[1] || null }) },
  { re: /^The mail server refused the recipient: (.*)$/s, parts: (m) => ({ code: 'rejected', server: null, detail: m[1] || null }) },
];

/** An old stored failure sentence as code and values; text that is none of them is kept whole as the detail. */
export function parseMailError(text: string): MailErrorParts {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) return p.parts(m);
  }
  return { code: 'unknown', server: null, detail: text };
}

/**
 * Issue 13: a recipient's SMTP failure was stored as a sentence in the app's language at the time. It
 * becomes a code, the server it concerns and the server's own reply (a technical value, shown as it
 * is), said in the reader's language by the screen. The prose column goes.
 */
export class MailErrorCodes1700000000260 implements MigrationInterface {
  name = 'MailErrorCodes1700000000260';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('mail_recipient', [
      new TableColumn(col.str('error_code', 20, true)),
      new TableColumn(col.str('error_server', 300, true)),
      new TableColumn(col.str('error_detail', 1000, true)),
    ]);
    const pg = q.connection.driver.options.type === 'postgres';
    const $ = (i: number) => (pg ? `$${i}` : '?');
    const rows = (await q.query('SELECT id, error FROM mail_recipient WHERE error IS NOT NULL')) as { id: number; error: string }[];
    for (const row of rows) {
      const p = parseMailError(row.error);
      await q.query(`UPDATE mail_recipient SET error_code = ${$(1)}, error_server = ${$(2)}, error_detail = ${$(3)} WHERE id = ${$(4)}`, [p.code, p.server, p.detail, row.id]);
    }
    await q.dropColumn('mail_recipient', 'error');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('mail_recipient', new TableColumn(col.str('error', 1000, true)));
    await q.query('UPDATE mail_recipient SET error = COALESCE(error_detail, error_code) WHERE error_code IS NOT NULL');
    for (const c of ['error_detail', 'error_server', 'error_code']) await q.dropColumn('mail_recipient', c);
  }
}
