import { Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { agendaItemInput, type AgendaItem, type AgendaItemInput, type ItemKind } from '../../../../preload/contract';
import { zodValidate } from '../../components/zodForm';
import { kindOptions, useMeetingCall } from './shared';
import { SearchSelect, usePickLabels } from '../../components/SearchSelect';
import { searchPeople } from '../../components/actorSearch';
import { FormActions } from '../../components/FormActions';
import { useStaleForm } from '../../components/StaleSave';
import { call } from '../../api/client';

export function ItemForm({ meetingId, existing, isBreak, onClose }: { meetingId: number; existing?: AgendaItem; isBreak: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  // The presenter is searched on the server (a region has tens of thousands of people): the name is kept beside the id.
  const presenters = usePickLabels(existing?.presenterId ? { [existing.presenterId]: existing.presenterName } : {});
  const form = useForm<AgendaItemInput>({
    initialValues: existing
      ? { isBreak: existing.isBreak, title: existing.title, kind: existing.kind, presenterId: existing.presenterId, durationMinutes: existing.durationMinutes, description: existing.description ?? '' }
      : { isBreak, title: isBreak ? t('meetings.item.break') : '', kind: 'orientation', presenterId: null, durationMinutes: isBreak ? 15 : 20, description: '' },
    validate: zodValidate(agendaItemInput),
  });
  const valuesOf = (i: AgendaItem): AgendaItemInput => ({ isBreak: i.isBreak, title: i.title, kind: i.kind, presenterId: i.presenterId, durationMinutes: i.durationMinutes, description: i.description ?? '' });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = (await call('meetings.get', { id: meetingId }).catch(() => null))?.items.find((i) => i.id === existing?.id);
      if (fresh?.presenterId) presenters.remember(String(fresh.presenterId), fresh.presenterName);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { title: t('meetings.item.title'), description: t('meetings.item.description'), durationMinutes: t('meetings.item.duration') },
  });
  const submit = form.onSubmit(async (data) => {
    const saved = existing ? await run('agenda.update', { id: existing.id, version: stale.version, data }, stale.refused) : await run('agenda.add', { meetingId, data });
    if (saved) onClose();
  });
  return (
    <Modal opened onClose={onClose} title={existing ? t('meetings.item.edit', { title: existing.title }) : isBreak ? t('meetings.item.addBreak') : t('meetings.item.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('meetings.item.title')} required data-autofocus {...form.getInputProps('title')} />
          {!form.values.isBreak && (
            <SimpleGrid cols={2}>
              <NativeSelect label={t('meetings.item.kind')} data={kindOptions(t)} value={form.values.kind} onChange={(e) => form.setFieldValue('kind', e.currentTarget.value as ItemKind)} />
              <SearchSelect
                label={t('meetings.item.presenter')}
                clearable
                queryKey={['people.pick']}
                search={searchPeople}
                value={form.values.presenterId ? String(form.values.presenterId) : null}
                selectedLabel={presenters.labelOf(form.values.presenterId ? String(form.values.presenterId) : null)}
                onChange={(v, picked) => {
                  presenters.remember(v, picked);
                  form.setFieldValue('presenterId', v ? Number(v) : null);
                }}
              />
            </SimpleGrid>
          )}
          <NumberInput label={t('meetings.item.duration')} min={0} max={720} step={5} {...form.getInputProps('durationMinutes')} onChange={(v) => form.setFieldValue('durationMinutes', Number(v) || 0)} />
          {!form.values.isBreak && <Textarea label={t('meetings.item.description')} autosize minRows={2} {...form.getInputProps('description')} />}
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
