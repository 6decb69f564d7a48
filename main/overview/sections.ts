import { mapInTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { OVERVIEW_CAP, type InvolvementStatus, type OverviewItem, type OverviewSection } from '../../preload/contract';
import { longDate } from '../documents/format';
import { plusDays, todayIso } from '../app/days';
import { involvementStatus } from '../involvement/lookup';
import { goalsOffTrack } from './goalItems';
import { actionItemsDue, upcomingMeetings } from './meetingItems';
import { memosAwaitingDecision } from './memoItems';
import { milestoneKindLabel, milestonesOfYear } from '../planning/lookup';
import { createYielder } from '../app/longWork';

/** What several sections read, computed once per start screen. */
interface Shared {
  involvement(): Promise<InvolvementStatus>;
}

/** A section's first OVERVIEW_CAP items and how many it has in all, when the section can count them without reading them all. */
export interface TopItems {
  items: OverviewItem[];
  total: number;
  /** More than `total`, not counted. */
  more?: boolean;
}

/** A section of the start screen: null items means the feature behind it is not there yet. */
export interface OverviewSource {
  key: string;
  items: ((m: EntityManager, today: string, shared: Shared) => Promise<OverviewItem[] | TopItems>) | null;
}

const actorRoute = (kind: string, id: number) => `actors/${kind === 'organisation' ? 'organisations' : 'people'}/${id}`;

async function involvementOverdue(_m: EntityManager, _today: string, shared: Shared): Promise<TopItems> {
  const { overdue, overdueTotal } = await shared.involvement();
  const items = overdue.map((o): OverviewItem => ({
    key: `overdue-${o.actorKind}-${o.actorId}`,
    title: o.name,
    detail: `Hver ${o.intervalDays}. dag · ${o.lastDate ? `senest ${longDate(o.lastDate)}` : 'aldrig inddraget'}`,
    detailKey: o.lastDate ? 'overviewSections.detail.overdue' : 'overviewSections.detail.overdueNever',
    detailValues: { days: o.intervalDays!, ...(o.lastDate ? { lastDate: o.lastDate } : {}) },
    date: o.dueSince,
    route: actorRoute(o.actorKind, o.actorId),
    tone: 'danger',
  }));
  return { items, total: overdueTotal };
}

async function involvementNever(_m: EntityManager, _today: string, shared: Shared): Promise<TopItems> {
  const { never, neverTotal } = await shared.involvement();
  const items = never.map((o): OverviewItem => ({
    key: `never-${o.actorKind}-${o.actorId}`,
    title: o.name,
    detail: o.intervalDays ? `Skal inddrages hver ${o.intervalDays}. dag` : 'Inddrages ad hoc',
    detailKey: o.intervalDays ? 'overviewSections.detail.rule' : 'relation.adhoc',
    detailValues: o.intervalDays ? { days: o.intervalDays } : undefined,
    date: null,
    route: actorRoute(o.actorKind, o.actorId),
    tone: o.intervalDays ? 'warning' : 'neutral',
  }));
  return neverTotal === null ? { items, total: items.length, more: true } : { items, total: neverTotal };
}

/** Milestones (and later everything else on the wheel) in the next 90 days. */
async function nextMilestones(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const until = plusDays(today, 90);
  const years = [...new Set([today.slice(0, 4), until.slice(0, 4)])].map(Number);
  // The milestones themselves, not the whole wheels of two years (meetings, memos and initiatives too).
  const lists = await mapInTurn(years, (y) => milestonesOfYear(m, y));
  return lists
    .flat()
    .filter((ms) => ms.occursOn >= today && ms.occursOn <= until)
    .map((ms) => ({
      key: `milestone-${ms.id}${ms.occursOn}`,
      title: ms.title,
      detail: milestoneKindLabel[ms.kind],
      detailKey: `milestoneKind.${ms.kind}`,
      date: ms.occursOn,
      route: `planning/milestones/${ms.id}`,
      tone: ms.occursOn <= plusDays(today, 14) ? 'warning' : 'info',
    }));
}

/**
 * The start screen, top to bottom; a new section is one line here. A `null` function makes the screen
 * name the slot as coming.
 */
export const overviewSources: OverviewSource[] = [
  { key: 'upcomingMeetings', items: upcomingMeetings },
  { key: 'actionItems', items: actionItemsDue },
  { key: 'involvementOverdue', items: involvementOverdue },
  { key: 'nextMilestones', items: nextMilestones },
  { key: 'memosAwaitingDecision', items: memosAwaitingDecision },
  { key: 'goalsOffTrack', items: goalsOffTrack },
  { key: 'involvementNever', items: involvementNever },
];

export async function overviewSections(db: Database, today = todayIso()): Promise<OverviewSection[]> {
  const m = db.ds.manager;
  const out: OverviewSection[] = [];
  const pause = createYielder(15);
  let involvement: Promise<InvolvementStatus> | undefined;
  const shared: Shared = { involvement: () => (involvement ??= involvementStatus(m, today, OVERVIEW_CAP)) };
  for (const s of overviewSources) {
    await pause();
    const read = s.items ? await s.items(m, today, shared) : [];
    const { items, total, more } = Array.isArray(read) ? { items: read, total: read.length, more: false } : read;
    out.push({ key: s.key, available: s.items !== null, items: items.slice(0, OVERVIEW_CAP), total, ...(more ? { more } : {}) });
  }
  return out;
}
