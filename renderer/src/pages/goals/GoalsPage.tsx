import { Alert, Badge, Button, Group, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconFileReport, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { navigate } from '../../router';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { GoalsOverview } from './GoalsOverview';
import { KeyFiguresTab } from './KeyFiguresTab';
import { ReportModal } from './ReportModal';
import { PageTitle } from '../../components/PageTitle';

/** Goals per page: each card reads its own series, so a page is what the dashboard holds at a time. */
const PAGE = 25;

export function GoalsPage({ tab: routeTab, id }: { tab?: string; id?: number }) {
  const { t } = useTranslation();
  const tab = routeTab === 'keyfigures' ? 'keyfigures' : 'dashboard';
  const [creating, setCreating] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [offset, setOffset] = useState(0);
  const q = useQuery({ queryKey: ['goals.list', offset], queryFn: () => call('goals.list', { offset, limit: PAGE }), placeholderData: keepPreviousData });
  const goals = q.data?.items ?? [];
  const total = q.data?.total ?? 0;
  const count = (s: GoalStatus) => q.data?.statusCounts[s] ?? 0;
  const onPage = goals.some((g) => g.id === id);
  const focused = useQuery({ queryKey: ['goals.get', id], queryFn: () => call('goals.get', { id: id! }), enabled: !!id && q.isSuccess && !onPage });
  useEffect(() => {
    if (id && q.isSuccess) document.getElementById(`goal-${id}`)?.scrollIntoView({ block: 'start' });
  }, [id, q.isSuccess, focused.isSuccess]);

  return (
    <Stack h="calc(100vh - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('goals.title')}</PageTitle>
          {total > 0 && (
            <Badge variant="light" aria-live="polite">
              {t('goals.summary', { onTrack: count('on_track'), atRisk: count('at_risk'), offTrack: count('off_track') })}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('goals.new')}
          </Button>
          <Button variant="default" leftSection={<IconFileReport size={16} />} onClick={() => setReporting(true)}>
            {t('goals.report')}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate('goals', v)}>
        <Tabs.List>
          <Tabs.Tab value="dashboard">{t('goals.tabDashboard')}</Tabs.Tab>
          <Tabs.Tab value="keyfigures">{t('goals.tabKeyFigures')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'keyfigures' ? (
        <KeyFiguresTab />
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <Stack>
            {q.isSuccess && goals.length === 0 && <EmptyState title={t('goals.empty')} text={t('goals.emptyText')} />}
            <Pager offset={offset} limit={PAGE} total={total} onOffset={setOffset} />
            {focused.data && !onPage && <GoalCard goal={{ ...focused.data, measurementCount: focused.data.measurements.length }} highlighted />}
            {goals.length > 1 && <GoalsOverview goals={goals} />}
            {goals.map((g) => (
              <GoalCard key={g.id} goal={g} highlighted={g.id === id} />
            ))}
            <Pager offset={offset} limit={PAGE} total={total} onOffset={setOffset} />
            {goals.length > 0 && (
              <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title={t('goals.ruleTitle')}>
                <Text size="sm">{t('goals.rule')}</Text>
              </Alert>
            )}
          </Stack>
        </ScrollArea>
      )}
      {creating && <GoalForm onClose={() => setCreating(false)} />}
      {reporting && <ReportModal onClose={() => setReporting(false)} />}
    </Stack>
  );
}
