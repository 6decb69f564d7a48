import { describe, expect, it } from 'vitest';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { mentorCorpsMemo } from './memos.test';

describe('decision memos and initiatives together', () => {
  it('prefills the economy from budget lines, and an approval moves the linked initiative to "decided" (undoable)', async () => {
    const ctx = ctxOf(await memoryDb());
    const track = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet' });
    const base = { trackId: track.id, targetGroupIds: [], partnerOrganisationIds: [] };
    const corps = await call(ctx, 'initiatives.create', {
      status: 'proposed',
      statusDate: '2013-11-01',
      data: {
        ...base,
        name: 'Erhvervsmentorkorps',
        budgetLines: [
          { year: 2014, amount: 400000, fundingSource: null },
          { year: 2015, amount: 480000, fundingSource: null },
        ],
      },
    });
    const running = await call(ctx, 'initiatives.create', { status: 'running', statusDate: '2013-01-01', data: { ...base, name: 'Garantiskole', budgetLines: [{ year: 2014, amount: 50000, fundingSource: 'Puljemidler' }, { year: 2014, amount: 25000, fundingSource: 'Kommunal ramme' }] } });

    const memo = await call(ctx, 'memos.create', mentorCorpsMemo);
    await call(ctx, 'memos.linkAdd', { memoId: memo.id, targetKind: 'initiative', targetId: corps.id, label: corps.name });
    await call(ctx, 'memos.linkAdd', { memoId: memo.id, targetKind: 'initiative', targetId: running.id, label: running.name });

    const { economy } = await call(ctx, 'memos.prefillEconomy', { id: memo.id });
    expect(economy).toEqual({
      columns: ['2014', '2015'],
      rows: [
        { label: 'Erhvervsmentorkorps', amounts: [400000, 480000] },
        { label: 'Garantiskole – Puljemidler', amounts: [50000, null] },
        { label: 'Garantiskole – Kommunal ramme', amounts: [25000, null] },
      ],
      note: null,
    });

    await call(ctx, 'memos.send', { id: memo.id, sentOn: '2014-01-07' });
    const decided = await call(ctx, 'memos.decide', { id: memo.id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved', text: 'Godkendt.' } });
    expect(decided.decision?.effects).toEqual([{ kind: 'initiative', targetId: corps.id, label: 'Erhvervsmentorkorps', from: 'proposed', to: 'decided' }]);
    const after = await call(ctx, 'initiatives.get', { id: corps.id });
    expect(after.status).toBe('decided');
    expect(after.statusDate).toBe('2014-01-21');
    expect((await call(ctx, 'initiatives.get', { id: running.id })).status).toBe('running');

    await call(ctx, 'memos.undoDecision', { id: memo.id });
    expect((await call(ctx, 'initiatives.get', { id: corps.id })).status).toBe('proposed');
  });
});
