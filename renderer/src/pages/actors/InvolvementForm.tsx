import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { involvementForms, involvementInput, type ActorKind, type Involvement, type InvolvementInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { useStaleForm } from '../../components/StaleSave';

const valuesOf = (i: Involvement): InvolvementInput => ({ actorKind: i.actorKind, actorId: i.actorId, date: i.date, form: i.form, topic: i.topic, outcome: i.outcome ?? '', followUpDate: i.followUpDate ?? '' });

export function InvolvementForm({ actor, existing, onClose }: { actor: { actorKind: ActorKind; actorId: number }; existing?: Involvement; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<InvolvementInput>({
    mode: 'controlled',
    initialValues: existing
      ? valuesOf(existing)
      : { ...actor, date: format(new Date(), 'yyyy-MM-dd'), form: 'consulted', topic: '', outcome: '', followUpDate: '' },
    validate: zodValidate(involvementInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = (await call('involvement.forActor', actor).catch(() => null))?.items.find((i) => i.id === existing?.id);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { date: t('involvement.date'), topic: t('involvement.topic'), outcome: t('involvement.outcome'), followUpDate: t('involvement.followUpDate') },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (existing) await call('involvement.update', { id: existing.id, version: stale.version, data: values });
      else await call('involvement.create', values);
      await qc.invalidateQueries();
      notifySaved(values.topic);
      onClose();
    } catch (err) {
      if (stale.refused(err)) return;
      showSaveError(err, form.setErrors, notifyError, existing ? 'data.' : '');
    }
  });
  return (
    <Modal opened onClose={onClose} title={existing ? t('involvement.editTitle') : t('involvement.newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow>
            <DateField label={t('involvement.date')} required {...form.getInputProps('date')} />
            <Select
              label={t('involvement.form')}
              required
              allowDeselect={false}
              data={involvementForms.map((f) => ({ value: f, label: t(`involvementForm.${f}`) }))}
              {...form.getInputProps('form')}
            />
          </Group>
          <TextInput label={t('involvement.topic')} required data-autofocus {...form.getInputProps('topic')} />
          <Textarea label={t('involvement.outcome')} autosize minRows={2} {...form.getInputProps('outcome')} />
          <DateField label={t('involvement.followUpDate')} w={200} {...form.getInputProps('followUpDate')} />
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
