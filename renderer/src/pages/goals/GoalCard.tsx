import { ActionIcon, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalSummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { longDate, percent } from '../../format';
import { navigate } from '../../router';
import { confirmDestroy } from '../initiatives/confirm';
import { GoalChart } from './GoalChart';
import { GoalForm } from './GoalForm';
import { MeasurementForm } from './MeasurementForm';
import { STATUS_COLOR, targetText, unitValue } from './units';

function Figure({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
      {sub && (
        <Text size="xs" c="dimmed">
          {sub}
        </Text>
      )}
    </div>
  );
}

/** The newest measurements listed under the figures; the chart always draws the whole series. */
const LISTED = 10;

export function GoalCard({ goal, highlighted }: { goal: GoalSummary; highlighted?: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [allListed, setAllListed] = useState(false);
  const series = useQuery({ queryKey: ['goals.get', goal.id], queryFn: () => call('goals.get', { id: goal.id }), enabled: goal.measurementCount > 0 });
  const measurements = series.data?.measurements ?? [];
  const listed = [...measurements].reverse().slice(0, allListed ? undefined : LISTED);
  const p = goal.progress;
  const share = Math.max(0, Math.min(1, p.progress ?? 0));
  const run = async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      await qc.invalidateQueries();
      notifications.show({ color: 'gray', message });
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Paper withBorder p="md" component="article" aria-label={goal.name} style={highlighted ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined} id={`goal-${goal.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={4}>{goal.name}</Title>
          <Group gap={6} mt={4}>
            <Badge variant="outline" color="gray">
              {t(`goalKind.${goal.kind}`)}
            </Badge>
            {goal.initiative ? (
              <Badge variant="light" style={{ cursor: 'pointer' }} onClick={() => navigate('initiatives', 'list', goal.initiative!.id)}>
                {goal.initiative.name}
              </Badge>
            ) : (
              <Badge variant="light" color="gray">
                {t('goals.partnershipLevel')}
              </Badge>
            )}
          </Group>
        </div>
        <Group gap={4} wrap="nowrap">
          <Badge size="lg" color={STATUS_COLOR[p.status]} variant="filled">
            {t(`goalStatus.${p.status}`)}
          </Badge>
          <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${goal.name}`} onClick={() => setEditing(true)}>
            <IconEdit size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${t('common.delete')} ${goal.name}`}
            onClick={() => confirmDestroy(t('goals.confirmDelete', { name: goal.name }), t('goals.confirmDeleteText'), () => run(() => call('goals.delete', { id: goal.id, version: goal.version }), t('goals.deleted')))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm" spacing="lg">
        <Stack gap="xs">
          <SimpleGrid cols={3}>
            <Figure label={t('goals.baseline')} value={unitValue(goal.unit, goal.baselineValue)} sub={longDate(goal.baselineDate)} />
            <Figure label={t('goals.latest')} value={p.latest ? unitValue(goal.unit, p.latest.value) : '–'} sub={p.latest ? longDate(p.latest.date) : t('goals.noMeasurements')} />
            <Figure label={t('goals.target')} value={targetText(goal)} sub={longDate(goal.targetDate)} />
          </SimpleGrid>
          <div>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('goals.progress')}: {p.progress === null ? '–' : percent(p.progress * 100)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('goals.expected')}: {percent(p.expected * 100)}
              </Text>
            </Group>
            <div style={{ position: 'relative' }}>
              <Progress value={share * 100} color={STATUS_COLOR[p.status]} size="lg" aria-label={t('goals.progress')} />
              <Tooltip label={t('goals.chartLine')}>
                <div style={{ position: 'absolute', top: -3, bottom: -3, left: `calc(${p.expected * 100}% - 1px)`, width: 2, background: 'var(--mantine-color-dark-6)' }} />
              </Tooltip>
            </div>
          </div>
          {measurements.length > 0 && (
            <Table fz="sm" verticalSpacing={2} aria-label={t('goals.measurements')}>
              <Table.Tbody>
                {listed.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{longDate(m.date)}</Table.Td>
                    <Table.Td ta="right" fw={500}>
                      {unitValue(goal.unit, m.value)}
                    </Table.Td>
                    <Table.Td c="dimmed">{m.source ?? ''}</Table.Td>
                    <Table.Td w={30}>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        aria-label={t('goals.deleteMeasurement', { date: longDate(m.date) })}
                        onClick={() => confirmDestroy(t('goals.deleteMeasurement', { date: longDate(m.date) }), '', () => run(() => call('measurements.delete', { id: m.id }), t('goals.measurementDeleted')))}
                      >
                        <IconX size={14} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {!allListed && measurements.length > LISTED && (
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {t('paging.latestOf', { shown: LISTED, total: measurements.length })}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => setAllListed(true)}>
                {t('paging.showAll', { total: measurements.length })}
              </Button>
            </Group>
          )}
        </Stack>
        {series.data && <GoalChart goal={series.data} />}
      </SimpleGrid>
      <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
        <MeasurementForm goal={goal} />
      </div>
      {editing && <GoalForm existing={goal} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
