import path from 'node:path';
import { parseStartArgs, userDataDir } from './app/dataLocation';
import { CONNECTION_FILE, readConnection, serverToOpen } from './database/connectionConfig';
import { DamagedDatabaseError } from '../db/database';
import { restoreOfferedBackup, startServices } from './app/startup';
import { damageLanguage, textsIn } from './app/startLanguage';
import { startHost } from './host/httpHost';

/** Browser mode: `npm run web -- [--db PATH] [--port N] [--demo] [--allow-network-folder] [--restore-backup]`. Plain Node, no Electron. */
async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  // Without --db, Indstillinger → Database's saved choice: a server's password from PGPASSWORD or ~/.pgpass.
  const connectionFile = path.join(userDataDir(), CONNECTION_FILE);
  const server = args.dbGiven ? null : serverToOpen(readConnection(connectionFile));
  const opts = { ...args, connectionFile, ...(server ? { dbFile: server.url, server: { tls: server.tls } } : {}) };
  const ctx = await startServices(opts, 'http').catch(async (err) => {
    if (!(err instanceof DamagedDatabaseError)) throw err;
    const lang = damageLanguage(err);
    if (!err.newestBackup) throw new Error(err.describe(lang));
    if (!process.argv.includes('--restore-backup')) throw new Error(`${err.describe(lang)}\n${textsIn(lang).reliability.damage.restoreFlag}`);
    await restoreOfferedBackup(err);
    return startServices(opts, 'http');
  });
  const host = await startHost({ ctx, staticDir: path.join(__dirname, '../renderer'), port: opts.port });
  console.log(`Samspil kører i browsertilstand.\n${ctx.db.engine === 'sqlite' ? 'Datafil' : 'Server'}: ${ctx.db.file}\nÅbn: ${host.url}\n(Ctrl+C stopper)`);
  const stop = async () => {
    await host.close();
    await ctx.db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
