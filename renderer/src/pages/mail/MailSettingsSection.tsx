import { Button, Group, NativeSelect, NumberInput, PasswordInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpSecurities, type MailSettings, type SmtpSecurity } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { showSaveError } from '../../components/zodForm';

interface Values {
  organiserName: string;
  organiserEmail: string;
  signature: string;
  smtpHost: string;
  smtpPort: number;
  smtpSecurity: SmtpSecurity;
  smtpUser: string;
  smtpPassword: string;
}

const toValues = (s: MailSettings): Values => ({
  organiserName: s.organiserName ?? '',
  organiserEmail: s.organiserEmail ?? '',
  signature: s.signature ?? '',
  smtpHost: s.smtpHost ?? '',
  smtpPort: s.smtpPort,
  smtpSecurity: s.smtpSecurity,
  smtpUser: s.smtpUser ?? '',
  smtpPassword: '',
});

function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [testing, setTesting] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(settings) });
  const save = form.onSubmit(async ({ smtpPassword, ...values }) => {
    try {
      const saved = await call('mail.updateSettings', { ...values, ...(smtpPassword ? { smtpPassword } : {}) });
      qc.setQueryData(['mail.settings'], saved);
      form.setInitialValues(toValues(saved));
      form.reset();
      notifications.show({ color: 'teal', message: t('mail.ui.saved') });
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  const test = async () => {
    setTesting(true);
    try {
      const { sentTo } = await call('mail.test', {});
      notifications.show({ color: 'teal', message: t('mail.ui.testSent', { to: sentTo }) });
    } catch (err) {
      notifyError(err);
    } finally {
      setTesting(false);
    }
  };
  return (
    <form onSubmit={save} noValidate aria-labelledby="mail-settings-title">
      <Stack gap="xs">
        <Text fw={600} id="mail-settings-title">
          {t('mail.ui.settingsTitle')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('mail.ui.settingsIntro')}
        </Text>
        <SimpleGrid cols={2}>
          <TextInput label={t('mail.ui.organiserName')} {...form.getInputProps('organiserName')} />
          <TextInput label={t('mail.ui.organiserEmail')} type="email" {...form.getInputProps('organiserEmail')} />
        </SimpleGrid>
        <Textarea label={t('mail.ui.signature')} autosize minRows={2} {...form.getInputProps('signature')} />
        <SimpleGrid cols={3}>
          <TextInput label={t('mail.ui.smtpHost')} {...form.getInputProps('smtpHost')} />
          <NumberInput label={t('mail.ui.smtpPort')} min={1} max={65535} {...form.getInputProps('smtpPort')} />
          <NativeSelect label={t('mail.ui.smtpSecurity')} data={smtpSecurities.map((s) => ({ value: s, label: t(`mail.ui.security.${s}`) }))} {...form.getInputProps('smtpSecurity')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label={t('mail.ui.smtpUser')} autoComplete="off" {...form.getInputProps('smtpUser')} />
          {settings.canStorePassword ? (
            <PasswordInput label={t('mail.ui.smtpPassword')} autoComplete="new-password" description={settings.passwordSource === 'secretStore' ? t('mail.ui.passwordKeep') : undefined} {...form.getInputProps('smtpPassword')} />
          ) : (
            <Text size="sm" c="dimmed" mt="lg">
              {t('mail.ui.passwordBrowser')}
            </Text>
          )}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t(`mail.ui.passwordSource.${settings.passwordSource}`)}
        </Text>
        <Group>
          <Button type="submit" size="xs" disabled={!form.isDirty()}>
            {t('mail.ui.save')}
          </Button>
          <Button size="xs" variant="light" loading={testing} disabled={!settings.smtpHost || form.isDirty()} onClick={() => void test()}>
            {t('mail.ui.testMail')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Indstillinger → Mail: organiser, signature and the optional SMTP server. */
export function MailSettingsSection() {
  const q = useQuery({ queryKey: ['mail.settings'], queryFn: () => call('mail.settings', {}) });
  return q.data ? <MailSettingsForm settings={q.data} /> : null;
}
