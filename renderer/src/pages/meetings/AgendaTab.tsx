import { ActionIcon, Alert, Anchor, Badge, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconClock, IconEdit, IconGripVertical, IconPaperclip, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, minutesOfDay, type AgendaItem, type Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { fileToBase64 } from '../../components/files';
import { FollowUpList } from './FollowUpList';
import { ItemForm } from './ItemForm';
import { clock, download, timeRange, useMeetingCall } from './shared';

const kindColor = { orientation: 'gray', discussion: 'violet', decision: 'orange' } as const;

export function AgendaTab({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  const [editing, setEditing] = useState<AgendaItem | { new: 'item' | 'break' } | null>(null);
  const [dragId, setDragId] = useState<number | null>(null);
  const ids = meeting.items.map((i) => i.id);
  const total = minutesOfDay(meeting.endTime) - minutesOfDay(meeting.startTime);
  const used = meeting.items.reduce((s, i) => s + i.durationMinutes, 0);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    const version = new Map(meeting.items.map((i) => [i.id, i.version]));
    void run('agenda.reorder', { meetingId: meeting.id, itemIds: next, versions: next.map((id) => version.get(id)!) });
  };
  const onKey = (e: KeyboardEvent, index: number) => {
    if (!e.altKey || locked) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, index + (e.key === 'ArrowUp' ? -1 : 1));
    }
  };
  const remove = (item: AgendaItem) =>
    modals.openConfirmModal({
      title: t('meetings.item.remove', { title: item.title }),
      children: <Text size="sm">{t('meetings.item.confirmRemove', { title: item.title })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run('agenda.remove', { id: item.id, version: item.version }),
    });
  const attach = async (item: AgendaItem, file: File | null) => {
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      notifications.show({ color: 'red', message: t('meetings.item.attachmentTooLarge') });
      return;
    }
    await run('agenda.attach', { itemId: item.id, fileName: file.name, base64: await fileToBase64(file) });
  };

  return (
    <Stack gap="sm">
      {meeting.overrunMinutes > 0 ? (
        <Alert color="red" icon={<IconClock size={18} />} role="alert">
          {t('meetings.overrun', { minutes: meeting.overrunMinutes })}{' '}
          {t('overrun.screen', { plannedEnd: clock(meeting.endTime), itemsEnd: clock(meeting.items.at(-1)?.endTime ?? meeting.endTime) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('meetings.fits', { used, total })} · {t('meetings.item.dragHint')}
        </Text>
      )}
      <Stack gap={6} role="list" aria-label={t('meetings.detail.agenda')}>
        {meeting.items.map((item, index) => (
          <Paper
            key={item.id}
            withBorder
            p="xs"
            role="listitem"
            aria-label={item.number ? `${item.number}. ${item.title}` : item.title}
            tabIndex={0}
            onKeyDown={(e) => onKey(e, index)}
            draggable={!locked}
            onDragStart={() => setDragId(item.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragId !== null) move(ids.indexOf(dragId), index);
              setDragId(null);
            }}
            bg={item.isBreak ? 'gray.1' : dragId === item.id ? 'blue.0' : undefined}
          >
            <Group wrap="nowrap" align="flex-start" gap="xs">
              {!locked && <IconGripVertical size={18} style={{ cursor: 'grab', marginTop: 3, flexShrink: 0 }} color="var(--mantine-color-gray-5)" aria-hidden />}
              <Text fw={700} w={28} c={item.isBreak ? 'dimmed' : undefined}>
                {item.number ? `${item.number}.` : ''}
              </Text>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={item.isBreak ? 400 : 600} fs={item.isBreak ? 'italic' : undefined}>
                    {item.title}
                  </Text>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="item-time">
                    {timeRange(item.startTime, item.endTime)}
                  </Text>
                </Group>
                {!item.isBreak && (
                  <Group gap={6} mt={2}>
                    <Badge size="xs" variant="light" color={kindColor[item.kind]}>
                      {t(`itemKind.${item.kind}`)}
                    </Badge>
                    {item.presenterName && <Text size="xs" c="dimmed">{t('meetings.presentedBy', { name: item.presenterName })}</Text>}
                    <Text size="xs" c="dimmed">
                      {item.durationMinutes} min.
                    </Text>
                  </Group>
                )}
                {item.isBreak && (
                  <Text size="xs" c="dimmed">
                    {item.durationMinutes} min.
                  </Text>
                )}
                {item.description && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {item.description}
                  </Text>
                )}
                {item.standard === 'followup' && (
                  <Paper bg="gray.0" p="xs" mt={6}>
                    <FollowUpList meeting={meeting} />
                  </Paper>
                )}
                {item.attachments.length > 0 && (
                  <Group gap="xs" mt={4}>
                    {item.attachments.map((a) => (
                      <Group key={a.id} gap={2}>
                        <IconPaperclip size={14} />
                        <Anchor size="xs" component="button" type="button" onClick={() => download(t, () => call('agenda.attachment', { id: a.id }))}>
                          {a.fileName}
                        </Anchor>
                        {!locked && (
                          <ActionIcon size="xs" variant="subtle" color="red" aria-label={`${t('common.delete')} ${a.fileName}`} onClick={() => void run('agenda.detach', { id: a.id })}>
                            <IconX size={12} />
                          </ActionIcon>
                        )}
                      </Group>
                    ))}
                  </Group>
                )}
              </div>
              {!locked && (
                <Group gap={0} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('meetings.item.moveUp', { title: item.title })} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={t('meetings.item.moveDown', { title: item.title })} disabled={index === ids.length - 1} onClick={() => move(index, index + 1)}>
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  {!item.isBreak && (
                    <FileButton onChange={(f) => void attach(item, f)}>
                      {(props) => (
                        <ActionIcon variant="subtle" aria-label={`${t('meetings.item.attach')}: ${item.title}`} {...props}>
                          <IconPaperclip size={16} />
                        </ActionIcon>
                      )}
                    </FileButton>
                  )}
                  <ActionIcon variant="subtle" aria-label={t('meetings.item.edit', { title: item.title })} onClick={() => setEditing(item)}>
                    <IconEdit size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('meetings.item.remove', { title: item.title })} onClick={() => remove(item)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {!locked && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ new: 'item' })}>
            {t('meetings.item.add')}
          </Button>
          <Button variant="default" leftSection={<IconClock size={16} />} onClick={() => setEditing({ new: 'break' })}>
            {t('meetings.item.addBreak')}
          </Button>
        </Group>
      )}
      {editing && (
        <ItemForm meetingId={meeting.id} existing={'new' in editing ? undefined : editing} isBreak={'new' in editing ? editing.new === 'break' : editing.isBreak} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
