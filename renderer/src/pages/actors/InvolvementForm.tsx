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

export function InvolvementForm({ actor, existing, onClose }: { actor: { actorKind: ActorKind; actorId: number }; existing?: Involvement; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<InvolvementInput>({
    mode: 'controlled',
    initialValues: existing
      ? { actorKind: existing.actorKind, actorId: existing.actorId, date: existing.date, form: existing.form, topic: existing.topic, outcome: existing.outcome ?? '', followUpDate: existing.followUpDate ?? '' }
      : { ...actor, date: format(new Date(), 'yyyy-MM-dd'), form: 'consulted', topic: '', outcome: '', followUpDate: '' },
    validate: zodValidate(involvementInput),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (existing) await call('involvement.update', { id: existing.id, data: values });
      else await call('involvement.create', values);
      await qc.invalidateQueries();
      notifySaved(values.topic);
      onClose();
    } catch (err) {
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
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
