import type { EntityManager } from 'typeorm';
import { OVERVIEW_CAP, type OverviewItem } from '../../preload/contract';
import { plusDays } from '../app/days';
import { meetingsBetween, openActionItemsTop } from '../meetings/lookup';

export const meetingRoute = (id: number) => `meetings/list/${id}`;

const LACKS = {
  meetingReady: 'klar',
  meetingNoAgenda: 'mangler dagsordenspunkter',
  meetingNotInvited: 'invitationer ikke sendt',
  meetingNoAgendaNotInvited: 'mangler dagsordenspunkter og invitationer',
} as const;

/** Meetings in the next 30 days and what they still lack: own agenda items (beyond the standard ones) and sent invitations. */
export async function upcomingMeetings(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const rows = await meetingsBetween(m, today, plusDays(today, 30));
  return rows.map((r) => {
    const noAgenda = !r.hasOwnItems;
    const notInvited = r.status === 'planned';
    const key = noAgenda && notInvited ? 'meetingNoAgendaNotInvited' : noAgenda ? 'meetingNoAgenda' : notInvited ? 'meetingNotInvited' : 'meetingReady';
    const time = r.startTime.replace(':', '.');
    return {
      key: `meeting-${r.id}`,
      title: r.title,
      detail: `kl. ${time} · ${LACKS[key]}`,
      detailKey: `overviewSections.detail.${key}`,
      detailValues: { time },
      date: r.date,
      route: meetingRoute(r.id),
      tone: key === 'meetingReady' ? 'info' : 'warning',
    };
  });
}

/** Open action items that are overdue or due within 14 days, most overdue first; each opens its meeting. Only the first OVERVIEW_CAP are read, with the count. */
export async function actionItemsDue(m: EntityManager, today: string): Promise<{ items: OverviewItem[]; total: number }> {
  const { items: views, total } = await openActionItemsTop(m, { dueBy: plusDays(today, 14) }, today, OVERVIEW_CAP);
  const items = views.map((a): OverviewItem => {
    const key = a.overdue ? 'actionOverdue' : 'actionDueSoon';
    const owner = a.ownerName ?? '–';
    return {
      key: `action-${a.id}`,
      title: a.what,
      detail: `${a.overdue ? 'Overskredet' : 'Forfalder snart'} · ${owner} · ${a.meetingTitle}`,
      detailKey: `overviewSections.detail.${key}`,
      detailValues: { owner, meeting: a.meetingTitle },
      date: a.dueDate,
      route: meetingRoute(a.meetingId),
      tone: a.overdue ? 'danger' : 'warning',
    };
  });
  return { items, total };
}
