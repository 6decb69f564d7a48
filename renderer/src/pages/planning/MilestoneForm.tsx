import { Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { milestoneInput, milestoneKinds, type Milestone, type MilestoneInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { useStaleForm } from '../../components/StaleSave';

const valuesOf = (m: Milestone): MilestoneInput => ({ title: m.title, date: m.date, kind: m.kind, bodyId: m.bodyId, note: m.note ?? '', recurring: m.recurring });

export function MilestoneForm({ existing, defaultDate, onClose }: { existing?: Milestone; defaultDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bodies = useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
  const form = useForm<MilestoneInput>({
    mode: 'controlled',
    initialValues: existing
      ? valuesOf(existing)
      : { title: '', date: defaultDate, kind: 'political_deadline', bodyId: null, note: '', recurring: false },
    validate: zodValidate(milestoneInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('milestones.get', { id: existing!.id }).catch(() => null);
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { title: t('planning.milestoneTitle'), date: t('planning.date'), note: t('planning.note') },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = existing ? await call('milestones.update', { id: existing.id, version: stale.version, data: values }) : await call('milestones.create', values);
      await qc.invalidateQueries();
      notifySaved(saved.title);
      onClose();
    } catch (err) {
      if (stale.refused(err)) return;
      showSaveError(err, form.setErrors, notifyError, existing ? 'data.' : '');
    }
  });
  return (
    <Modal opened onClose={onClose} title={existing ? t('planning.editMilestone') : t('planning.newMilestone')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('planning.milestoneTitle')} required data-autofocus {...form.getInputProps('title')} />
          <Group grow>
            <DateField label={t('planning.date')} required {...form.getInputProps('date')} />
            <Select label={t('planning.kind')} required allowDeselect={false} data={milestoneKinds.map((k) => ({ value: k, label: t(`milestoneKind.${k}`) }))} {...form.getInputProps('kind')} />
          </Group>
          <Select
            label={t('planning.body')}
            clearable
            data={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
            value={form.values.bodyId ? String(form.values.bodyId) : null}
            onChange={(v) => form.setFieldValue('bodyId', v ? Number(v) : null)}
            error={form.errors.bodyId}
          />
          <Textarea label={t('planning.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Checkbox label={t('planning.recurring')} {...form.getInputProps('recurring', { type: 'checkbox' })} />
          {stale.alert}
          <FormActions onCancel={onClose} submitting={form.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
