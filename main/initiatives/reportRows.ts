import type { Database } from '../../db/database';
import type { InitiativeStatus, Ref } from '../../preload/contract';

/** An initiative as the status report shows it, with its status on the report's date. */
export interface ReportInitiativeRow {
  id: number;
  name: string;
  track: Ref;
  targetGroups: Ref[];
  /** Status on the report's as-of date, from the status history. */
  statusAtEnd: InitiativeStatus;
  statusAtEndDate: string;
  ownerOrganisation: Ref | null;
  partnerOrganisations: Ref[];
  contactPerson: Ref | null;
  startDate: string | null;
  endDate: string | null;
  /** The budget lines of the report's years only. */
  budgetLines: { year: number; amount: number; fundingSource: string | null }[];
  budgetInPeriod: number;
}

type Num = number | string;
const danish = new Intl.Collator('da');
const byInitiative = <T>(rows: (T & { initiativeId: Num })[]) => {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const id = Number(r.initiativeId);
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    list.push(r);
  }
  return map;
};

/**
 * The initiatives running in a period (dates overlapping it) that had a status by `asOf`, in the list's
 * order, with only what the report shows: plain SQL on the storage's fast path, a handful of statements
 * instead of hydrating every initiative with its full history (issue 17). Actors in the trash are not
 * shown as owner, partner or contact, as on the screens.
 */
export async function reportInitiativeRows(db: Database, fromDate: string, toDate: string, asOf: string, years: number[]): Promise<ReportInitiativeRow[]> {
  const all = <T>(sql: string, params: unknown[]) => db.storage.all<T>(db.ds, sql, params);
  const inPeriod = '(i.start_date IS NULL OR i.start_date <= ?) AND (i.end_date IS NULL OR i.end_date >= ?)';
  const period = [toDate, fromDate];
  const rows = await all<{ id: Num; name: string; trackId: Num; trackName: string; ownerId: Num | null; owner: string | null; contactId: Num | null; contact: string | null; startDate: string | null; endDate: string | null }>(
    `SELECT i.id AS id, i.name AS name, i.track_id AS "trackId", t.name AS "trackName",
       o.id AS "ownerId", o.name AS owner, p.id AS "contactId", p.name AS contact, i.start_date AS "startDate", i.end_date AS "endDate"
     FROM initiative i JOIN track t ON t.id = i.track_id
     LEFT JOIN organisation o ON o.id = i.owner_organisation_id AND o.deleted_at IS NULL
     LEFT JOIN person p ON p.id = i.contact_person_id AND p.deleted_at IS NULL
     WHERE ${inPeriod} ORDER BY i.sort_key, i.id`,
    period,
  );
  if (rows.length === 0) return [];
  // The related rows of the same initiatives, each read once: target groups in the list's order (by age), partners by name.
  const sub = `SELECT i.id FROM initiative i WHERE ${inPeriod}`;
  const statuses = byInitiative(await all<{ initiativeId: Num; status: InitiativeStatus; date: string }>(
    `SELECT s.initiative_id AS "initiativeId", s.status AS status, s.date AS date FROM initiative_status s
     WHERE s.date <= ? AND s.initiative_id IN (${sub}) ORDER BY s.initiative_id, s.date, s.id`,
    [asOf, ...period],
  ));
  const groups = byInitiative(await all<{ initiativeId: Num; id: Num; name: string }>(
    `SELECT l.initiative_id AS "initiativeId", g.id AS id, g.name AS name FROM initiative_target_group l JOIN target_group g ON g.id = l.target_group_id
     WHERE l.initiative_id IN (${sub})
     ORDER BY l.initiative_id, CASE WHEN g.age_from IS NULL THEN 1 ELSE 0 END, g.age_from, CASE WHEN g.age_to IS NULL THEN 1 ELSE 0 END, g.age_to, g.sort_key, g.id`,
    period,
  ));
  const partners = byInitiative(await all<{ initiativeId: Num; id: Num; name: string }>(
    `SELECT l.initiative_id AS "initiativeId", o.id AS id, o.name AS name FROM initiative_partner l JOIN organisation o ON o.id = l.organisation_id AND o.deleted_at IS NULL
     WHERE l.initiative_id IN (${sub}) ORDER BY l.initiative_id, o.id`,
    period,
  ));
  type BudgetRow = { initiativeId: Num; year: Num; amount: Num; fundingSource: string | null };
  const budgets = years.length
    ? byInitiative(await all<BudgetRow>(
        `SELECT b.initiative_id AS "initiativeId", b.year AS year, b.amount AS amount, b.funding_source AS "fundingSource" FROM budget_line b
         WHERE b.year IN (${years.map(() => '?').join(', ')}) AND b.initiative_id IN (${sub}) ORDER BY b.initiative_id, b.year, b.id`,
        [...years, ...period],
      ))
    : new Map<number, BudgetRow[]>();
  const refs = (list: { id: Num; name: string }[] | undefined) => (list ?? []).map((r) => ({ id: Number(r.id), name: r.name }));
  const out: ReportInitiativeRow[] = [];
  for (const r of rows) {
    const id = Number(r.id);
    const history = statuses.get(id);
    const at = history?.[history.length - 1];
    if (!at) continue;
    const lines = (budgets.get(id) ?? []).map((b) => ({ year: Number(b.year), amount: Number(b.amount), fundingSource: b.fundingSource }));
    out.push({
      id,
      name: r.name,
      track: { id: Number(r.trackId), name: r.trackName },
      targetGroups: refs(groups.get(id)),
      statusAtEnd: at.status,
      statusAtEndDate: at.date,
      ownerOrganisation: r.ownerId === null ? null : { id: Number(r.ownerId), name: r.owner ?? '' },
      partnerOrganisations: refs(partners.get(id)).sort((a, b) => danish.compare(a.name, b.name)),
      contactPerson: r.contactId === null ? null : { id: Number(r.contactId), name: r.contact ?? '' },
      startDate: r.startDate,
      endDate: r.endDate,
      budgetLines: lines,
      budgetInPeriod: lines.reduce((s, b) => s + b.amount, 0),
    });
  }
  return out;
}
