import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SearchIndexStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { onEvent } from '../../api/events';

const KEY = ['search.status'];

/**
 * The search index's background rebuild: asked once, then kept current by 'search.progress' events
 * (with a slow poll as a fallback should an event be missed), until it is done.
 */
export function useSearchIndexStatus(): SearchIndexStatus & { percent: number } {
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: KEY,
    queryFn: () => call('search.status', {}),
    refetchInterval: (q) => (q.state.data?.rebuilding ? 3000 : false),
  });
  useEffect(
    () =>
      onEvent('search.progress', (p) => {
        qc.setQueryData(KEY, p);
        // Hits found while it ran may have missed objects: ask again now that it is done.
        if (!p.rebuilding) void qc.invalidateQueries({ queryKey: ['search.query'] });
      }),
    [qc],
  );
  const s = status.data ?? { rebuilding: false, done: 0, of: 0 };
  return { ...s, percent: s.of > 0 ? Math.floor((100 * s.done) / s.of) : 0 };
}
