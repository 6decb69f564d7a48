import { ActionIcon, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createInitiative, initiativeStatuses, type Initiative, type InitiativeInput, type InitiativeStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { useTargetGroups, useTracks } from './lookups';
import { SearchMultiSelect, SearchSelect, usePickLabels } from '../../components/SearchSelect';
import { searchOrganisations, searchPeople } from '../../components/actorSearch';
import { localToday } from './dates';
import { separators } from '../../components/numberFormat';
import { FormActions } from '../../components/FormActions';
import { ActionsHeader } from '../../components/ActionsHeader';
import { DateField } from '../../components/DateField';
import { useStaleForm } from '../../components/StaleSave';

type Values = { data: InitiativeInput; status: InitiativeStatus; statusDate: string };
const today = localToday;
const formSchema = createInitiative.extend({ statusDate: z.string() });
const idOrNull = (v: string | null) => (v ? Number(v) : null);

/** The names of the organisations and the contact person an initiative links to (keys o:id, p:id). */
const namesOf = (i?: Initiative): Record<string, string> =>
  i
    ? Object.fromEntries([
        ...(i.ownerOrganisation ? [[`o:${i.ownerOrganisation.id}`, i.ownerOrganisation.name]] : []),
        ...i.partnerOrganisations.map((p) => [`o:${p.id}`, p.name]),
        ...(i.contactPerson ? [[`p:${i.contactPerson.id}`, i.contactPerson.name]] : []),
      ])
    : {};

function initial(existing?: Initiative, trackId?: number): Values {
  if (!existing) {
    return {
      data: { name: '', description: '', trackId: trackId ?? 0, targetGroupIds: [], ownerOrganisationId: null, partnerOrganisationIds: [], contactPersonId: null, startDate: '', endDate: '', budgetLines: [] },
      status: 'idea',
      statusDate: today(),
    };
  }
  return {
    data: {
      name: existing.name,
      description: existing.description ?? '',
      trackId: existing.track.id,
      targetGroupIds: existing.targetGroups.map((g) => g.id),
      ownerOrganisationId: existing.ownerOrganisation?.id ?? null,
      partnerOrganisationIds: existing.partnerOrganisations.map((p) => p.id),
      contactPersonId: existing.contactPerson?.id ?? null,
      startDate: existing.startDate ?? '',
      endDate: existing.endDate ?? '',
      budgetLines: existing.budgetLines.map(({ year, amount, fundingSource, note }) => ({ year, amount, fundingSource: fundingSource ?? '', note: note ?? '' })),
    },
    status: existing.status,
    statusDate: existing.statusDate,
  };
}

export function InitiativeForm({ existing, defaultTrackId, onClose, onSaved }: { existing?: Initiative; defaultTrackId?: number; onClose: () => void; onSaved: (i: Initiative) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const tracks = useTracks().data ?? [];
  const groups = useTargetGroups().data ?? [];
  // Organisations and people are searched on the server (a region has tens of thousands): their names are kept beside the ids.
  const names = usePickLabels(namesOf(existing));
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial(existing, defaultTrackId ?? tracks[0]?.id), validate: zodValidate(formSchema) });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('initiatives.get', { id: existing!.id }).catch(() => null);
      for (const [key, name] of Object.entries(namesOf(fresh ?? undefined))) names.remember(key, name);
      return fresh ? { version: fresh.version, values: initial(fresh) } : null;
    },
    labels: { 'data.name': t('initiatives.name'), 'data.description': t('initiatives.description'), 'data.startDate': t('initiatives.startDate'), 'data.endDate': t('initiatives.endDate') },
  });

  const submit = form.onSubmit(async (v) => {
    try {
      const saved = existing
        ? await call('initiatives.update', { id: existing.id, version: stale.version, data: v.data })
        : await call('initiatives.create', { data: v.data, status: v.status, statusDate: v.statusDate || undefined });
      await qc.invalidateQueries();
      notifySaved(saved.name);
      onSaved(saved);
      onClose();
    } catch (err) {
      if (stale.refused(err)) return;
      showSaveError(err, form.setErrors, notifyError);
    }
  });

  /** A searched single pick: the value is the id, the label is remembered under `o:`/`p:` and the id. */
  const idSelect = (path: 'data.ownerOrganisationId' | 'data.contactPersonId', kind: 'o' | 'p') => {
    const { error, onFocus, onBlur } = form.getInputProps(path);
    const id = path === 'data.ownerOrganisationId' ? form.values.data.ownerOrganisationId : form.values.data.contactPersonId;
    return {
      error,
      onFocus,
      onBlur,
      value: id ? String(id) : null,
      selectedLabel: names.labelOf(id ? `${kind}:${id}` : null),
      onChange: (v: string | null, label: string | null) => {
        names.remember(v ? `${kind}:${v}` : null, label);
        form.setFieldValue(path, idOrNull(v));
      },
    };
  };
  const partners = form.values.data.partnerOrganisationIds ?? [];
  const idMulti = (path: 'data.targetGroupIds') => {
    const p = form.getInputProps(path);
    return { ...p, value: (p.value as number[]).map(String), onChange: (v: string[]) => form.setFieldValue(path, v.map(Number)) };
  };
  const lines = form.values.data.budgetLines ?? [];

  return (
    <Modal opened onClose={onClose} title={existing ? t('common.edit') : t('initiatives.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('initiatives.name')} required data-autofocus {...form.getInputProps('data.name')} />
          <Group grow align="flex-start">
            <Select
              label={t('initiatives.track')}
              required
              allowDeselect={false}
              data={tracks.map((x) => ({ value: String(x.id), label: x.name }))}
              {...form.getInputProps('data.trackId')}
              value={form.values.data.trackId ? String(form.values.data.trackId) : null}
              onChange={(v) => form.setFieldValue('data.trackId', Number(v))}
            />
            <MultiSelect label={t('initiatives.targetGroups')} searchable data={groups.map((g) => ({ value: String(g.id), label: g.name }))} {...idMulti('data.targetGroupIds')} />
          </Group>
          {!existing && (
            <Group grow align="flex-start">
              <Select
                label={t('initiatives.status')}
                allowDeselect={false}
                data={initiativeStatuses.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))}
                {...form.getInputProps('status')}
              />
              <DateField label={t('initiatives.statusDate')} {...form.getInputProps('statusDate')} />
            </Group>
          )}
          <Group grow align="flex-start">
            <SearchSelect label={t('initiatives.owner')} clearable queryKey={['organisations.pick']} search={searchOrganisations} {...idSelect('data.ownerOrganisationId', 'o')} />
            <SearchSelect label={t('initiatives.contact')} clearable queryKey={['people.pick']} search={searchPeople} {...idSelect('data.contactPersonId', 'p')} />
          </Group>
          <SearchMultiSelect
            label={t('initiatives.partners')}
            queryKey={['organisations.pick']}
            search={searchOrganisations}
            error={form.getInputProps('data.partnerOrganisationIds').error}
            value={partners.map((id) => ({ value: String(id), label: names.labelOf(`o:${id}`) ?? '' }))}
            onChange={(picked) => {
              for (const o of picked) names.remember(`o:${o.value}`, o.label);
              form.setFieldValue('data.partnerOrganisationIds', picked.map((o) => Number(o.value)));
            }}
          />
          <Group grow align="flex-start">
            <DateField label={t('initiatives.startDate')} {...form.getInputProps('data.startDate')} />
            <DateField label={t('initiatives.endDate')} {...form.getInputProps('data.endDate')} />
          </Group>
          <Textarea label={t('initiatives.description')} autosize minRows={2} {...form.getInputProps('data.description')} />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('initiatives.budget')}
            </Text>
            {lines.length > 0 && (
              <Table withRowBorders={false} verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={100}>{t('initiatives.budgetYear')}</Table.Th>
                    <Table.Th w={160}>{t('initiatives.budgetAmount')}</Table.Th>
                    <Table.Th>{t('initiatives.fundingSource')}</Table.Th>
                    <Table.Th>{t('initiatives.budgetNote')}</Table.Th>
                    <ActionsHeader w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.map((_, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <NumberInput aria-label={`${t('initiatives.budgetYear')} ${i + 1}`} allowDecimal={false} hideControls {...form.getInputProps(`data.budgetLines.${i}.year`)} />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput aria-label={`${t('initiatives.budgetAmount')} ${i + 1}`} {...separators()} allowDecimal={false} hideControls {...form.getInputProps(`data.budgetLines.${i}.amount`)} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`${t('initiatives.fundingSource')} ${i + 1}`} {...form.getInputProps(`data.budgetLines.${i}.fundingSource`)} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`${t('initiatives.budgetNote')} ${i + 1}`} {...form.getInputProps(`data.budgetLines.${i}.note`)} />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={t('initiatives.removeBudgetLine', { n: i + 1 })} onClick={() => form.removeListItem('data.budgetLines', i)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('data.budgetLines', { year: lines.length ? (lines[lines.length - 1]!.year as number) + 1 : new Date().getFullYear(), amount: '' as unknown as number, fundingSource: '', note: '' })}
            >
              {t('initiatives.addBudgetLine')}
            </Button>
          </div>
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
