import type { MemoLinkKind } from '../../../../preload/contract';
import { call } from '../../api/client';
import type { PickSearch } from '../../components/SearchSelect';
import { longDate } from '../../format';

/**
 * What a memo can be linked to, searched on the server by kind (a region has thousands of initiatives
 * and meetings); decisions are named by hand. The option's label becomes the link's label.
 */
export function linkTargetSearch(kind: Exclude<MemoLinkKind, 'decision'>): PickSearch {
  if (kind === 'initiative') {
    return async (search, limit) => {
      const page = await call('initiatives.list', { search, limit });
      return { options: page.items.map((i) => ({ value: String(i.id), label: i.name })), total: page.total };
    };
  }
  return async (search, limit) => {
    // The meetings a memo goes to: from a year back on.
    const fromDate = `${new Date().getFullYear() - 1}-01-01`;
    const page = await call('meetings.list', { fromDate, search, limit });
    return { options: page.items.map((m) => ({ value: String(m.id), label: `${m.title} (${longDate(m.date)})` })), total: page.total };
  };
}
