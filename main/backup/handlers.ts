import { appLanguage } from '../settings/lookup';
import type { backupChannels } from '../../preload/contract/backupChannels';
import type { HandlersFor } from '../api/handlers';
import { backupNow, listBackups, restoreBackup } from './backupService';
import { dataHealth, restoreAfterDamage } from './damageService';

export const backupHandlers: HandlersFor<keyof typeof backupChannels> = {
  'backups.list': async (ctx) => (ctx.db.engine === 'sqlite' ? listBackups(ctx.db.file) : []),
  'backups.create': (ctx) => backupNow(ctx.db),
  'backups.restore': (ctx, { fileName }) => restoreBackup(ctx.db, fileName),
  'backups.health': async (ctx) => dataHealth(ctx.db, await appLanguage(ctx.db)),
  'backups.restoreAfterDamage': (ctx) => restoreAfterDamage(ctx.db),
};
