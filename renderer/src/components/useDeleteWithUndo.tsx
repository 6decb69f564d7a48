import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../preload/contract';
import { notifyError } from './notify';
import { useRestore } from './useRestore';

/** Confirm, move to the trash, and offer "Fortryd" in the notification. */
export function useDeleteWithUndo() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const restore = useRestore();
  return (name: string, remove: () => Promise<TrashItem>, after?: () => void) =>
    modals.openConfirmModal({
      title: t('actors.confirmDeleteTitle', { name }),
      children: <Text size="sm">{t('actors.confirmDeleteText', { name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          const item = await remove();
          // Navigate first: waiting for every refetch would move the user after they have gone on.
          after?.();
          void qc.invalidateQueries();
          const id = `deleted-${item.kind}-${item.id}`;
          notifications.show({
            id,
            color: 'gray',
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('common.deleted', { name: item.name })}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    void restore(item);
                  }}
                >
                  {t('common.undo')}
                </Button>
              </Group>
            ),
          });
        } catch (err) {
          notifyError(err);
        }
      },
    });
}
