/**
 * Keys that make search and sorting behave the Danish way in plain, portable SQL:
 * searchKey: case- and accent-tolerant, with æ/ø/å also matching ae/oe/aa;
 * sortKey: binary order equals Danish collation (… x y z æ ø å; aa sorts as å).
 */
const DANISH_FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'u' };

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

export function searchKey(value: string | null | undefined): string {
  if (!value) return '';
  const lower = value.toLocaleLowerCase('da-DK').replace(/[æøåäöü]/g, (c) => DANISH_FOLD[c] ?? c);
  return stripMarks(lower).replace(/\s+/g, ' ').trim();
}

export function searchTokens(query: string): string[] {
  return searchKey(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/** Escape LIKE wildcards; pair with `ESCAPE '\\'`. */
export function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SORT_AFTER_Z: Record<string, string> = { æ: '{', ä: '{', ø: '|', ö: '|', å: '}' };

export function sortKey(value: string | null | undefined): string {
  if (!value) return '';
  const lower = value
    .toLocaleLowerCase('da-DK')
    .trim()
    .replace(/aa/g, 'å')
    .replace(/[æøåäö]/g, (c) => SORT_AFTER_Z[c] ?? c);
  return stripMarks(lower).slice(0, 200);
}

/** A row's sort key (from its name) and its search text (name and the other fields, as search keys). */
export function keysFor(name: string, ...extra: (string | null | undefined)[]) {
  return {
    sortKey: sortKey(name),
    searchText: [name, ...extra].map(searchKey).filter(Boolean).join(' | '),
  };
}
