import { Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../preload/contract';
import { call } from '../api/client';
import { setLanguage, type Language } from '../i18n';
import { MailSettingsSection } from './mail/MailSettingsSection';
import { PartnershipForm } from './PartnershipForm';
import { AuditSection } from './settings/AuditSection';
import { BackupSection } from './settings/BackupSection';
import { DatabaseSection, ServerBackupNote } from './settings/DatabaseSection';
import { DateCheckSection } from './settings/DateCheckSection';
import { HouseStyleSection } from './settings/HouseStyleSection';
import { RetentionSetting } from './privacy/RetentionSetting';
import { PageTitle } from '../components/PageTitle';

const LOADING: Settings = { partnershipName: '…', municipality: '', retentionMonths: 24 };

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => call('app.info', {}) });
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
  return (
    <Paper p="lg" withBorder maw={760}>
      <PageTitle mb="md">
        {t('nav.settings')}
      </PageTitle>
      <Stack>
        {/* The forms stand hidden under a skeleton until the settings are read: the page keeps its layout (no jump on first open). */}
        <Skeleton visible={!settings.data}>
          <PartnershipForm key={settings.data ? 'loaded' : 'loading'} settings={settings.data ?? LOADING} />
        </Skeleton>
        <HouseStyleSection />
        <div>
          <Text fw={600} mb={4} id="language-label">
            {t('settings.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-label"
            value={i18n.language}
            onChange={(v) => setLanguage(v as Language)}
            data={[
              { value: 'da', label: 'Dansk' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
        <div>
          <Text fw={600}>{t('settings.dataFile')}</Text>
          <Text size="sm" ff="monospace">
            {info.data?.dataPath ?? '…'}
          </Text>
        </div>
        <div>
          <Text fw={600}>{t('settings.version')}</Text>
          <Text size="sm">{info.data ? t('settings.versionLine', { version: info.data.version, schema: info.data.schemaVersion }) : '…'}</Text>
        </div>
        <Skeleton visible={!settings.data}>
          <RetentionSetting key={settings.data ? 'loaded' : 'loading'} settings={settings.data ?? LOADING} />
        </Skeleton>
        <MailSettingsSection />
        {info.data?.dataPath.startsWith('postgres') ? <ServerBackupNote /> : <BackupSection />}
        <DatabaseSection />
        <DateCheckSection />
        <AuditSection />
      </Stack>
    </Paper>
  );
}
