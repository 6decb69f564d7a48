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
import { useStaleForm } from '../../components/StaleSave';
import { useEffect } from 'react';

const next: Record<string, StatusChangeInput['status']> = { idea: 'proposed', proposed: 'decided', decided: 'running', running: 'completed' };

export function StatusChange({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const valuesOf = (i: Initiative): StatusChangeInput => ({ id: i.id, status: next[i.status] ?? i.status, date: localToday(), note: '' });
  const form = useForm<StatusChangeInput>({ initialValues: valuesOf(initiative), validate: zodValidate(statusChangeInput) });
  // A status change is a change of the initiative: it is based on the version on screen (issue 16).
  const stale = useStaleForm({
    version: initiative.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('initiatives.get', { id: initiative.id }).catch(() => null);
      await qc.invalidateQueries({ queryKey: ['initiatives.get', initiative.id] });
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { note: t('initiatives.statusNote'), date: t('initiatives.statusDate') },
  });
  // Nothing typed yet: the form follows the initiative as it is shown (a colleague's change arrives live).
  const untouched = !form.isDirty();
  useEffect(() => {
    if (untouched && !stale.stale) {
      stale.rebase(initiative.version, valuesOf(initiative));
      form.setValues(valuesOf(initiative));
      form.resetDirty(valuesOf(initiative));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the version on screen only
  }, [initiative.version]);
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await call('initiatives.setStatus', { ...v, version: stale.version });
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: t('initiatives.statusChanged', { status: t(`initiativeStatus.${saved.status}`) }) });
      stale.rebase(saved.version);
      form.setFieldValue('note', '');
    } catch (err) {
      if (stale.refused(err)) return;
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
      {stale.alert}
    </form>
  );
}
