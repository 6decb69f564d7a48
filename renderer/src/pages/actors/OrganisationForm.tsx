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
import { useStaleForm } from '../../components/StaleSave';

const valuesOf = (o: Organisation): OrganisationInput => ({ name: o.name, kind: o.kind, address: o.address ?? '', website: o.website ?? '', notes: o.notes ?? '', relation: o.relation, relationReason: o.relationReason ?? '' });
const blank: OrganisationInput = { name: '', kind: 'municipal_department', address: '', website: '', notes: '', relation: null, relationReason: '' };

export function OrganisationForm({ opened, onClose, existing, onSaved }: { opened: boolean; onClose: () => void; existing?: Organisation; onSaved: (o: Organisation) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<OrganisationInput>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : blank,
    validate: zodValidate(organisationInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('organisations.get', { id: existing!.id }).catch(() => null);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { name: t('fields.name'), address: t('fields.address'), website: t('fields.website'), notes: t('fields.notes'), relationReason: t('fields.relationReason') },
  });

  const submit = form.onSubmit(
    submitWith(
      {
        save: (values: typeof form.values) => existing ? call('organisations.update', { id: existing.id, version: stale.version, data: values }) : call('organisations.create', values),
        isUpdate: !!existing,
        setErrors: form.setErrors,
        onSaved: async (saved) => {
          await qc.invalidateQueries();
          notifySaved(saved.name);
          onSaved(saved);
          onClose();
        },
      },
      (err) => stale.refused(err) || notifyError(err),
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
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
