import type { gdprChannels } from '../../preload/contract/gdprChannels';
import type { HandlersFor } from '../api/handlers';
import { erasePerson, previewErasure } from './erasure';
import { exportPersonData } from './personExport';
import { eraseExpired, keepPeople, retentionProposals } from './retention';

export const gdprHandlers: HandlersFor<keyof typeof gdprChannels> = {
  'people.exportData': (ctx, { id, format }) => exportPersonData(ctx.db, id, format),
  'erasure.preview': (ctx, { id }) => previewErasure(ctx.db, id),
  'people.erase': (ctx, { id }) => erasePerson(ctx.db, id),
  'retention.list': (ctx) => retentionProposals(ctx.db),
  'retention.setKeepUntil': (ctx, { ids }) => keepPeople(ctx.db, ids),
  'retention.erase': (ctx, { ids }) => eraseExpired(ctx.db, ids),
};
