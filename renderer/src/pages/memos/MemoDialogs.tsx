import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionInput, type DecisionInput, type Memo } from '../../../../preload/contract';
import { notifyError } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { outcomeOptions, recipientText } from './memoOptions';
import { today } from './memoForm';
import { RichTextField } from './RichTextField';
import { DateField } from '../../components/DateField';

export function SendDialog({ memo, onClose, onSend }: { memo: Memo; onClose: () => void; onSend: (sentOn: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [sentOn, setSentOn] = useState(today());
  const [busy, setBusy] = useState(false);
  const n = memo.sentVersion + 1;
  return (
    <Modal opened onClose={onClose} title={t('memos.sendTitle', { n })}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            await onSend(sentOn);
          } catch (err) {
            notifyError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Stack>
          <Text size="sm">{t('memos.sendText', { n })}</Text>
          <DateField label={t('memos.sentOn')} value={sentOn} onChange={setSentOn} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!sentOn}>
              {t('memos.sendTitle', { n })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DecisionDialog({ memo, onClose, onDecide }: { memo: Memo; onClose: () => void; onDecide: (d: DecisionInput) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<DecisionInput>({
    mode: 'controlled',
    initialValues: { date: memo.meetingDate ?? today(), body: recipientText(t, memo), outcome: 'approved', text: '' },
    validate: zodValidate(decisionInput),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onDecide(values);
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError, 'decision.');
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('memos.decide')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow>
            <DateField label={t('memos.decisionDate')} required data-autofocus {...form.getInputProps('date')} />
            <Select label={t('memos.decisionOutcome')} data={outcomeOptions(t)} allowDeselect={false} {...form.getInputProps('outcome')} />
          </Group>
          <TextInput label={t('memos.decisionBody')} required {...form.getInputProps('body')} />
          <RichTextField label={t('memos.decisionText')} value={form.values.text ?? ''} onChange={(v) => form.setFieldValue('text', v)} error={form.errors.text} minRows={3} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('memos.decide')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
