import type { searchChannels } from '../../preload/contract/searchChannels';
import type { HandlersFor } from '../api/handlers';
import { overviewSections } from '../overview/lookup';
import { search } from './searchService';

export const searchHandlers: HandlersFor<keyof typeof searchChannels> = {
  'search.query': (ctx, q) => search(ctx.db, q),
  'overview.sections': (ctx) => overviewSections(ctx.db),
};
