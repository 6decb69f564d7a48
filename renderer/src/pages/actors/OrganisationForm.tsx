import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationInput, type Organisation, type OrganisationInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { submitWith, zodValidate } from '../../components/zodForm';
import { kindOptions, relationOptions } from './options';
import { FormActions } from '../../components/FormActions';

const blank: OrganisationInput = { name: '', kind: 'municipal_department', address: '', website: '', notes: '', relation: null, relationReason: '' };

export function OrganisationForm({ opened, onClose, existing, onSaved }: { opened: boolean; onClose: () => void; existing?: Organisation; onSaved: (o: Organisation) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<OrganisationInput>({
    mode: 'controlled',
    initialValues: existing
      ? { name: existing.name, kind: existing.kind, address: existing.address ?? '', website: existing.website ?? '', notes: existing.notes ?? '', relation: existing.relation, relationReason: existing.relationReason ?? '' }
      : blank,
    validate: zodValidate(organisationInput),
  });

  const submit = form.onSubmit(
    submitWith(
      {
        save: (values: typeof form.values) => existing ? call('organisations.update', { id: existing.id, version: existing.version, data: values }) : call('organisations.create', values),
        isUpdate: !!existing,
        setErrors: form.setErrors,
        onSaved: async (saved) => {
          await qc.invalidateQueries();
          notifySaved(saved.name);
          onSaved(saved);
          onClose();
        },
      },
      notifyError,
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={existing ? t('common.edit') : t('actors.newOrganisation')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select label={t('fields.kind')} data={kindOptions(t)} allowDeselect={false} {...form.getInputProps('kind')} />
          <Group grow>
            <Select label={t('fields.relation')} data={relationOptions(t)} clearable {...form.getInputProps('relation')} />
            <TextInput label={t('fields.relationReason')} {...form.getInputProps('relationReason')} />
          </Group>
          <TextInput label={t('fields.address')} {...form.getInputProps('address')} />
          <TextInput label={t('fields.website')} {...form.getInputProps('website')} />
          <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
