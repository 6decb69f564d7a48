import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hhmm, meetingInput, minutesOfDay, type Meeting, type MeetingInput, type MeetingType } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { meetingKey, meetingSearch, typeOptions, useBodies } from './shared';
import { SearchSelect } from '../../components/SearchSelect';
import { FormActions } from '../../components/FormActions';
import { DateField, TimeField } from '../../components/DateField';
import { FollowsUpField } from './FollowsUpField';
import { useStaleForm } from '../../components/StaleSave';

const valuesOf = (existing: Meeting): MeetingInput => ({
  title: existing.title, type: existing.type, bodyId: existing.bodyId, date: existing.date, startTime: existing.startTime, endTime: existing.endTime,
  place: existing.place ?? '', onlineLink: existing.onlineLink ?? '', purpose: existing.purpose ?? '', notes: existing.notes ?? '',
  followsUpMeetingId: existing.followsUpMeetingId,
});

const searchPastMeetings = meetingSearch('past');

const endFrom = (start: string, minutes: number) => (/^\d\d:\d\d$/.test(start) ? hhmm(Math.min(minutesOfDay(start) + minutes, 23 * 60 + 59)) : '');

/** Plan or edit a meeting. A new meeting's end time follows the type's default length until the user sets it. */
export function MeetingForm({ existing, onClose, onSaved }: { existing?: Meeting; onClose: () => void; onSaved?: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bodies = useBodies();
  const defaults = useQuery({ queryKey: ['meetings.typeDefaults'], queryFn: () => call('meetings.typeDefaults', {}) });
  const [standardItems, setStandardItems] = useState(true);
  const [copyFromId, setCopyFromId] = useState<{ value: string; label: string } | null>(null);
  const [endTouched, setEndTouched] = useState(!!existing);
  const form = useForm<MeetingInput>({
    initialValues: existing
      ? valuesOf(existing)
      : { title: '', type: 'theme_meeting', bodyId: null, date: '', startTime: '13:00', endTime: '16:00', place: '', onlineLink: '', purpose: '', notes: '' },
    validate: zodValidate(meetingInput),
  });
  // Several users (issue 16): the save carries the version the form was based on; a colleague's save since is told, and what was typed stays.
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('meetings.get', { id: existing!.id }).catch(() => null);
      if (!fresh) return null;
      qc.setQueryData(meetingKey(fresh.id), fresh);
      return { version: fresh.version, values: valuesOf(fresh) };
    },
    labels: { title: t('meetings.fields.title'), place: t('meetings.fields.place'), purpose: t('meetings.fields.purpose'), notes: t('meetings.fields.notes'), date: t('meetings.fields.date'), startTime: t('meetings.fields.startTime'), endTime: t('meetings.fields.endTime'), onlineLink: t('meetings.fields.onlineLink') },
  });
  const minutesFor = (type: MeetingType) => defaults.data?.[type] ?? 120;

  const setTypeOrStart = (patch: Partial<MeetingInput>) => {
    const next = { ...form.values, ...patch };
    form.setValues(patch);
    if (!endTouched) form.setFieldValue('endTime', endFrom(next.startTime, minutesFor(next.type)));
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = existing
        ? await call('meetings.update', { id: existing.id, version: stale.version, data: values })
        : await call('meetings.create', { data: values, standardItems, copyFromId: copyFromId ? Number(copyFromId.value) : null });
      qc.setQueryData(meetingKey(saved.id), saved);
      await qc.invalidateQueries({ queryKey: ['meetings.list'] });
      notifySaved(saved.title);
      onSaved?.(saved);
      onClose();
    } catch (err) {
      if (stale.refused(err)) return;
      showSaveError(err, form.setErrors, notifyError, 'data.');
    }
  });

  return (
    <Modal opened onClose={onClose} title={existing ? t('common.edit') : t('meetings.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('meetings.fields.title')} required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={2}>
            <NativeSelect label={t('meetings.fields.type')} data={typeOptions(t)} {...form.getInputProps('type')} onChange={(e) => setTypeOrStart({ type: e.currentTarget.value as MeetingType })} />
            <NativeSelect
              label={t('meetings.body')}
              data={[{ value: '', label: t('meetings.noBody') }, ...(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))]}
              value={form.values.bodyId ? String(form.values.bodyId) : ''}
              onChange={(e) => form.setFieldValue('bodyId', e.currentTarget.value ? Number(e.currentTarget.value) : null)}
            />
          </SimpleGrid>
          <FollowsUpField value={form.values.followsUpMeetingId ?? null} onChange={(v) => form.setFieldValue('followsUpMeetingId', v)} bodyId={form.values.bodyId ?? null} existing={existing} />
          <SimpleGrid cols={3}>
            <DateField label={t('meetings.fields.date')} required {...form.getInputProps('date')} />
            <TimeField label={t('meetings.fields.startTime')} required {...form.getInputProps('startTime')} onChange={(v) => setTypeOrStart({ startTime: v })} />
            <TimeField
              label={t('meetings.fields.endTime')}
              required
              {...form.getInputProps('endTime')}
              onChange={(v) => {
                setEndTouched(true);
                form.setFieldValue('endTime', v);
              }}
            />
          </SimpleGrid>
          {!existing && (
            <Text size="xs" c="dimmed" mt={-8}>
              {t('meetings.lengthHint', { type: t(`meetingType.${form.values.type}`).toLowerCase(), minutes: minutesFor(form.values.type) })}
            </Text>
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('meetings.fields.place')} {...form.getInputProps('place')} />
            <TextInput label={t('meetings.fields.onlineLink')} placeholder="https://" {...form.getInputProps('onlineLink')} />
          </SimpleGrid>
          <Textarea label={t('meetings.fields.purpose')} autosize minRows={2} {...form.getInputProps('purpose')} />
          <Textarea label={t('meetings.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          {!existing && (
            <>
              <SearchSelect
                label={t('meetings.copyFrom')}
                clearable
                queryKey={['meetings.pick', 'past']}
                search={searchPastMeetings}
                value={copyFromId?.value ?? null}
                selectedLabel={copyFromId?.label ?? null}
                onChange={(value, label) => setCopyFromId(value ? { value, label: label ?? '' } : null)}
              />
              {!copyFromId && <Checkbox label={t('meetings.standardItems')} checked={standardItems} onChange={(e) => setStandardItems(e.currentTarget.checked)} />}
            </>
          )}
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
