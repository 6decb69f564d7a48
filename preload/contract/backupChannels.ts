import { backupRef, type BackupInfo, type RestoreResult } from './backups';
import { channel, type ChannelDef } from './channel';
import { empty } from './common';

export const backupChannels = {
  'backups.list': channel(empty).returns<BackupInfo[]>(),
  'backups.create': channel(empty).returns<BackupInfo>(),
  'backups.restore': channel(backupRef).returns<RestoreResult>(),
} satisfies Record<string, ChannelDef>;
