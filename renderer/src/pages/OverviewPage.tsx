import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../preload/contract';
import { call } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { notifyError } from '../components/notify';
import { integer } from '../format';
import { navigate } from '../router';
import { OverviewSections, sectionsQuery } from './overview/OverviewSections';
import { PageTitle } from '../components/PageTitle';
import { FirstRunGuide } from './overview/FirstRunGuide';

function Figure({ label, value, onClick }: { label: string; value: number | undefined; onClick: () => void }) {
  return (
    <Paper withBorder p="md" component="button" onClick={onClick} style={{ cursor: 'pointer', textAlign: 'left' }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value === undefined ? '…' : integer(value)}
      </Text>
    </Paper>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => call('app.info', {}) });
  const orgs = useQuery({ queryKey: ['organisations.count'], queryFn: () => call('organisations.list', { limit: 1 }) });
  const people = useQuery({ queryKey: ['people.count'], queryFn: () => call('people.list', { limit: 1 }) });
  const bodies = useQuery({ queryKey: ['bodies.options'], queryFn: () => call('bodies.options', {}) });
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
  // Started now, not after app.info has said the file is not empty: the work list is the slowest read.
  useQuery({ ...sectionsQuery, enabled: info.data?.isEmpty !== true });
  const demo = useMutation({
    mutationFn: () => call('app.loadDemo', {}),
    onSuccess: async (r) => {
      await qc.invalidateQueries();
      if (r.loaded) notifications.show({ color: 'teal', message: t('overview.demoLoaded', { organisations: r.organisations, people: r.people }) });
    },
    onError: notifyError,
  });

  // An empty file gets the guide; once started it stays until closed, also after the first import.
  const step = settings.data?.firstRunGuide;
  const guide = step === 'open' || (step === 'new' && !!info.data?.isEmpty);

  return (
    <Stack>
      <PageTitle>{t('overview.title')}</PageTitle>
      {guide && settings.data ? (
        <FirstRunGuide settings={settings.data as Required<Settings>} onDemo={() => demo.mutate()} demoLoading={demo.isPending} />
      ) : info.data?.isEmpty && settings.data ? (
        <Paper withBorder p="lg">
          <EmptyState
            title={t('overview.welcome')}
            text={t('overview.empty')}
            action={
              <Group>
                <Button onClick={() => navigate('actors', 'organisations')} variant="default">
                  {t('actors.newOrganisation')}
                </Button>
                <Button onClick={() => demo.mutate()} loading={demo.isPending}>
                  {t('overview.loadDemo')}
                </Button>
              </Group>
            }
          />
        </Paper>
      ) : null}
      {info.data && !info.data.isEmpty && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Figure label={t('overview.organisations')} value={orgs.data?.total} onClick={() => navigate('actors', 'organisations')} />
          <Figure label={t('overview.people')} value={people.data?.total} onClick={() => navigate('actors', 'people')} />
          <Figure label={t('overview.bodies')} value={bodies.data?.length} onClick={() => navigate('actors', 'bodies')} />
        </SimpleGrid>
      )}
      {info.data && !info.data.isEmpty && <OverviewSections />}
      {info.data && (
        <Text size="xs" c="dimmed">
          {t('overview.dataFile')}: {info.data.dataPath}
        </Text>
      )}
    </Stack>
  );
}
