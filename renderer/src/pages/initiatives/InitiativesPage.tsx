import { Badge, Button, Grid, Group, Paper, ScrollArea, SegmentedControl, Stack, Tabs, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { navigate } from '../../router';
import { groupInitiatives, type GroupBy } from './grouping';
import { InitiativeDetail, kr } from './InitiativeDetail';
import { InitiativeForm } from './InitiativeForm';
import { useTargetGroups, useTracks } from './lookups';
import { SetupTab } from './SetupTab';
import { StatusBadge } from './StatusBadge';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';

const PAGE = 100;

function Row({ i, selected }: { i: InitiativeSummary; selected: boolean }) {
  return (
    <UnstyledButton
      onClick={() => navigate('initiatives', 'list', i.id)}
      aria-current={selected ? 'true' : undefined}
      px="sm"
      py={6}
      w="100%"
      style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-blue-0)' : undefined }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0, overflowWrap: 'break-word' }}>
          <Text size="sm" fw={500}>
            {i.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[i.track.name, i.targetGroups.map((g) => g.name).join(', '), i.budgetTotal ? kr(i.budgetTotal) : null].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <StatusBadge status={i.status} />
      </Group>
    </UnstyledButton>
  );
}

export function InitiativesPage({ tab: routeTab, id }: { tab?: string; id?: number }) {
  const { t } = useTranslation();
  const tab = routeTab === 'setup' ? 'setup' : 'list';
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [groupBy, setGroupBy] = useState<GroupBy>('track');
  const [creating, setCreating] = useState(false);
  const tracks = useTracks().data ?? [];
  const groups = useTargetGroups().data ?? [];
  const [offset, setOffset] = useState(0);
  const list = useQuery({
    queryKey: ['initiatives.list', debounced, groupBy, offset],
    queryFn: () => call('initiatives.list', { search: debounced, groupBy, offset, limit: PAGE }),
    placeholderData: (prev) => prev,
  });
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const grouped = groupInitiatives(items, groupBy, tracks, groups, (k) => t(k));

  return (
    <Stack h="calc(100vh - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('initiatives.title')}</PageTitle>
          {list.data && (
            <Badge variant="light" aria-live="polite">
              {t('initiatives.count', { count: total })}
            </Badge>
          )}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => (tracks.length ? setCreating(true) : navigate('initiatives', 'setup'))} title={tracks.length ? undefined : t('initiatives.noTracksFirst')}>
          {t('initiatives.new')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate('initiatives', v)}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('initiatives.tabList')}</Tabs.Tab>
          <Tabs.Tab value="setup">{t('initiatives.tabSetup')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'setup' ? (
        <SetupTab />
      ) : (
        <Grid style={{ flex: 1, minHeight: 0 }} styles={{ inner: { height: '100%' } }}>
          <Grid.Col span={5} h="100%">
            <Paper withBorder h="100%" p="xs">
              <Stack h="100%" gap="xs">
                <TextInput leftSection={<IconSearch size={16} />} placeholder={t('initiatives.searchPlaceholder')} aria-label={t('common.search')} value={search} onChange={(e) => {
                  setSearch(e.currentTarget.value);
                  setOffset(0);
                }} />
                <Group gap="xs">
                  <Text size="xs" c="dimmed" id="group-by-label">
                    {t('initiatives.groupBy')}
                  </Text>
                  <SegmentedControl
                    size="xs"
                    aria-labelledby="group-by-label"
                    value={groupBy}
                    onChange={(v) => {
                      setGroupBy(v as GroupBy);
                      setOffset(0);
                    }}
                    data={[
                      { value: 'track', label: t('initiatives.groupTrack') },
                      { value: 'status', label: t('initiatives.groupStatus') },
                      { value: 'targetGroup', label: t('initiatives.groupTargetGroup') },
                    ]}
                  />
                </Group>
                <ScrollArea style={{ flex: 1 }}>
                  {list.isSuccess && items.length === 0 && (
                    <EmptyState title={debounced ? t('initiatives.noMatches') : t('initiatives.empty')} text={debounced ? undefined : tracks.length ? undefined : t('initiatives.emptyText')} />
                  )}
                  {grouped.map((g) => (
                    <section key={g.key} aria-label={g.title}>
                      <Group justify="space-between" px="sm" mt="sm" mb={2}>
                        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                          {g.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {g.items.length}
                        </Text>
                      </Group>
                      {g.items.map((i) => (
                        <Row key={`${g.key}-${i.id}`} i={i} selected={i.id === id} />
                      ))}
                    </section>
                  ))}
                </ScrollArea>
                <Pager offset={offset} limit={PAGE} total={total} onOffset={setOffset} />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={7} h="100%">
            {id ? <InitiativeDetail key={id} id={id} /> : <EmptyState title={t('initiatives.selectPrompt')} />}
          </Grid.Col>
        </Grid>
      )}
      {creating && <InitiativeForm onClose={() => setCreating(false)} onSaved={(i) => navigate('initiatives', 'list', i.id)} />}
    </Stack>
  );
}
