import type { MailFailure } from '../contract/mail';
import { da } from './da';
import { en } from './en';

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);

/** 'host:port' → host and port (the host may itself hold colons, as an IPv6 address does). */
function split(server: string | null): { host: string; port: string } {
  const s = server ?? '';
  const at = s.lastIndexOf(':');
  return at > 0 && /^\d+$/.test(s.slice(at + 1)) ? { host: s.slice(0, at), port: s.slice(at + 1) } : { host: s, port: '' };
}

/** A recipient's SMTP failure in the reader's language; the server's own reply is shown as it came. */
export function mailFailureText(f: MailFailure, lang: 'da' | 'en' = 'da'): string {
  const t = (lang === 'en' ? en : da).mail.errors;
  const reason = f.detail ?? '';
  switch (f.code) {
    case 'connect':
      return fill(t.connect, { ...split(f.server), reason });
    case 'auth':
      return fill(t.auth, { host: split(f.server).host });
    case 'rejected':
      return fill(t.rejected, { reason });
    case 'unknown':
      return reason;
  }
}
