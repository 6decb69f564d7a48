import type { DatabaseStatus } from '../../preload/contract';
import type { HandlersFor, HandlerContext } from '../api/handlers';
import { ServiceError } from '../api/serviceError';
import { readConnection, settingsOfUrl, writeConnection, type ConnectionConfig } from './connectionConfig';
import { probeServer } from './serverProbe';
import { exportToFile, moveToServer } from './transferService';

function status(ctx: HandlerContext): DatabaseStatus {
  const current: DatabaseStatus['current'] =
    ctx.db.engine === 'postgres' ? { mode: 'server', server: settingsOfUrl(ctx.db.file, ctx.serverTls ?? 'disable') } : { mode: 'file', file: ctx.db.file };
  const saved = readConnection(ctx.connectionFile);
  const configured: DatabaseStatus['configured'] = saved.mode === 'server' ? { mode: 'server', server: saved.server, passwordSaved: !!saved.passwordSealed } : { mode: 'file' };
  const same =
    configured.mode === current.mode &&
    (configured.mode === 'file' || JSON.stringify(configured.server) === JSON.stringify(current.mode === 'server' ? current.server : null));
  return { current, configured, restartNeeded: !same, passwordKeeping: ctx.secrets ? 'safeStorage' : 'environment' };
}

export const databaseHandlers: HandlersFor<'database.status' | 'database.testConnection' | 'database.setConnection' | 'database.moveToServer' | 'database.exportToFile'> = {
  'database.status': async (ctx) => status(ctx),
  'database.testConnection': (_ctx, login) => probeServer(login),
  'database.setConnection': async (ctx, choice) => {
    if (!ctx.connectionFile) throw new ServiceError('FORBIDDEN', 'database.startedWithDb');
    let config: ConnectionConfig = { mode: 'file' };
    if (choice.mode === 'server') {
      const { mode: _mode, password, ...server } = choice;
      const before = readConnection(ctx.connectionFile);
      let passwordSealed = before.mode === 'server' ? before.passwordSealed : undefined;
      if (password) {
        // Browser mode keeps no password: PGPASSWORD or ~/.pgpass, as the README says.
        if (!ctx.secrets?.available()) throw new ServiceError('VALIDATION', 'database.noPasswordStore');
        passwordSealed = ctx.secrets.seal(password);
      }
      config = { mode: 'server', server, ...(passwordSealed ? { passwordSealed } : {}) };
    }
    writeConnection(ctx.connectionFile, config);
    return status(ctx);
  },
  'database.moveToServer': (ctx, input) => moveToServer(ctx, input),
  'database.exportToFile': (ctx, input) => exportToFile(ctx, input),
};
