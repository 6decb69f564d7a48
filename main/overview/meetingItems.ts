import { Between, In, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, MeetingEntity } from '../../db/entities/meetings';
import type { OverviewItem } from '../../preload/contract';
import { plusDays } from '../involvement/dates';
import { actionViews } from '../meetings/actionViews';

export const meetingRoute = (id: number) => `meetings/list/${id}`;

const LACKS = {
  meetingReady: 'klar',
  meetingNoAgenda: 'mangler dagsordenspunkter',
  meetingNotInvited: 'invitationer ikke sendt',
  meetingNoAgendaNotInvited: 'mangler dagsordenspunkter og invitationer',
} as const;

/** Meetings in the next 30 days and what they still lack: own agenda items (beyond the standard ones) and sent invitations. */
export async function upcomingMeetings(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const rows = await m.getRepository(MeetingEntity).find({
    where: { deletedAt: IsNull(), date: Between(today, plusDays(today, 30)) },
    order: { date: 'ASC', startTime: 'ASC', id: 'ASC' },
  });
  const items = rows.length
    ? await m.getRepository(AgendaItemEntity).find({ where: { meetingId: In(rows.map((r) => r.id)), standard: IsNull(), isBreak: false }, select: { meetingId: true } })
    : [];
  const withAgenda = new Set(items.map((i) => i.meetingId));
  return rows.map((r) => {
    const noAgenda = !withAgenda.has(r.id);
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

/** Open action items that are overdue or due within 14 days, most overdue first; each opens its meeting. */
export async function actionItemsDue(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const rows = await m.getRepository(ActionItemEntity).find({
    where: { status: 'open', dueDate: LessThanOrEqual(plusDays(today, 14)) },
    order: { dueDate: 'ASC', id: 'ASC' },
  });
  const live = new Set((await m.getRepository(MeetingEntity).find({ where: { deletedAt: IsNull() }, select: { id: true } })).map((x) => x.id));
  const views = await actionViews(m, rows.filter((r) => live.has(r.meetingId)), today);
  return views.map((a) => {
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
}
