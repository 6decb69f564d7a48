import { describe, expect, it } from 'vitest';
import da from '../../preload/texts/da/reliability.json';
import en from '../../preload/texts/en/reliability.json';
import { backupKinds } from '../../preload/contract';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();

describe('reliability texts', () => {
  it('Danish and English have the same keys, and every backup kind has a label', () => {
    expect(keys(en)).toEqual(keys(da));
    for (const k of backupKinds) expect(da.reliability.kind[k]).toBeTruthy();
  });
});
