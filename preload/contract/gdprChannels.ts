import { channel, type ChannelDef } from './channel';
import { byId, type FileResult } from './common';

/** Data-subject rights (GDPR Art. 15). Erasure is trash.purge, which leaves no bytes behind. */
export const gdprChannels = {
  'people.exportData': channel(byId).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
