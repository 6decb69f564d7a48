import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { parseStartArgs } from './app/dataLocation';
import { restoreOfferedBackup, startServices } from './app/startup';
import { damageLanguage, languageInFile, textsIn } from './app/startLanguage';
import { DamagedDatabaseError } from '../db/database';
import { ipcEventChannel } from '../preload/contract';
import { registerIpc } from './shell/ipc';
import { safeStorageSecrets } from './shell/secrets';
import { CONNECTION_FILE, readConnection, serverToOpen } from './database/connectionConfig';
import { buildMenu } from './shell/menu';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { APP_ORIGIN, hardenContents, windowOptions } from './shell/security';

app.setName('Samspil');
registerAppScheme();
app.on('web-contents-created', (_e, contents) => hardenContents(contents));

/** In development better-sqlite3 is built twice: node_modules for Node (tests), .native/ for Electron's ABI. */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = process.env.SAMSPIL_NATIVE_BINDING ?? path.join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

async function start() {
  await app.whenReady();
  const args = parseStartArgs(process.argv.slice(1), process.env, app.getPath('userData'));
  // Without --db, Indstillinger → Database's saved choice; a server password is unsealed by the OS key store.
  const connectionFile = path.join(app.getPath('userData'), CONNECTION_FILE);
  const server = args.dbGiven ? null : serverToOpen(readConnection(connectionFile), safeStorageSecrets);
  const opts = { ...args, connectionFile, ...(server ? { dbFile: server.url, server: { tls: server.tls, password: server.password } } : {}) };
  const open = () => startServices({ ...opts, nativeBinding: electronNativeBinding() }, 'ipc');
  let ctx;
  try {
    ctx = await open().catch(async (err) => {
      if (!(err instanceof DamagedDatabaseError) || !err.newestBackup) throw err;
      const t = textsIn(damageLanguage(err, electronNativeBinding())).reliability.damage;
      const choice = await dialog.showMessageBox({
        type: 'warning',
        title: t.title,
        message: err.describe(damageLanguage(err, electronNativeBinding())),
        buttons: [t.restoreBackup, t.quit],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice.response !== 0) throw err;
      await restoreOfferedBackup(err, electronNativeBinding());
      return open();
    });
  } catch (err) {
    const lang = err instanceof DamagedDatabaseError ? damageLanguage(err, electronNativeBinding()) : languageInFile(opts.dbFile, electronNativeBinding());
    const text = err instanceof DamagedDatabaseError ? err.describe(lang) : err instanceof Error ? err.message : String(err);
    dialog.showErrorBox(textsIn(lang).reliability.damage.cannotOpen, `${opts.dbFile}\n\n${text}`);
    app.quit();
    return;
  }
  registerIpc(ctx);
  serveRenderer(path.join(__dirname, '../renderer'));
  buildMenu();
  const win = new BrowserWindow(windowOptions(path.join(__dirname, '../preload/index.js')));
  win.once('ready-to-show', () => win.show());
  // Main's events (a colleague's change on the server, transfer progress) go to the app's window only.
  const stopEvents = ctx.events?.subscribe((e) => {
    if (!win.isDestroyed()) win.webContents.send(ipcEventChannel(e.name), e.payload);
  });
  win.on('closed', () => stopEvents?.());
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  app.on('window-all-closed', async () => {
    await ctx.db.close();
    app.quit();
  });
}

start();
