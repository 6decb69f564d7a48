import type { EntityManager } from 'typeorm';
import { MemoEntity, MemoLinkEntity } from '../../db/entities/memos';
import type { Economy, InitiativeStatus, MemoDecisionEffect } from '../../preload/contract';
import { budgetLinesOf, initiativeRefs } from '../initiatives/lookup';
import { setInitiativeStatus } from '../initiatives/seams';
import { claimVersion } from '../versions/versions';

/** Statuses an approval moves forward; a running or finished initiative is left where it is. */
const MOVED_BY_APPROVAL: InitiativeStatus[] = ['idea', 'proposed'];

/**
 * An economy table from the budget lines of the linked initiatives: one column per year, one row per
 * initiative (per initiative and funding source when it has several sources).
 */
export async function prefillEconomyFromInitiatives(m: EntityManager, initiativeIds: number[]): Promise<Economy | null> {
  const initiatives = [...(await initiativeRefs(m, initiativeIds)).values()];
  const lines = await budgetLinesOf(m, initiativeIds);
  if (lines.length === 0) return null;
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const rows: Economy['rows'] = [];
  for (const ini of initiatives.sort((a, b) => a.name.localeCompare(b.name, 'da'))) {
    const own = lines.filter((l) => l.initiativeId === ini.id);
    const sources = [...new Set(own.map((l) => l.fundingSource ?? ''))];
    for (const source of sources) {
      const part = own.filter((l) => (l.fundingSource ?? '') === source);
      const label = sources.length > 1 && source ? `${ini.name} – ${source}` : ini.name;
      rows.push({ label: label.slice(0, 200), amounts: years.map((y) => part.filter((l) => l.year === y).reduce<number | null>((s, l) => (s ?? 0) + l.amount, null)) });
    }
  }
  return { columns: years.map(String), rows, note: null };
}

async function linkedInitiatives(m: EntityManager, memoId: number) {
  const links = await m.getRepository(MemoLinkEntity).findBy({ memoId, targetKind: 'initiative' });
  return [...(await initiativeRefs(m, links.map((l) => l.targetId))).values()];
}

/** An approved memo moves its linked initiatives to "decided"; the effects are kept so the user sees and can undo them. */
export async function applyApprovalToInitiatives(m: EntityManager, memoId: number, date: string): Promise<MemoDecisionEffect[]> {
  const memo = await m.getRepository(MemoEntity).findOneByOrFail({ id: memoId });
  const effects: MemoDecisionEffect[] = [];
  for (const ini of await linkedInitiatives(m, memoId)) {
    if (!MOVED_BY_APPROVAL.includes(ini.status)) continue;
    // A change of the initiative like any other: an initiative form opened before it is told on saving.
    await claimVersion(m, 'initiative', ini.id, undefined);
    await setInitiativeStatus(m, ini.id, 'decided', date, memo.title.slice(0, 1000), 'approved');
    effects.push({ kind: 'initiative', targetId: ini.id, label: ini.name, from: ini.status, to: 'decided' });
  }
  return effects;
}

/** Undo of a decision: each initiative the approval moved goes back to where it was. */
export async function revertApprovalOnInitiatives(m: EntityManager, memoId: number, effects: MemoDecisionEffect[], date: string): Promise<void> {
  const memo = await m.getRepository(MemoEntity).findOneByOrFail({ id: memoId });
  // Never dated before the decision it undoes, or the history would still end in "decided".
  const when = memo.decisionDate && memo.decisionDate > date ? memo.decisionDate : date;
  for (const e of effects.filter((x) => x.kind === 'initiative')) {
    const ini = (await initiativeRefs(m, [e.targetId])).get(e.targetId);
    if (!ini || ini.status !== e.to) continue; // changed by hand since; leave the user's change alone
    await claimVersion(m, 'initiative', e.targetId, undefined);
    await setInitiativeStatus(m, e.targetId, e.from as InitiativeStatus, when, memo.title.slice(0, 1000), 'undone');
  }
}
