import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { notifyError } from '../../components/notify';

/** Downloads the working copy or a frozen version as PDF (browser) or lets the shell save it (Electron). */
export async function downloadMemoPdf(id: number, version?: number) {
  try {
    const file = await call('memos.pdf', { id, version: version ?? null, language: i18n.language === 'en' ? 'en' : 'da' });
    if (deliverFile(file).downloaded) notifications.show({ color: 'teal', message: i18n.t('memos.pdfDone') });
  } catch (err) {
    notifyError(err);
  }
}

/** The same memo as a Word file for the case system (ESDH), in the screen's language. */
export async function downloadMemoDocx(id: number, version?: number) {
  try {
    const file = await call('memos.docx', { id, version: version ?? null, language: i18n.language === 'en' ? 'en' : 'da' });
    if (deliverFile(file).downloaded) notifications.show({ color: 'teal', message: i18n.t('wordExport.docxDone') });
  } catch (err) {
    notifyError(err);
  }
}
