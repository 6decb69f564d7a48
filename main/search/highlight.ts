import { searchKey } from '../../db/textKeys';
import type { TextPart } from '../../preload/contract';

const WORD = /[\p{L}\p{N}]+/gu;

function isHit(word: string, tokens: string[]): boolean {
  const key = searchKey(word);
  return tokens.some((t) => key.startsWith(t));
}

/** Splits `text` into parts, marking the words that start with a (folded) search token. */
export function highlight(text: string, tokens: string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isHit(m[0], tokens)) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** A window of about `width` characters around the first hit, cut at spaces, on one line. */
export function snippet(text: string, tokens: string[], width = 160): TextPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  let first = -1;
  for (const m of flat.matchAll(WORD)) {
    if (isHit(m[0], tokens)) {
      first = m.index;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const cut = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
  return highlight(cut, tokens);
}
