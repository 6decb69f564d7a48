import { searchKey, sortKey } from '../../db/textKeys';
import { ERASED_PERSON } from '../../preload/contract';

export interface Needle {
  /** Finds the value in free text, whatever the case or spacing. */
  regex: RegExp;
  /** A portable LIKE pattern that catches at least every text the regex finds (pair with ESCAPE '\\'). */
  like: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Non-ASCII letters become '_' so SQL's ASCII-only case folding still catches "ØSTERGÅRD". */
function likeOf(text: string): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '_').replace(/\s+/g, '%');
  return `%${escaped}%`;
}

function textNeedle(text: string): Needle | null {
  const t = text.trim();
  if (t.length < 3) return null;
  const parts = t.split(/\s+/).map(escapeRegex);
  return { regex: new RegExp(parts.join('\\s+'), 'giu'), like: likeOf(t) };
}

/** The phone's own digits (without a +45/0045 prefix), with any spaces, dots or dashes between them. */
function phoneNeedle(phone: string): Needle | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.length > 8 && /^(0045|45)/.test(digits)) digits = digits.replace(/^(0045|45)/, '');
  if (digits.length < 6) return null;
  const prefix = '(?:(?:\\+|00)?45[\\s.-]*)?';
  return { regex: new RegExp(`${prefix}${digits.split('').join('[\\s.-]*')}`, 'g'), like: `%${digits.split('').join('%')}%` };
}

/** Every form in which the person can stand in stored text: as typed, and as search and sort keys. */
export function needlesFor(p: { name: string; email: string | null; phone: string | null }): Needle[] {
  const texts = [p.name, searchKey(p.name), sortKey(p.name), p.email ?? '', searchKey(p.email)];
  const unique = [...new Set(texts.filter((t) => t.trim().length >= 3))];
  return [...unique.map(textNeedle), p.phone ? phoneNeedle(p.phone) : null].filter((n): n is Needle => n !== null);
}

/** The text with every needle replaced, and how many places changed. */
export function redact(text: string, needles: Needle[]): { text: string; hits: number } {
  let hits = 0;
  let out = text;
  for (const n of needles) {
    out = out.replace(n.regex, () => {
      hits++;
      return ERASED_PERSON;
    });
  }
  return { text: out, hits };
}

/** Rows that go with the person: their own row and their involvement records. */
export const ownRows = (personId: number) => (table: string, row: Record<string, unknown>) =>
  (table === 'person' && row.id === personId) || (table === 'involvement' && row.actorKind === 'person' && row.actorId === personId);
