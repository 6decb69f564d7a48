import { backupRef, type BackupInfo, type DataHealth, type RestoreResult } from './backups';
import { channel, type ChannelDef } from './channel';
import { empty } from './common';

export const backupChannels = {
  'backups.list': channel(empty).returns<BackupInfo[]>(),
  'backups.create': channel(empty).returns<BackupInfo>(),
  'backups.restore': channel(backupRef).returns<RestoreResult>(),
  'backups.health': channel(empty).returns<DataHealth>(),
  /** When the background check found damage: the damaged file aside, the newest good backup in its place. */
  'backups.restoreAfterDamage': channel(empty).returns<{ restoredFrom: string }>(),
} satisfies Record<string, ChannelDef>;
