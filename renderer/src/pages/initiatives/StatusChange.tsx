import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { initiativeStatuses, statusChangeInput, type Initiative, type StatusChangeInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { localToday } from './dates';
import { DateField } from '../../components/DateField';

const next: Record<string, StatusChangeInput['status']> = { idea: 'proposed', proposed: 'decided', decided: 'running', running: 'completed' };

export function StatusChange({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<StatusChangeInput>({
    initialValues: { id: initiative.id, status: next[initiative.status] ?? initiative.status, date: localToday(), note: '' },
    validate: zodValidate(statusChangeInput),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await call('initiatives.setStatus', v);
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: t('initiatives.statusChanged', { status: t(`initiativeStatus.${saved.status}`) }) });
      form.setFieldValue('note', '');
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('initiatives.changeStatus')}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('initiatives.status')}
          w={150}
          allowDeselect={false}
          data={initiativeStatuses.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))}
          {...form.getInputProps('status')}
        />
        <DateField w={160} label={t('initiatives.statusDate')} {...form.getInputProps('date')} />
        <TextInput style={{ flex: 1, minWidth: 160 }} label={t('initiatives.statusNote')} {...form.getInputProps('note')} />
        <Button type="submit" variant="light" loading={form.submitting}>
          {t('initiatives.changeStatus')}
        </Button>
      </Group>
    </form>
  );
}
