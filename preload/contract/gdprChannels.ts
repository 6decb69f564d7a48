import { channel, type ChannelDef } from './channel';
import { byId, empty, type FileResult } from './common';
import { erasePersonInput, exportPersonInput, retentionIdsInput, type ErasurePlan, type RetentionProposals } from './gdpr';

/** Data-subject rights: access (Art. 15), erasure (Art. 17) and retention proposals. */
export const gdprChannels = {
  'people.exportData': channel(exportPersonInput).file<FileResult>(),
  'erasure.preview': channel(byId).returns<ErasurePlan>(),
  'people.erase': channel(erasePersonInput).returns<ErasurePlan>(),
  'retention.list': channel(empty).returns<RetentionProposals>(),
  'retention.setKeepUntil': channel(retentionIdsInput).returns<{ kept: number; keepUntil: string }>(),
  'retention.erase': channel(retentionIdsInput).returns<{ erased: number }>(),
} satisfies Record<string, ChannelDef>;
