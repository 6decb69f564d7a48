import { describe, expect, it } from 'vitest';
import { likePattern, searchKey, searchTokens, sortKey } from '../../db/textKeys';

describe('Danish search and sort keys', () => {
  it('folds case, accents and æ/ø/å so typed aa/oe/ae match', () => {
    expect(searchKey('Hvidovre Gymnasium')).toBe('hvidovre gymnasium');
    expect(searchKey('Ærø Café – Århus')).toBe('aeroe cafe – aarhus');
    expect(searchKey('ÆØÅ')).toBe(searchKey('aeoeaa'));
    expect(searchTokens('  Avedøre   GYM ')).toEqual(['avedoere', 'gym']);
  });

  it('sorts like the Danish collator', () => {
    const names = ['Aarhus Tech', 'Zealand', 'Ølstykke', 'Ærø', 'Åbenrå', 'Andersen', 'Émile', 'Bo'];
    const bySortKey = [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(bySortKey).toEqual([...names].sort(new Intl.Collator('da').compare));
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
