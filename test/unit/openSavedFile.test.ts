import { describe, expect, it, vi } from 'vitest';

const registry = vi.hoisted(() => ({ handles: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(), opened: [] as string[] }));

vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => registry.handles.set(name, fn) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog: async (opts: { defaultPath: string }) => ({ canceled: false, filePath: `${process.env.SAMSPIL_TEST_DIR}/${opts.defaultPath}` }) },
  shell: { openPath: async (p: string) => (registry.opened.push(p), '') },
}));

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerIpc } from '../../main/shell/ipc';
import { APP_ORIGIN } from '../../main/shell/security';
import { ipcChannel, type Envelope, type FileResult } from '../../preload/contract';
import { ctxOf, memoryDb } from '../helpers/db';

const appFrame = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null }, sender: {} };

describe('"Åbn filen" after saving in Electron', () => {
  it('opens a file main saved through its own dialog, and nothing else', async () => {
    process.env.SAMSPIL_TEST_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-save-'));
    registerIpc(ctxOf(await memoryDb()));
    const invoke = (name: string, payload: unknown) => registry.handles.get(ipcChannel(name as never))!(appFrame, payload) as Promise<Envelope<unknown>>;

    const saved = (await invoke('actors.exportOverview', {})) as Envelope<FileResult>;
    expect(saved.ok).toBe(true);
    const savedPath = saved.ok ? saved.data.savedPath! : '';
    expect(fs.existsSync(savedPath)).toBe(true);
    expect(saved.ok && saved.data.base64).toBeUndefined();

    expect(await invoke('files.openSaved', { path: savedPath })).toEqual({ ok: true, data: { opened: true } });
    expect(await invoke('files.openSaved', { path: '/etc/passwd' })).toEqual({ ok: true, data: { opened: false } });
    expect(registry.opened).toEqual([savedPath]);
  });
});
