import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import type { FileResult } from '../../../preload/contract';
import { call } from '../api/client';
import { notifyError } from './notify';

/** Electron saved the file through its dialog: say where, and offer to open it. */
function announceSaved(path: string) {
  const id = `saved-${path}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {i18n.t('common.fileSaved', { path })}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            call('files.openSaved', { path }).catch(notifyError);
          }}
        >
          {i18n.t('common.openFile')}
        </Button>
      </Group>
    ),
  });
}

/** Browser mode gets the bytes and downloads them; Electron's shell has already saved through a dialog (announced here). */
export function deliverFile(file: FileResult): { savedPath: string | null; downloaded: boolean } {
  for (const warning of file.warnings ?? []) notifications.show({ color: 'yellow', autoClose: false, title: file.fileName, message: warning });
  if (file.base64) {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { savedPath: null, downloaded: true };
  }
  if (file.savedPath) announceSaved(file.savedPath);
  return { savedPath: file.savedPath ?? null, downloaded: false };
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
