import type { searchChannels } from '../../preload/contract/searchChannels';
import type { HandlersFor } from '../api/handlers';
import { overviewSections } from '../overview/lookup';
import { searchIndexStatus } from './indexStatus';
import { search } from './searchService';

export const searchHandlers: HandlersFor<keyof typeof searchChannels> = {
  'search.query': (ctx, q) => search(ctx.db, q),
  'search.status': async (ctx) => searchIndexStatus(ctx.db),
  'overview.sections': (ctx) => overviewSections(ctx.db, ctx.clock.today()),
};
