import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { measurementInput, type GoalSummary, type MeasurementInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { separators } from '../../components/numberFormat';
import { localToday } from '../initiatives/dates';
import { DateField } from '../../components/DateField';

export function MeasurementForm({ goal }: { goal: GoalSummary }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<MeasurementInput>({
    initialValues: { goalId: goal.id, date: localToday(), value: '' as unknown as number, source: '', note: '' },
    validate: zodValidate(measurementInput),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await call('measurements.add', v);
      await qc.invalidateQueries();
      notifySaved();
      form.setValues({ value: '' as unknown as number, note: '' });
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  const suffix = goal.unit === 'percent' ? ' %' : goal.unit === 'dkk' ? ' kr.' : undefined;
  return (
    <form onSubmit={submit} noValidate aria-label={`${t('goals.addMeasurement')}: ${goal.name}`}>
      <Group align="flex-end" gap="xs">
        <DateField w={150} label={t('goals.measurementDate')} {...form.getInputProps('date')} />
        <NumberInput w={130} label={t('goals.measurementValue')} {...separators()} suffix={suffix} hideControls {...form.getInputProps('value')} />
        <TextInput style={{ flex: 1, minWidth: 120 }} label={t('goals.source')} {...form.getInputProps('source')} />
        <Button type="submit" variant="light" leftSection={<IconPlus size={14} />} loading={form.submitting}>
          {t('goals.addMeasurement')}
        </Button>
      </Group>
    </form>
  );
}
