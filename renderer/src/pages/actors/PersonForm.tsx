import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personInput, type Person, type PersonInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { submitWith, zodValidate } from '../../components/zodForm';
import { relationOptions } from './options';
import { FormActions } from '../../components/FormActions';
import { useStaleForm } from '../../components/StaleSave';
import { SearchSelect, usePickLabels } from '../../components/SearchSelect';
import { searchOrganisations } from '../../components/actorSearch';

const valuesOf = (p: Person): PersonInput => ({ name: p.name, title: p.title ?? '', organisationId: p.organisationId, email: p.email ?? '', phone: p.phone ?? '', notes: p.notes ?? '', relation: p.relation, relationReason: p.relationReason ?? '' });

export function PersonForm({
  opened,
  onClose,
  existing,
  onSaved,
  organisation,
}: {
  opened: boolean;
  onClose: () => void;
  existing?: Person;
  onSaved: (p: Person) => void;
  /** A new person of this organisation. */
  organisation?: { id: number; name: string };
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // The organisation is searched on the server (a region has thousands): its name is kept beside the id.
  const orgs = usePickLabels(existing?.organisationId ? { [existing.organisationId]: existing.organisationName } : organisation ? { [organisation.id]: organisation.name } : {});
  const form = useForm<PersonInput>({
    mode: 'controlled',
    initialValues: existing
      ? valuesOf(existing)
      : { name: '', title: '', organisationId: organisation?.id ?? null, email: '', phone: '', notes: '', relation: null, relationReason: '' },
    validate: zodValidate(personInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('people.get', { id: existing!.id }).catch(() => null);
      if (fresh?.organisationId) orgs.remember(String(fresh.organisationId), fresh.organisationName);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { name: t('fields.name'), title: t('fields.title'), email: t('fields.email'), phone: t('fields.phone'), notes: t('fields.notes'), relationReason: t('fields.relationReason') },
  });
  const orgProps = form.getInputProps('organisationId');

  const submit = form.onSubmit(
    submitWith(
      {
        save: (values: typeof form.values) => existing ? call('people.update', { id: existing.id, version: stale.version, data: values }) : call('people.create', values),
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
    <Modal opened={opened} onClose={onClose} title={existing ? t('common.edit') : t('actors.newPerson')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('fields.title')} {...form.getInputProps('title')} />
          <SearchSelect
            label={t('fields.organisation')}
            clearable
            queryKey={['organisations.pick']}
            search={searchOrganisations}
            error={orgProps.error}
            onFocus={orgProps.onFocus}
            onBlur={orgProps.onBlur}
            value={form.values.organisationId ? String(form.values.organisationId) : null}
            selectedLabel={orgs.labelOf(form.values.organisationId ? String(form.values.organisationId) : null)}
            onChange={(v, label) => {
              orgs.remember(v, label);
              form.setFieldValue('organisationId', v ? Number(v) : null);
            }}
          />
          <Group grow>
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
          </Group>
          <Group grow>
            <Select label={t('fields.relation')} data={relationOptions(t)} clearable {...form.getInputProps('relation')} />
            <TextInput label={t('fields.relationReason')} {...form.getInputProps('relationReason')} />
          </Group>
          <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
