import { Anchor, Badge, Button, Group, Loader, Menu, NativeSelect, Paper, Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconCalendarPlus, IconChevronLeft, IconDownload, IconEdit, IconFileTypeDocx, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingStatuses, type MeetingStatus } from '../../../../preload/contract';
import { seriesRuleText } from '../../../../preload/texts/seriesRule';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { navigate } from '../../router';
import { AgendaTab } from './AgendaTab';
import { InviteesTab } from './InviteesTab';
import { MeetingForm } from './MeetingForm';
import { MinutesTab } from './MinutesTab';
import { MeetingMailPanel, MeetingSendMenu } from '../mail/MeetingMail';
import { OtherLanguage } from '../../components/OtherLanguage';
import { download, statusColor, timeRange, useMeeting, useMeetingCall } from './shared';
import { PageTitle } from '../../components/PageTitle';
import { LastChanged } from '../../components/StaleSave';

export function MeetingDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const run = useMeetingCall();
  const q = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<string | null>('agenda');
  if (q.isLoading) return <Loader m="md" />;
  const meeting = q.data;
  if (!meeting) return <EmptyState title={t('errors.NOT_FOUND')} action={<Anchor href="#/meetings">{t('meetings.back')}</Anchor>} />;
  const locked = meeting.minutesStatus === 'approved';

  const remove = () =>
    modals.openConfirmModal({
      title: t('meetings.delete'),
      children: <Text size="sm">{t('meetings.confirmDelete', { title: meeting.title })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('meetings.delete', { id, version: meeting.version });
          await qc.invalidateQueries({ queryKey: ['meetings.list'] });
          navigate('meetings');
          const nid = `meeting-deleted-${id}`;
          notifications.show({
            id: nid,
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('meetings.deleted')}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={async () => {
                    notifications.hide(nid);
                    await call('meetings.restore', { id }).catch(notifyError);
                    await qc.invalidateQueries();
                    navigate('meetings', 'list', id);
                  }}
                >
                  {t('common.undo')}
                </Button>
              </Group>
            ),
          });
        } catch (err) {
          notifyError(err);
        }
      },
    });

  return (
    <Stack>
      <Anchor href="#/meetings" size="sm">
        <Group gap={4}>
          <IconChevronLeft size={14} />
          {t('meetings.back')}
        </Group>
      </Anchor>
      <Paper withBorder p="md">
        {/* The title keeps a readable width; the document buttons move below it on narrow windows. */}
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div style={{ flex: '1 1 420px', minWidth: 0 }}>
            <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
              {[meeting.bodyName, t(`meetingType.${meeting.type}`)].filter(Boolean).join(' · ')}
            </Text>
            <PageTitle>{meeting.title}</PageTitle>
            <Text>
              {longDate(meeting.date)}, {timeRange(meeting.startTime, meeting.endTime)}
              {meeting.place ? ` · ${meeting.place}` : ''}
            </Text>
            {meeting.seriesRule && (
              <Text size="sm" c="dimmed">
                {meeting.seriesRule.codes ? seriesRuleText(meeting.seriesRule.codes, i18n.language === 'en' ? 'en' : 'da') : meeting.seriesRule.text}
              </Text>
            )}
            {meeting.onlineLink && (
              <Anchor size="sm" href={meeting.onlineLink} target="_blank" rel="noreferrer">
                {meeting.onlineLink}
              </Anchor>
            )}
            {meeting.purpose && (
              <Text size="sm" c="dimmed" mt={4} maw={700}>
                {meeting.purpose}
              </Text>
            )}
            <LastChanged info={meeting} />
          </div>
          <Stack gap="xs" align="flex-end" style={{ flex: '0 1 auto' }}>
            <Group gap="xs">
              <Badge color={statusColor[meeting.status]} variant="light">
                {t(`meetingStatus.${meeting.status}`)}
              </Badge>
              {!locked && (
                <NativeSelect
                  size="xs"
                  aria-label={t('meetings.fields.status')}
                  value={meeting.status}
                  data={meetingStatuses.filter((s) => s !== 'minutes_approved').map((s) => ({ value: s, label: t(`meetingStatus.${s}`) }))}
                  onChange={(e) => void run('meetings.setStatus', { id, version: meeting.version, status: e.currentTarget.value as MeetingStatus })}
                />
              )}
            </Group>
            <Group gap="xs" justify="flex-end">
              <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} onClick={() => download(t, () => call('meetings.agendaPdf', { id }))}>
                {t('meetings.documents.agendaPdf')}
              </Button>
              <OtherLanguage label={t('meetings.documents.agendaPdf')} onPick={(language) => download(t, () => call('meetings.agendaPdf', { id, language }))} />
              <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} onClick={() => download(t, () => call('meetings.minutesPdf', { id }))}>
                {t('meetings.documents.minutesPdf')}
              </Button>
              <OtherLanguage label={t('meetings.documents.minutesPdf')} onPick={(language) => download(t, () => call('meetings.minutesPdf', { id, language }))} />
              <Button size="xs" variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={() => download(t, () => call('meetings.agendaDocx', { id, language: i18n.language === 'en' ? 'en' : 'da' }))}>
                {t('wordExport.agendaDocx')}
              </Button>
              <Button size="xs" variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={() => download(t, () => call('meetings.minutesDocx', { id, language: i18n.language === 'en' ? 'en' : 'da' }))}>
                {t('wordExport.minutesDocx')}
              </Button>
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={16} />}>
                    .ics
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => download(t, () => call('meetings.ics', { id }))}>
                    {t('meetings.documents.ics')}
                  </Menu.Item>
                  {meeting.seriesId !== null && (
                    <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => download(t, () => call('meetings.seriesIcs', { id }))}>
                      {t('meetings.documents.seriesIcs')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
              <MeetingSendMenu meeting={meeting} />
            </Group>
            <Group gap="xs">
              <Button size="xs" variant="default" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={remove}>
                {t('meetings.delete')}
              </Button>
            </Group>
          </Stack>
        </Group>
      </Paper>
      <MeetingMailPanel meeting={meeting} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agenda">
            {t('meetings.detail.agenda')} ({meeting.items.length})
          </Tabs.Tab>
          <Tabs.Tab value="invitees">
            {t('meetings.detail.invitees')} ({meeting.invitees.length})
          </Tabs.Tab>
          <Tabs.Tab value="minutes">
            {t('meetings.detail.minutes')}
            {locked ? '' : ` (${t('meetings.minutes.draft').toLowerCase()})`}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaTab meeting={meeting} locked={locked} />
        </Tabs.Panel>
        <Tabs.Panel value="invitees" pt="md">
          <InviteesTab meeting={meeting} locked={locked} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes" pt="md">
          <MinutesTab meeting={meeting} />
        </Tabs.Panel>
      </Tabs>
      {editing && <MeetingForm existing={meeting} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
