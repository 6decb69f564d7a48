import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import i18n from 'i18next';
import { actionStatuses, attendances, itemKinds, meetingStatuses, meetingTypes, replies, type ChannelInput, type ChannelName, type ChannelOutput, type FileResult, type Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { longDate } from '../../format';
import { staleOf } from '../../components/StaleSave';
import { notifyError } from '../../components/notify';
import type { PickSearch } from '../../components/SearchSelect';
import { personLabel } from '../../components/actorSearch';

export const typeOptions = (t: TFunction) => meetingTypes.map((v) => ({ value: v, label: t(`meetingType.${v}`) }));
export const statusOptions = (t: TFunction) => meetingStatuses.map((v) => ({ value: v, label: t(`meetingStatus.${v}`) }));
export const kindOptions = (t: TFunction) => itemKinds.map((v) => ({ value: v, label: t(`itemKind.${v}`) }));
export const replyOptions = (t: TFunction) => replies.map((v) => ({ value: v, label: t(`reply.${v}`) }));
export const attendanceOptions = (t: TFunction) => [{ value: '', label: '–' }, ...attendances.map((v) => ({ value: v, label: t(`attendance.${v}`) }))];
export const actionStatusOptions = (t: TFunction) => actionStatuses.map((v) => ({ value: v, label: t(`actionStatus.${v}`) }));

export const statusColor = { planned: 'gray', invited: 'blue', held: 'orange', minutes_approved: 'teal' } as const;

/** "13.00" in Danish, "13:00" in English. */
export const clock = (hhmm: string) => (i18n.language === 'en' ? hhmm : hhmm.replace(':', '.'));
export const timeRange = (a: string, b: string) => `${clock(a)}–${clock(b)}`;

export const meetingKey = (id: number) => ['meeting', id];

export function useMeeting(id: number) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => call('meetings.get', { id }) });
}

type MeetingChannel = { [C in ChannelName]: ChannelOutput<C> extends Meeting ? C : never }[ChannelName];

/** Calls a channel that answers with the whole meeting and puts the answer in the cache. */
export function useMeetingCall() {
  const qc = useQueryClient();
  /** `refused`: a form that shows a stale save itself (issue 16) takes the error; otherwise it is notified and the meeting read again. */
  return async <C extends MeetingChannel>(name: C, input: ChannelInput<C>, refused?: (err: unknown) => boolean): Promise<Meeting | null> => {
    try {
      const m = (await call(name, input)) as Meeting;
      qc.setQueryData(meetingKey(m.id), m);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'meeting' || q.queryKey[1] !== m.id });
      return m;
    } catch (err) {
      if (staleOf(err)) void qc.invalidateQueries({ queryKey: ['meeting'] });
      if (refused?.(err)) return null;
      notifyError(err);
      return null;
    }
  };
}

/** Owners searched on the server, people first: a region has tens of thousands, too many to load for a filter. */
export const searchOwners: PickSearch = async (search, limit) => {
  const [people, orgs] = await Promise.all([
    call('people.list', { search, offset: 0, limit: Math.ceil(limit / 2) }),
    call('organisations.list', { search, offset: 0, limit: Math.floor(limit / 2) }),
  ]);
  return {
    options: [
      ...people.items.map((p) => ({ value: `p:${p.id}`, label: personLabel(p) })),
      ...orgs.items.map((o) => ({ value: `o:${o.id}`, label: o.name })),
    ],
    total: people.total + orgs.total,
  };
};

/** A meeting as pickers show it: its title and date. */
export const meetingLabel = (m: { title: string | null; date: string | null }) => `${m.title ?? ''} – ${m.date ? longDate(m.date) : ''}`;

/** Meetings searched on the server, newest first: a region has thousands, and the one wanted is usually recent. */
export const meetingSearch =
  (when: 'all' | 'past'): PickSearch =>
  async (search, limit) => {
    const page = await call('meetings.list', { when, newestFirst: true, search, offset: 0, limit });
    return { options: page.items.map((m) => ({ value: String(m.id), label: meetingLabel(m) })), total: page.total };
  };

export function useBodies() {
  return useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
}

export async function download(t: TFunction, fetch: () => Promise<FileResult>) {
  try {
    const file = await fetch();
    if (deliverFile(file).downloaded) notifications.show({ color: 'teal', message: t('meetings.documents.downloaded', { name: file.fileName }) });
  } catch (err) {
    notifyError(err);
  }
}
