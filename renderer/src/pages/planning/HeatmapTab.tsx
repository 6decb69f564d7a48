import { Group, Paper, SegmentedControl, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { kindOptions, relationOptions } from '../actors/options';

function cellColor(n: number, max: number) {
  if (n === 0) return undefined;
  const a = 0.2 + 0.8 * (n / Math.max(1, max));
  return `rgba(31, 78, 121, ${a.toFixed(2)})`;
}

/** Actors per page: a region has tens of thousands. */
const PAGE = 100;

/** Actor × month or quarter: who was involved when, and the empty rows of those who were not. */
export function HeatmapTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<'month' | 'quarter'>('month');
  const [relation, setRelation] = useState<Relation | null>(null);
  const [organisationKind, setKind] = useState<string | null>(null);
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [offset, setOffset] = useState(0);
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  const bodies = useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
  const q = useQuery({
    queryKey: ['involvement.matrix', year, granularity, relation, organisationKind, bodyId, offset],
    queryFn: () => call('involvement.matrix', { year, granularity, relation, organisationKind, bodyId, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const m = q.data;
  return (
    <Stack>
      <Group align="flex-end">
        <SegmentedControl
          aria-label={t('involvement.granularity')}
          value={granularity}
          onChange={(v) => setGranularity(v as 'month' | 'quarter')}
          data={[
            { value: 'month', label: t('involvement.month') },
            { value: 'quarter', label: t('involvement.quarter') },
          ]}
        />
        <Select label={t('involvement.relation')} clearable data={relationOptions(t)} value={relation} onChange={(v) => filter(setRelation)(v as Relation | null)} w={200} />
        <Select label={t('involvement.organisationKind')} clearable data={kindOptions(t)} value={organisationKind} onChange={filter(setKind)} w={240} />
        <Select
          label={t('involvement.body')}
          clearable
          data={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
          value={bodyId ? String(bodyId) : null}
          onChange={(v) => filter(setBodyId)(v ? Number(v) : null)}
          w={240}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('involvement.heatmapHint', { unit: t(`involvement.${granularity}`) })}
      </Text>
      {m && m.rows.length === 0 && <EmptyState title={t('involvement.noActors')} />}
      {m && <Pager offset={m.offset} limit={PAGE} total={m.total} onOffset={setOffset} />}
      {m && m.rows.length > 0 && (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table withColumnBorders verticalSpacing={2} aria-label={t('involvement.heatmap')} style={{ fontSize: 13 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('involvement.actor')}</Table.Th>
                {m.columns.map((_, i) => (
                  <Table.Th key={i} ta="center" tt="capitalize" w={granularity === 'month' ? 52 : 90}>
                    {granularity === 'month' ? new Date(Date.UTC(year, i, 1)).toLocaleString(t('planning.locale'), { month: 'short', timeZone: 'UTC' }).replace('.', '') : t('involvement.quarterShort', { n: i + 1 })}
                  </Table.Th>
                ))}
                <Table.Th ta="center" w={60}>
                  {t('involvement.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.rows.map((r) => (
                <Table.Tr key={`${r.actorKind}-${r.actorId}`}>
                  <Table.Td pl={r.actorKind === 'person' ? 'lg' : 'xs'}>
                    <UnstyledButton onClick={() => (window.location.hash = `#/actors/${r.actorKind === 'organisation' ? 'organisations' : 'people'}/${r.actorId}`)}>
                      <Text size="sm" fw={r.actorKind === 'organisation' ? 600 : 400} c={r.total === 0 ? 'dimmed' : undefined}>
                        {r.name}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  {r.counts.map((n, i) => (
                    <Table.Td key={i} ta="center" style={{ background: cellColor(n, m.max), color: n / Math.max(1, m.max) > 0.5 ? 'white' : undefined }}>
                      {n || ''}
                    </Table.Td>
                  ))}
                  <Table.Td ta="center" fw={600}>
                    {r.total || ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
