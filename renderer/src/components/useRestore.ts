import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../preload/contract';
import { call } from '../api/client';
import { notifyError } from './notify';

/** Brings an item back from the trash and says so; used by "Fortryd" and by the trash list. */
export function useRestore() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return async (item: Pick<TrashItem, 'kind' | 'id' | 'name'>) => {
    try {
      await call('trash.restore', { kind: item.kind, id: item.id });
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: t('common.restored', { name: item.name }) });
    } catch (err) {
      notifyError(err);
    }
  };
}
