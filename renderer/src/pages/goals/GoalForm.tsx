import { Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalDirections, goalInput, goalKinds, goalUnits, type GoalInput, type GoalSummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { separators } from '../../components/numberFormat';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { useStaleForm } from '../../components/StaleSave';
import { SearchSelect, type PickSearch } from '../../components/SearchSelect';

const blank: GoalInput = {
  name: '', description: '', kind: 'result', unit: 'percent', direction: 'higher',
  baselineValue: '' as unknown as number, baselineDate: '', targetValue: '' as unknown as number, targetMax: null, targetDate: '', initiativeId: null,
};

const valuesOf = (g: Omit<GoalSummary, 'measurementCount'>): GoalInput => ({
  name: g.name, description: g.description ?? '', kind: g.kind, unit: g.unit, direction: g.direction,
  baselineValue: g.baselineValue, baselineDate: g.baselineDate, targetValue: g.targetValue, targetMax: g.targetMax,
  targetDate: g.targetDate, initiativeId: g.initiative?.id ?? null,
});

/** Initiatives by name (a region has thousands), each with its track. */
const searchInitiatives: PickSearch = async (search, limit) => {
  const page = await call('initiatives.list', { search, limit });
  return { options: page.items.map((i) => ({ value: String(i.id), label: `${i.name} (${i.track.name})` })), total: page.total };
};

export function GoalForm({ existing, onClose }: { existing?: GoalSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [initiativeLabel, setInitiativeLabel] = useState(existing?.initiative ? `${existing.initiative.name} (${existing.initiative.trackName})` : null);
  const form = useForm<GoalInput>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : blank,
    validate: zodValidate(goalInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('goals.get', { id: existing!.id }).catch(() => null);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { name: t('goals.name'), description: t('goals.description'), baselineValue: t('goals.baselineValue'), baselineDate: t('goals.baselineDate'), targetValue: t('goals.targetValue'), targetDate: t('goals.targetDate') },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = existing ? await call('goals.update', { id: existing.id, version: stale.version, data: v }) : await call('goals.create', v);
      await qc.invalidateQueries();
      notifySaved(saved.name);
      onClose();
    } catch (err) {
      if (stale.refused(err)) return;
      showSaveError(err, form.setErrors, notifyError, existing ? 'data.' : '');
    }
  });
  const max = form.getInputProps('targetMax');
  const suffix = form.values.unit === 'percent' ? ' %' : form.values.unit === 'dkk' ? ' kr.' : undefined;
  const numberProps = { ...separators(), suffix, hideControls: true } as const;
  return (
    <Modal opened onClose={onClose} title={existing ? t('common.edit') : t('goals.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('goals.name')} required data-autofocus {...form.getInputProps('name')} />
          <Group grow align="flex-start">
            <Select label={t('goals.kind')} allowDeselect={false} data={goalKinds.map((k) => ({ value: k, label: t(`goalKind.${k}`) }))} {...form.getInputProps('kind')} />
            <Select label={t('goals.unit')} allowDeselect={false} data={goalUnits.map((k) => ({ value: k, label: t(`goalUnit.${k}`) }))} {...form.getInputProps('unit')} />
            <Select label={t('goals.direction')} allowDeselect={false} data={goalDirections.map((k) => ({ value: k, label: t(`goalDirection.${k}`) }))} {...form.getInputProps('direction')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('goals.baselineValue')} required {...numberProps} {...form.getInputProps('baselineValue')} />
            <DateField label={t('goals.baselineDate')} required {...form.getInputProps('baselineDate')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('goals.targetValue')} required {...numberProps} {...form.getInputProps('targetValue')} />
            <NumberInput
              label={t('goals.targetMax')}
              {...numberProps}
              {...max}
              value={max.value ?? ''}
              onChange={(v) => form.setFieldValue('targetMax', v === '' ? null : Number(v))}
            />
            <DateField label={t('goals.targetDate')} required {...form.getInputProps('targetDate')} />
          </Group>
          <SearchSelect
            label={t('goals.level')}
            placeholder={t('goals.partnershipLevel')}
            clearable
            queryKey={['initiatives.list', 'pick']}
            search={searchInitiatives}
            value={form.values.initiativeId ? String(form.values.initiativeId) : null}
            selectedLabel={initiativeLabel}
            onChange={(v, label) => {
              setInitiativeLabel(label);
              form.setFieldValue('initiativeId', v ? Number(v) : null);
            }}
            error={form.errors.initiativeId}
          />
          <Textarea label={t('goals.description')} autosize minRows={2} {...form.getInputProps('description')} />
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
