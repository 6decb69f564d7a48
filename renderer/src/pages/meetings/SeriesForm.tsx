import { Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { seriesInput, type SeriesInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';
import { notifyError } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { typeOptions, useBodies } from './shared';
import { DateField, TimeField } from '../../components/DateField';

/** "Steering group every other month, 2 hours, first Tuesday" → dated meetings. */
export function SeriesForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bodies = useBodies();
  const form = useForm<SeriesInput>({
    initialValues: {
      title: t('meetingType.steering_group'), type: 'steering_group', bodyId: null, fromDate: new Date().toISOString().slice(0, 10), everyMonths: 2, weekday: 1, ordinal: 1, count: 6,
      startTime: '09:00', durationMinutes: 120, place: '', standardItems: true,
    },
    validate: zodValidate(seriesInput),
  });
  const valid = seriesInput.safeParse(form.values);
  const preview = useQuery({
    queryKey: ['meetings.previewSeries', valid.success ? valid.data : null],
    queryFn: () => call('meetings.previewSeries', form.values),
    enabled: valid.success,
  });
  const weekdays = t('meetings.series.weekdays', { returnObjects: true }) as string[];
  const ordinals = t('meetings.series.ordinals', { returnObjects: true }) as string[];
  const submit = form.onSubmit(async (values) => {
    try {
      const list = await call('meetings.createSeries', values);
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: t('meetings.series.created', { count: list.length }) });
      onClose();
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  const num = (field: keyof SeriesInput) => ({ ...form.getInputProps(field), onChange: (v: string | number) => form.setFieldValue(field, Number(v) as never) });
  return (
    <Modal opened onClose={onClose} title={t('meetings.series.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('meetings.fields.title')} required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={2}>
            <NativeSelect label={t('meetings.fields.type')} data={typeOptions(t)} {...form.getInputProps('type')} />
            <NativeSelect
              label={t('meetings.body')}
              data={[{ value: '', label: t('meetings.noBody') }, ...(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))]}
              value={form.values.bodyId ? String(form.values.bodyId) : ''}
              onChange={(e) => form.setFieldValue('bodyId', e.currentTarget.value ? Number(e.currentTarget.value) : null)}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberInput label={t('meetings.series.everyMonths')} min={1} max={12} {...num('everyMonths')} />
            <NativeSelect
              label={t('meetings.series.ordinal')}
              data={ordinals.map((o, i) => ({ value: String(i + 1), label: o }))}
              value={String(form.values.ordinal)}
              onChange={(e) => form.setFieldValue('ordinal', Number(e.currentTarget.value))}
            />
            <NativeSelect
              label={t('meetings.series.weekday')}
              data={weekdays.map((w, i) => ({ value: String(i), label: w }))}
              value={String(form.values.weekday)}
              onChange={(e) => form.setFieldValue('weekday', Number(e.currentTarget.value))}
            />
          </SimpleGrid>
          <SimpleGrid cols={4}>
            <DateField label={t('meetings.series.fromDate')} {...form.getInputProps('fromDate')} />
            <NumberInput label={t('meetings.series.count')} min={1} max={24} {...num('count')} />
            <TimeField label={t('meetings.fields.startTime')} {...form.getInputProps('startTime')} />
            <NumberInput label={t('meetings.series.duration')} min={15} step={15} {...num('durationMinutes')} />
          </SimpleGrid>
          <TextInput label={t('meetings.fields.place')} {...form.getInputProps('place')} />
          {valid.success && preview.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('meetings.series.preview')}: {preview.data.map((d) => longDate(d)).join(' · ')}
            </Text>
          )}
          <Checkbox label={t('meetings.standardItems')} {...form.getInputProps('standardItems', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
