import type { gdprChannels } from '../../preload/contract/gdprChannels';
import type { HandlersFor } from '../api/handlers';
import { exportPersonData } from './personExport';

export const gdprHandlers: HandlersFor<keyof typeof gdprChannels> = {
  'people.exportData': (ctx, { id }) => exportPersonData(ctx.db, id),
};
