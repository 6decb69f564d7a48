import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18n from 'i18next';

/** A confirmation before a click destroys data that has no trash. */
export function confirmDestroy(title: string, text: string, onConfirm: () => Promise<void>) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm: i18n.t('common.delete'), cancel: i18n.t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => void onConfirm(),
  });
}
