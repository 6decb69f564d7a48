import fs from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { channelNames, contract, ipcChannel, type Envelope, type FileResult } from '../../preload/contract';
import { dispatch } from '../api/dispatch';
import type { HandlerContext } from '../api/handlers';
import { safeStorageSecrets } from './secrets';
import { isAppUrl } from './security';

const forbidden: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Kaldet kommer ikke fra Samspils eget vindue.' } };

/** Only the app's own top frame may call (Electron security checklist #17). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Paths main wrote through its own save dialog; only these may be opened on the renderer's request. */
const savedThisSession = new Set<string>();

async function openSavedFile(path: string): Promise<boolean> {
  if (!savedThisSession.has(path)) return false;
  return (await shell.openPath(path)) === '';
}

async function saveWithDialog(event: IpcMainInvokeEvent, file: FileResult): Promise<FileResult> {
  const win = BrowserWindow.fromWebContents(event.sender);
  const options = { defaultPath: file.fileName };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  const warnings = file.warnings?.length ? { warnings: file.warnings } : {};
  if (choice.canceled || !choice.filePath) return { fileName: file.fileName, mimeType: file.mimeType, savedPath: null, ...warnings };
  await fs.writeFile(choice.filePath, Buffer.from(file.base64 ?? '', 'base64'));
  savedThisSession.add(choice.filePath);
  return { fileName: file.fileName, mimeType: file.mimeType, savedPath: choice.filePath, ...warnings };
}

/** One handler per contract channel; files are saved through a dialog that main controls. */
export function registerIpc(baseCtx: HandlerContext): void {
  const ctx: HandlerContext = { ...baseCtx, openSavedFile, secrets: safeStorageSecrets };
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return forbidden;
      const result = await dispatch(ctx, name, payload);
      if (!result.ok || !contract[name].file) return result;
      return { ok: true, data: await saveWithDialog(event, result.data as FileResult) };
    });
  }
}
