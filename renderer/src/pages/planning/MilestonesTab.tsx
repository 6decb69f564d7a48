import { ActionIcon, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../preload/contract';
import { categoryColor } from '../../../../preload/contract/wheelGeometry';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { navigate } from '../../router';
import { ActionsHeader } from '../../components/ActionsHeader';

export function MilestonesTab({ year, milestones }: { year: number; milestones: Milestone[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const remove = (ms: Milestone) =>
    modals.openConfirmModal({
      title: t('planning.confirmDelete', { name: ms.title }),
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('milestones.delete', { id: ms.id, version: ms.version });
          await qc.invalidateQueries();
          notifications.show({ color: 'gray', message: t('planning.deleted') });
        } catch (err) {
          notifyError(err);
        }
      },
    });
  if (milestones.length === 0) return <Paper withBorder p="lg"><EmptyState title={t('planning.emptyYear', { year })} text={t('planning.emptyYearText')} /></Paper>;
  return (
    <Paper withBorder>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('planning.milestones')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('planning.date')}</Table.Th>
            <Table.Th>{t('planning.milestoneTitle')}</Table.Th>
            <Table.Th w={160}>{t('planning.kind')}</Table.Th>
            <Table.Th w={180}>{t('planning.body')}</Table.Th>
            <ActionsHeader w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((ms) => (
            <Table.Tr key={ms.id}>
              <Table.Td>
                {longDate(ms.occursOn)}{' '}
                {ms.recurring && (
                  <Badge size="xs" variant="outline">
                    {t('planning.recurringBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {ms.title}
                </Text>
                {ms.note && (
                  <Text size="xs" c="dimmed">
                    {ms.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={categoryColor[ms.kind]} autoContrast>
                  {t(`milestoneKind.${ms.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{ms.bodyName ?? '–'}</Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`${t('common.edit')}: ${ms.title}`} onClick={() => navigate('planning', 'milestones', ms.id)}>
                    <IconEdit size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('common.delete')}: ${ms.title}`} onClick={() => remove(ms)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
