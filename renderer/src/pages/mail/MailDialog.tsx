import { Alert, Badge, Button, Checkbox, Group, Modal, Progress, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailKind, OutboxMessage } from '../../../../preload/contract';
import { mailFailureText } from '../../../../preload/texts/mailFailure';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { errorMessage, notifyError } from '../../components/notify';
import { parseAddresses } from './addressText';

export interface MailTargetProps {
  kind: MailKind;
  id: number;
}

const statusColor = { pending: 'gray', sent: 'teal', failed: 'red', draft: 'blue' } as const;

/**
 * One message out: preview (recipients, those without an e-mail, attachments), then a draft .eml or
 * sending over SMTP one recipient at a time, so progress and each result show as they happen.
 */
export function MailDialog({ kind, id, onClose }: MailTargetProps & { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  /** The screen's language (the mail's own language is chosen below). */
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const qc = useQueryClient();
  const [language, setLanguage] = useState<'da' | 'en'>(i18n.language === 'en' ? 'en' : 'da');
  const [extra, setExtra] = useState('');
  const [message, setMessage] = useState<OutboxMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [stopped, setStopped] = useState<string | null>(null);
  const parsed = parseAddresses(extra);
  const [excluded, setExcluded] = useState<number[]>([]);
  const base = { kind, id, language, recipients: parsed.recipients };
  const preview = useQuery({ queryKey: ['mail.preview', kind, id, language, parsed.recipients], queryFn: () => call('mail.preview', base) });
  const invitees = (preview.data?.recipients ?? []).filter((r) => r.inviteeId !== null);
  // Unticked invitees stay in the list (so they can be ticked again) but are left out of what is sent.
  const target = kind === 'memo' ? base : { ...base, inviteeIds: invitees.map((r) => r.inviteeId!).filter((i) => !excluded.includes(i)) };
  const chosenCount = (preview.data?.recipients.length ?? 0) - invitees.filter((r) => excluded.includes(r.inviteeId!)).length;
  const settings = useQuery({ queryKey: ['mail.settings'], queryFn: () => call('mail.settings', {}) });
  const canSend = !!settings.data?.smtpHost;
  const logKey = kind === 'memo' ? ['mail.log', 'memo', id] : ['mail.log', 'meeting', id];

  const draft = async () => {
    setBusy(true);
    try {
      deliverFile(await call('mail.draft', target));
      notifications.show({ color: 'teal', message: t('mail.ui.draftSaved') });
      await qc.invalidateQueries({ queryKey: logKey });
      await qc.invalidateQueries({ queryKey: ['meeting', id] });
      await qc.invalidateQueries({ queryKey: ['mail.calendarState'] });
      onClose();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const sendPending = async (msg: OutboxMessage) => {
    setStopped(null);
    let current = msg;
    for (const r of msg.recipients.filter((x) => x.status !== 'sent')) {
      current = await call('mail.send', { messageId: msg.id, recipientIds: [r.id] });
      setMessage(current);
      if (current.error) {
        setStopped(mailFailureText(current.error, lang));
        break;
      }
    }
    await qc.invalidateQueries({ queryKey: logKey });
    await qc.invalidateQueries({ queryKey: ['meeting', id] });
    await qc.invalidateQueries({ queryKey: ['mail.calendarState'] });
    if (current.recipients.every((r) => r.status === 'sent')) notifications.show({ color: 'teal', message: t('mail.ui.allSent', { count: current.recipients.length }) });
  };

  const send = async () => {
    setBusy(true);
    try {
      const msg = message ?? (await call('mail.prepare', target));
      setMessage(msg);
      await sendPending(msg);
    } catch (err) {
      setStopped(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const p = preview.data;
  const done = message?.recipients.filter((r) => r.status === 'sent').length ?? 0;
  const total = message?.recipients.length ?? 0;
  return (
    <Modal opened onClose={onClose} title={t(`mail.ui.kind.${kind}`)} size="lg">
      <Stack gap="sm">
        <Group>
          <Text size="sm" fw={600} id="mail-language">
            {t('mail.ui.language')}
          </Text>
          <SegmentedControl size="xs" aria-labelledby="mail-language" value={language} disabled={!!message} onChange={(v) => setLanguage(v as 'da' | 'en')} data={[{ value: 'da', label: 'Dansk' }, { value: 'en', label: 'English' }]} />
        </Group>
        {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
        {p && (
          <>
            <Text size="sm">
              <b>{t('mail.ui.subject')}:</b> {p.subject}
            </Text>
            <Text size="sm">
              <b>{t('mail.ui.from')}:</b> {p.from ?? t('mail.ui.noFrom')}
            </Text>
            <Text size="sm">
              <b>{t('mail.ui.attachments')}:</b> {p.attachments.join(', ')}
            </Text>
            <Textarea label={t('mail.ui.body')} value={p.body} readOnly autosize minRows={4} maxRows={10} />
          </>
        )}
        <Textarea
          label={t('mail.ui.extraRecipients')}
          value={extra}
          onChange={(e) => setExtra(e.currentTarget.value)}
          disabled={!!message}
          autosize
          minRows={1}
          error={parsed.bad.length ? t('mail.ui.badAddresses', { text: parsed.bad.join('; ') }) : undefined}
        />
        {p && p.withoutEmail.length > 0 && (
          <Alert color="yellow" role="status">
            {t('mail.ui.withoutEmail', { names: p.withoutEmail.join(', ') })}
          </Alert>
        )}
        {!message && p && (
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {t('mail.ui.recipients', { count: chosenCount })}:
            </Text>
            <Group gap="md">
              {p.recipients.map((r) =>
                r.inviteeId === null ? (
                  <Text key={r.email} size="sm">
                    {r.name ? `${r.name} <${r.email}>` : r.email}
                  </Text>
                ) : (
                  <Checkbox
                    key={r.email}
                    size="xs"
                    label={`${r.name} <${r.email}>`}
                    checked={!excluded.includes(r.inviteeId)}
                    onChange={(e) => {
                      const inviteeId = r.inviteeId!;
                      const on = e.currentTarget.checked;
                      setExcluded((x) => (on ? x.filter((i) => i !== inviteeId) : [...x, inviteeId]));
                    }}
                  />
                ),
              )}
            </Group>
          </Stack>
        )}
        {message && (
          <>
            <Progress value={total ? (done / total) * 100 : 0} aria-label={t('mail.ui.progress', { done, total })} />
            <Text size="sm">{t('mail.ui.progress', { done, total })}</Text>
            <Table aria-label={t('mail.ui.recipients', { count: total })}>
              <Table.Tbody>
                {message.recipients.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.email}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[r.status]} variant="light">
                        {t(`mail.ui.status.${r.status}`)}
                      </Badge>
                      {r.error && r.status === 'failed' && (
                        <Text size="xs" c="red">
                          {mailFailureText(r.error, lang)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {stopped && (
          <Alert color="red" role="alert">
            {stopped}
          </Alert>
        )}
        {!canSend && !message && (
          <Text size="xs" c="dimmed">
            {t('mail.ui.noSmtp')}
          </Text>
        )}
        <Group justify="flex-end">
          {!message && (
            <Button variant="light" loading={busy} disabled={!p || parsed.bad.length > 0} onClick={() => void draft()}>
              {t('mail.ui.draft')}
            </Button>
          )}
          {canSend && (!message || done < total) && (
            <Button loading={busy} disabled={!p || chosenCount === 0 || parsed.bad.length > 0} onClick={() => void send()}>
              {message ? t('mail.ui.retry') : t('mail.ui.sendNow')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('mail.ui.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
