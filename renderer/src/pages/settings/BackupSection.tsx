import { Button, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { dateTime, integer } from '../../format';
import { ActionsHeader } from '../../components/ActionsHeader';

const sizeKb = (bytes: number) => `${integer(Math.max(1, Math.round(bytes / 1024)))} kB`;

/** Backups next to the data file: list with dates, "Tag backup nu", and restore after confirmation. */
export function BackupSection() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['backups.list'], queryFn: () => call('backups.list', {}) });
  const create = useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: async (b) => {
      await qc.invalidateQueries({ queryKey: ['backups.list'] });
      notifications.show({ color: 'teal', message: t('reliability.backupMade', { when: dateTime(b.createdAt) }) });
    },
    onError: notifyError,
  });
  const restore = (b: BackupInfo) =>
    modals.openConfirmModal({
      title: t('reliability.restoreTitle'),
      children: <Text size="sm">{t('reliability.restoreConfirm', { when: dateTime(b.createdAt) })}</Text>,
      labels: { confirm: t('reliability.restore'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        call('backups.restore', { fileName: b.fileName }).then(async () => {
          await qc.invalidateQueries();
          notifications.show({ color: 'teal', message: t('reliability.restored', { when: dateTime(b.createdAt) }) });
        }, notifyError),
    });
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text fw={600} id="backups-label">
          {t('reliability.backups')}
        </Text>
        <Button size="xs" loading={create.isPending} onClick={() => create.mutate()}>
          {t('reliability.backupNow')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reliability.backupsHelp')}
      </Text>
      {list.data?.length === 0 ? (
        <Text size="sm">{t('reliability.noBackups')}</Text>
      ) : (
        <Table aria-labelledby="backups-label" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reliability.when')}</Table.Th>
              <Table.Th>{t('reliability.kindLabel')}</Table.Th>
              <Table.Th>{t('reliability.size')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((b) => (
              <Table.Tr key={b.fileName}>
                <Table.Td>{dateTime(b.createdAt)}</Table.Td>
                <Table.Td>{t(`reliability.kind.${b.kind}`)}</Table.Td>
                <Table.Td>{sizeKb(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => restore(b)}>
                    {t('reliability.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
