import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settingsInput, type Settings } from '../../../preload/contract';
import { call } from '../api/client';
import { notifyError, notifySaved } from '../components/notify';
import { zodValidate } from '../components/zodForm';

export function PartnershipForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<Settings>({ initialValues: settings, validate: zodValidate(settingsInput) });
  const submit = form.onSubmit(async (values) => {
    try {
      await call('settings.update', { partnershipName: values.partnershipName, municipality: values.municipality });
      await qc.invalidateQueries({ queryKey: ['settings.get'] });
      notifySaved();
    } catch (err) {
      notifyError(err);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text fw={600}>{t('settings.partnership')}</Text>
        <TextInput label={t('settings.partnershipName')} description={t('settings.partnershipHint')} required {...form.getInputProps('partnershipName')} />
        <TextInput label={t('settings.municipality')} {...form.getInputProps('municipality')} />
        <Group>
          <Button type="submit" size="xs" disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
