import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { ActionItemEditor } from './ActionItemEditor';

/** Open action items of earlier meetings of the body; ticking one here closes the original record. */
export function FollowUpList({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // Shown at once; the server's answer replaces it.
  const [pending, setPending] = useState<Record<number, boolean>>({});
  if (meeting.followUpFrom.kind === 'none' && meeting.followUp.length === 0) return <Text size="sm" c="dimmed">{t('followUp.from.none')}</Text>;
  if (meeting.followUp.length === 0) return <Text size="sm" c="dimmed">{t('meetings.item.followUpEmpty', { body: meeting.bodyName })}</Text>;
  const toggle = async (id: number, version: number, done: boolean) => {
    setPending((p) => ({ ...p, [id]: done }));
    try {
      await call('actionItems.setStatus', { id, version, status: done ? 'done' : 'open', doneDate: done ? meeting.date : null, atMeetingId: meeting.id });
      await qc.invalidateQueries();
    } catch (err) {
      notifyError(err);
    } finally {
      setPending(({ [id]: _, ...rest }) => rest);
    }
  };
  return (
    <Stack gap={6} aria-label={t('meetings.minutes.followUp')} role="list">
      {meeting.followUp.map((a) => (
        <Group key={a.id} wrap="nowrap" align="flex-start" role="listitem">
          <Checkbox mt={2} checked={pending[a.id] ?? a.status === 'done'} aria-label={t('meetings.minutes.markDone', { what: a.what })} onChange={(e) => toggle(a.id, a.version, e.currentTarget.checked)} />
          <div>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Text size="sm" td={a.status !== 'open' ? 'line-through' : undefined}>
                {a.what}
              </Text>
              <ActionItemEditor item={a} atMeetingId={meeting.id} />
            </Group>
            <Text size="xs" c={a.overdue ? 'red' : 'dimmed'}>
              {[a.ownerName, a.dueDate ? `${t('meetings.minutes.due')} ${longDate(a.dueDate)}` : null, `${a.meetingTitle}, ${longDate(a.meetingDate)}`].filter(Boolean).join(' · ')}
              {a.overdue ? ` · ${t('meetings.actions.overdue')}` : ''}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  );
}
