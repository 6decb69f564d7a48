import type { EntityManager } from 'typeorm';
import type { Economy, MemoDecisionEffect } from '../../preload/contract';

/**
 * THE SEAM between decision memos and the initiatives feature, which is built on another branch.
 * Until the branches are merged these functions do nothing visible; the memo services already call
 * them at the right moments, inside the same transaction, so wiring them is the only step left:
 *
 * - prefillEconomyFromInitiatives: read the budget lines of the given initiatives and return an economy
 *   table (one row per initiative or budget line, one column per year). Return null when there is nothing.
 * - applyApprovalToInitiatives: for each initiative linked to the memo, call
 *   setInitiativeStatus(m, id, 'decided', date, `Godkendt: <memo title>`) and return one effect per changed
 *   initiative (with its previous status) so the decision can show and undo it.
 * - revertApprovalOnInitiatives: put each initiative back to effect.from (undo of the decision).
 */
export async function prefillEconomyFromInitiatives(_m: EntityManager, _initiativeIds: number[]): Promise<Economy | null> {
  return null;
}

export async function applyApprovalToInitiatives(_m: EntityManager, _memoId: number, _date: string): Promise<MemoDecisionEffect[]> {
  return [];
}

export async function revertApprovalOnInitiatives(_m: EntityManager, _memoId: number, _effects: MemoDecisionEffect[], _date: string): Promise<void> {
  // Nothing was changed by applyApprovalToInitiatives yet, so there is nothing to put back.
}
