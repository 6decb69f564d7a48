import { Alert, Button, FileButton, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { IconClipboardCopy, IconMail, IconMailDown } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailKind, Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { fileToBase64 } from '../../components/files';
import { notifyError } from '../../components/notify';
import { MailDialog } from './MailDialog';
import { MailLog } from './MailLog';

const MEETING_KINDS: MailKind[] = ['invitation', 'agenda', 'minutes', 'cancellation'];

/** "Send" on the meeting page: invitation, agenda, minutes or cancellation. */
export function MeetingSendMenu({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MailKind | null>(null);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="light" leftSection={<IconMail size={16} />}>
            {t('mail.ui.send')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {MEETING_KINDS.map((k) => (
            <Menu.Item key={k} onClick={() => setKind(k)}>
              {t(`mail.ui.kind.${k}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {kind && <MailDialog kind={kind} id={meeting.id} onClose={() => setKind(null)} />}
    </>
  );
}

export async function copyAddresses(query: { meetingId?: number; bodyId?: number }) {
  const t = i18n.t.bind(i18n);
  try {
    const list = await call('mail.addresses', query);
    await navigator.clipboard.writeText(list.text);
    notifications.show({
      color: 'teal',
      message: [t('mail.ui.copied', { count: list.count }), list.withoutEmail.length ? t('mail.ui.copiedMissing', { names: list.withoutEmail.join(', ') }) : ''].filter(Boolean).join(' '),
    });
  } catch (err) {
    notifyError(err);
  }
}

/** Replies (drop or pick an .ics/.eml), "Kopiér e-mailadresser" and the sent log for one meeting. */
export function MeetingMailPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [over, setOver] = useState(false);
  const [updating, setUpdating] = useState(false);
  const state = useQuery({
    queryKey: ['mail.calendarState', meeting.id, meeting.date, meeting.startTime, meeting.endTime, meeting.place, meeting.onlineLink],
    queryFn: () => call('mail.calendarState', { id: meeting.id }),
  });
  const importFile = async (file: File | null) => {
    if (!file) return;
    try {
      const r = await call('mail.importReply', { fileName: file.name, base64: await fileToBase64(file), meetingId: meeting.id });
      await qc.invalidateQueries({ queryKey: ['meeting', meeting.id] });
      notifications.show({ color: 'teal', message: t('mail.ui.replyImported', { name: r.name, reply: t(`reply.${r.reply}`) }) });
    } catch (err) {
      notifyError(err);
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    for (const f of Array.from(e.dataTransfer.files)) void importFile(f);
  };
  return (
    <Paper
      withBorder
      p="sm"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={over ? { outline: '2px dashed var(--mantine-color-blue-6)' } : undefined}
      role="region"
      aria-label={t('mail.ui.dropReply')}
    >
      <Stack gap="xs">
        {state.data?.changedSinceSent && (
          <Alert color="yellow" role="status">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('mail.ui.updateDue')}</Text>
              <Button size="xs" onClick={() => setUpdating(true)}>
                {t('mail.ui.sendUpdate')}
              </Button>
            </Group>
          </Alert>
        )}
        {updating && <MailDialog kind="invitation" id={meeting.id} onClose={() => setUpdating(false)} />}
        <Group gap="xs">
          <FileButton onChange={(f) => void importFile(f)} accept=".ics,.eml,text/calendar,message/rfc822">
            {(props) => (
              <Button size="xs" variant="light" leftSection={<IconMailDown size={16} />} {...props}>
                {t('mail.ui.importReply')}
              </Button>
            )}
          </FileButton>
          <Button size="xs" variant="light" leftSection={<IconClipboardCopy size={16} />} onClick={() => void copyAddresses({ meetingId: meeting.id })}>
            {t('mail.ui.copyAddresses')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('mail.ui.dropReply')}
          </Text>
        </Group>
        <MailLog meetingId={meeting.id} />
      </Stack>
    </Paper>
  );
}

/** "Send beslutningsoplæg" with the memo's sent log. */
export function MemoSendButton({ memoId }: { memoId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconMail size={16} />} onClick={() => setOpen(true)}>
        {t('mail.ui.kind.memo')}
      </Button>
      {open && <MailDialog kind="memo" id={memoId} onClose={() => setOpen(false)} />}
    </>
  );
}
