import { Anchor, Badge, Paper, Progress, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalSummary } from '../../../../preload/contract';
import { percent } from '../../format';
import { navigate } from '../../router';
import { STATUS_COLOR, targetText, unitValue } from './units';

/** One line per goal for the head of secretariat: where each stands, at a glance; the name jumps to its card. */
export function GoalsOverview({ goals }: { goals: GoalSummary[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs">
      <Table verticalSpacing={4} fz="sm" aria-label={t('goals.overview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('goals.name')}</Table.Th>
            <Table.Th>{t('goals.level')}</Table.Th>
            <Table.Th ta="right">{t('goals.baseline')}</Table.Th>
            <Table.Th ta="right">{t('goals.latest')}</Table.Th>
            <Table.Th ta="right">{t('goals.target')}</Table.Th>
            <Table.Th w={160}>{t('goals.progress')}</Table.Th>
            <Table.Th w={140}>{t('goals.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goals.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <Anchor size="sm" href={`#/goals/dashboard/${g.id}`} onClick={(e) => { e.preventDefault(); navigate('goals', 'dashboard', g.id); }}>
                  {g.name}
                </Anchor>
              </Table.Td>
              <Table.Td c="dimmed">{g.initiative ? g.initiative.name : t('goals.partnershipLevel')}</Table.Td>
              <Table.Td ta="right">{unitValue(g.unit, g.baselineValue)}</Table.Td>
              <Table.Td ta="right">{g.progress.latest ? unitValue(g.unit, g.progress.latest.value) : '–'}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{targetText(g)}</Table.Td>
              <Table.Td>
                <Progress
                  value={Math.max(0, Math.min(100, (g.progress.progress ?? 0) * 100))}
                  color={STATUS_COLOR[g.progress.status]}
                  aria-label={`${t('goals.progress')}: ${g.progress.progress === null ? '–' : percent(g.progress.progress * 100)}`}
                />
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={STATUS_COLOR[g.progress.status]} variant="light" style={{ overflow: 'visible' }}>
                  {t(`goalStatus.${g.progress.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
