import { useQuery } from '@tanstack/react-query';
import type { MemoLinkKind } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';

/** What a memo can be linked to, by kind, as picker options; decisions are named by hand. */
export function useLinkTargets(kind: MemoLinkKind) {
  return useQuery({
    queryKey: ['memoLinkTargets', kind],
    enabled: kind !== 'decision',
    queryFn: async () => {
      if (kind === 'initiative') return (await call('initiatives.list', { limit: 1000 })).items.map((i) => ({ value: String(i.id), label: i.name }));
      // The meetings a memo goes to: from a year back on (a region has thousands over six years).
      const fromDate = `${new Date().getFullYear() - 1}-01-01`;
      return (await call('meetings.list', { fromDate, limit: 1000 })).items.map((m) => ({ value: String(m.id), label: `${m.title} (${longDate(m.date)})` }));
    },
  });
}
