import { describe, expect, it } from 'vitest';
import da from '../../preload/texts/da/memos.json';
import en from '../../preload/texts/en/memos.json';
import { decisionOutcomes, memoLinkKinds, memoStatuses, recipientKinds } from '../../preload/contract';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('memo texts', () => {
  it('has the same keys in Danish and English, and a label for every enum value', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
    const all = new Set(keys(da));
    for (const s of memoStatuses) expect(all).toContain(`memos.status.${s}`);
    for (const r of recipientKinds) expect(all).toContain(`memos.recipientKind.${r}`);
    for (const o of decisionOutcomes) expect(all).toContain(`memos.outcome.${o}`);
    for (const l of memoLinkKinds) expect(all).toContain(`memos.linkKind.${l}`);
  });
});
