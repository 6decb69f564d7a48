import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import { ApiClientError } from '../api/client';

export function notifySaved(message?: string) {
  notifications.show({ color: 'teal', title: i18n.t('common.saved'), message: message ?? '', autoClose: 3000 });
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiClientError) {
    if (err.apiError.message === 'NETWORK') return i18n.t('errors.NETWORK');
    // A stale save names who and when, in the app's language already.
    if (err.apiError.stale) return err.apiError.message;
    return i18n.language === 'da' ? err.apiError.message : i18n.t(`errors.${err.apiError.code}`);
  }
  return i18n.t('errors.INTERNAL');
}

export function notifyError(err: unknown) {
  notifications.show({ color: 'red', title: i18n.t('common.error'), message: errorMessage(err), autoClose: 8000 });
}
