import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { useRestore } from '../../components/useRestore';
import { dateTime } from '../../format';
import { ActionsHeader } from '../../components/ActionsHeader';

const kindLabel = { organisation: 'fields.organisation', person: 'fields.person', body: 'fields.body' } as const;

export function TrashTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['trash.list'], queryFn: () => call('trash.list', {}) });
  const restore = useRestore();
  const purge = (item: TrashItem) =>
    modals.openConfirmModal({
      title: t('actors.purge'),
      children: <Text size="sm">{t('actors.confirmPurge', { name: item.name })}</Text>,
      labels: { confirm: t('actors.purge'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => call('trash.purge', { kind: item.kind, id: item.id }).then(() => qc.invalidateQueries(), notifyError),
    });
  if (q.data?.length === 0) return <EmptyState title={t('actors.emptyTrash')} />;
  return (
    <Paper withBorder>
      <Table striped aria-label={t('actors.trash')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.kind')}</Table.Th>
            <Table.Th>{t('actors.deletedAt')}</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(q.data ?? []).map((item) => (
            <Table.Tr key={`${item.kind}-${item.id}`}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>{t(kindLabel[item.kind])}</Table.Td>
              <Table.Td>{dateTime(item.deletedAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="compact-sm" variant="light" onClick={() => restore(item)} aria-label={`${t('common.restore')} ${item.name}`}>
                    {t('common.restore')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => purge(item)}>
                    {t('actors.purge')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
