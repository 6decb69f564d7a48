import { List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** What was sent or drafted, when and to whom, newest first. */
export function MailLog({ meetingId, memoId }: { meetingId?: number; memoId?: number }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: meetingId ? ['mail.log', 'meeting', meetingId] : ['mail.log', 'memo', memoId],
    queryFn: () => call('mail.log', meetingId ? { meetingId } : { memoId }),
  });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap={4} aria-label={t('mail.ui.log')} role="region">
      <Text fw={600} size="sm">
        {t('mail.ui.log')}
      </Text>
      {(q.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mail.ui.logEmpty')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {q.data!.map((m) => (
            <List.Item key={m.id}>
              <Text size="sm">{t('mail.ui.logLine', { what: m.subject, when: when(m.createdAt), mode: t(`mail.ui.mode.${m.mode}`) })}</Text>
              <Text size="xs" c="dimmed">
                {m.recipients.map((r) => `${r.name || r.email} (${t(`mail.ui.status.${r.status}`)})`).join(', ')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
