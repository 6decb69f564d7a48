import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';
import { MinutesItem } from './MinutesItem';
import { useMeetingCall } from './shared';

export function MinutesTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  const locked = meeting.minutesStatus === 'approved';
  const later = useQuery({
    queryKey: ['meetings.list', 'body', meeting.bodyId, meeting.date],
    queryFn: () => call('meetings.list', { bodyId: meeting.bodyId, fromDate: meeting.date, limit: 100 }),
    enabled: !locked,
  });
  const candidates = (later.data?.items ?? []).filter((m) => m.id !== meeting.id && m.date >= meeting.date);
  const [approvedAt, setApprovedAt] = useState('');
  const reopen = () =>
    modals.openConfirmModal({
      title: t('meetings.minutes.reopen'),
      children: <Text size="sm">{t('meetings.minutes.confirmReopen')}</Text>,
      labels: { confirm: t('meetings.minutes.reopen'), cancel: t('common.cancel') },
      onConfirm: () => void run('minutes.reopen', { id: meeting.id, version: meeting.version }),
    });
  const at = meeting.minutesApprovedAt;

  return (
    <Stack>
      {locked ? (
        <Alert color="teal" icon={<IconLock size={18} />}>
          <Group justify="space-between">
            <Text size="sm">{at?.title && at.date ? t('meetings.minutes.lockedAt', { title: at.title, date: longDate(at.date) }) : t('meetings.minutes.locked')}</Text>
            <Button size="xs" variant="default" leftSection={<IconLockOpen size={14} />} onClick={reopen}>
              {t('meetings.minutes.reopen')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Group align="flex-end">
          <NativeSelect
            label={t('meetings.minutes.approvedAt')}
            data={[{ value: '', label: t('meetings.minutes.approvedAtNone') }, ...candidates.map((m) => ({ value: String(m.id), label: `${m.title} – ${longDate(m.date)}` }))]}
            value={approvedAt}
            onChange={(e) => setApprovedAt(e.currentTarget.value)}
          />
          <Button leftSection={<IconLock size={16} />} onClick={() => void run('minutes.approve', { id: meeting.id, version: meeting.version, approvedAtMeetingId: approvedAt ? Number(approvedAt) : null })}>
            {t('meetings.minutes.approve')}
          </Button>
        </Group>
      )}
      {meeting.items
        .filter((i) => !i.isBreak)
        .map((item) => (
          <MinutesItem key={`${item.id}-${locked}`} meeting={meeting} item={item} locked={locked} />
        ))}
    </Stack>
  );
}
