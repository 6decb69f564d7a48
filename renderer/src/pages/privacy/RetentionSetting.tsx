import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settingsInput, type Settings } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { showSaveError, zodValidate } from '../../components/zodForm';
import { navigate } from '../../router';

/** Under Indstillinger: how long ad-hoc contacts are kept without activity before they are proposed for erasure. */
export function RetentionSetting({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<Settings>({ initialValues: { ...settings, retentionMonths: settings.retentionMonths ?? 24 }, validate: zodValidate(settingsInput) });
  const submit = form.onSubmit(async (values) => {
    try {
      // Only the period: the partnership fields are saved by their own form.
      await call('settings.update', { partnershipName: settings.partnershipName, municipality: settings.municipality, retentionMonths: values.retentionMonths });
      form.resetDirty();
      await qc.invalidateQueries({ queryKey: ['settings.get'] });
      await qc.invalidateQueries({ queryKey: ['retention.list'] });
      notifySaved();
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text fw={600}>{t('privacy.retentionSetting')}</Text>
        <NumberInput
          label={t('privacy.retentionMonths')}
          description={t('privacy.retentionMonthsHelp')}
          min={1}
          max={120}
          allowDecimal={false}
          maw={420}
          {...form.getInputProps('retentionMonths')}
          onChange={(v) => form.setFieldValue('retentionMonths', typeof v === 'number' ? v : undefined)}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" disabled={!form.isDirty()}>
            {t('privacy.saveRetention')}
          </Button>
          <Button size="xs" variant="light" onClick={() => navigate('privacy')}>
            {t('privacy.showProposals')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
