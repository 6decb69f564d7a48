import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ParsedAttendee {
  email: string;
  cn: string;
  role: string;
  rsvp: string;
  partstat: string;
}

export interface ParsedCalendar {
  method: string;
  vtimezones: string[];
  events: {
    uid: string;
    sequence: number;
    status: string;
    summary: string;
    location: string;
    start: string;
    end: string;
    tzid: string | undefined;
    organizer: { email: string; cn: string } | null;
    attendees: ParsedAttendee[];
  }[];
}

export interface ParsedMail {
  subject: string;
  from: string;
  to: string[];
  toNames: string[];
  xUnsent: string | null;
  messageId: string | null;
  text: string;
  attachments: { filename: string; contentType: string; sha256: string; size: number }[];
  calendarParts: { contentType: string; methodParam: string | null; disposition: string | null; calendar: ParsedCalendar }[];
}

/** Reads a raw MIME message with Python's `email` package and its calendar parts with `icalendar`. */
export function parseMail(raw: Buffer): ParsedMail {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-mail-')), 'message.eml');
  fs.writeFileSync(file, raw);
  const out = execFileSync('/usr/bin/python3', [path.resolve('test/helpers/parseMail.py'), file], { encoding: 'utf8' });
  return JSON.parse(out) as ParsedMail;
}

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A real SMTP server (the smtp-server package) in the test process, without TLS or login. */
export async function startSmtp(opts: { rejectRecipient?: (address: string) => boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (opts.rejectRecipient?.(address.address)) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const sha256 = async (b: Buffer) => (await import('node:crypto')).createHash('sha256').update(b).digest('hex');
