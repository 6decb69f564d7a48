import { channel, type ChannelDef } from './channel';
import { empty } from './common';
import type { OverviewSection } from './overview';
import * as s from './search';

export const searchChannels = {
  'search.query': channel(s.searchQuery).returns<s.SearchResult>(),
  'search.status': channel(empty).returns<s.SearchIndexStatus>(),
  'overview.sections': channel(empty).returns<OverviewSection[]>(),
} satisfies Record<string, ChannelDef>;
