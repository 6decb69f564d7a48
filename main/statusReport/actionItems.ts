import type { EntityManager } from 'typeorm';

export interface ActionItemRow {
  what: string;
  who: string | null;
  due: string | null;
  meeting: string;
  meetingDate: string;
}

/**
 * Extension point for the meetings feature: the open action items (aftaler) to list on the status
 * report's "Aftaler" sheet. Returns null while no meetings feature exists, and the sheet is left out;
 * the meetings feature replaces the body with a query of its own open items up to `asOf`.
 */
export async function openActionItems(_m: EntityManager, _asOf: string): Promise<ActionItemRow[] | null> {
  return null;
}
