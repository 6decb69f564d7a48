import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { InvolvementStatus, OverviewItem, OverviewSection } from '../../preload/contract';
import { longDate } from '../documents/format';
import { plusDays, todayIso } from '../involvement/dates';
import { involvementStatus } from '../involvement/involvementStatus';
import { goalsOffTrack } from './goalItems';
import { actionItemsDue, upcomingMeetings } from './meetingItems';
import { memosAwaitingDecision } from './memoItems';
import { milestoneKindLabel } from '../planning/labels';
import { wheelOfYear } from '../planning/wheelSources';
import { createYielder } from '../app/longWork';

/** What several sections read, computed once per start screen. */
interface Shared {
  involvement(): Promise<InvolvementStatus>;
}

/** A section of the start screen: null items means the feature behind it is not there yet. */
export interface OverviewSource {
  key: string;
  items: ((m: EntityManager, today: string, shared: Shared) => Promise<OverviewItem[]>) | null;
}

const actorRoute = (kind: string, id: number) => `actors/${kind === 'organisation' ? 'organisations' : 'people'}/${id}`;

async function involvementOverdue(_m: EntityManager, _today: string, shared: Shared): Promise<OverviewItem[]> {
  const { overdue } = await shared.involvement();
  return overdue.map((o) => ({
    key: `overdue-${o.actorKind}-${o.actorId}`,
    title: o.name,
    detail: `Hver ${o.intervalDays}. dag · ${o.lastDate ? `senest ${longDate(o.lastDate)}` : 'aldrig inddraget'}`,
    detailKey: o.lastDate ? 'overviewSections.detail.overdue' : 'overviewSections.detail.overdueNever',
    detailValues: { days: o.intervalDays!, ...(o.lastDate ? { lastDate: o.lastDate } : {}) },
    date: o.dueSince,
    route: actorRoute(o.actorKind, o.actorId),
    tone: 'danger',
  }));
}

async function involvementNever(_m: EntityManager, _today: string, shared: Shared): Promise<OverviewItem[]> {
  const { never } = await shared.involvement();
  return never.map((o) => ({
    key: `never-${o.actorKind}-${o.actorId}`,
    title: o.name,
    detail: o.intervalDays ? `Skal inddrages hver ${o.intervalDays}. dag` : 'Inddrages ad hoc',
    detailKey: o.intervalDays ? 'overviewSections.detail.rule' : 'relation.adhoc',
    detailValues: o.intervalDays ? { days: o.intervalDays } : undefined,
    date: null,
    route: actorRoute(o.actorKind, o.actorId),
    tone: o.intervalDays ? 'warning' : 'neutral',
  }));
}

/** Milestones (and later everything else on the wheel) in the next 90 days. */
async function nextMilestones(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const until = plusDays(today, 90);
  const years = [...new Set([today.slice(0, 4), until.slice(0, 4)])].map(Number);
  const wheels = await Promise.all(years.map((y) => wheelOfYear(m, y)));
  return wheels
    .flatMap((w) => w.entries)
    .filter((e) => e.ring === 'milestones' && e.date >= today && e.date <= until)
    .map((e) => ({
      key: e.key + e.date,
      title: e.title,
      detail: milestoneKindLabel[e.category as keyof typeof milestoneKindLabel] ?? e.detail,
      detailKey: `milestoneKind.${e.category}`,
      date: e.date,
      route: e.route,
      tone: e.date <= plusDays(today, 14) ? 'warning' : 'info',
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
  const shared: Shared = { involvement: () => (involvement ??= involvementStatus(m, today)) };
  for (const s of overviewSources) {
    await pause();
    out.push({ key: s.key, available: s.items !== null, items: s.items ? await s.items(m, today, shared) : [] });
  }
  return out;
}
