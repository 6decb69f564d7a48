import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onEvent } from './events';

/** Queries that never show shared data, or that a refetch would disturb mid-use. */
const keep = new Set(['app.info', 'mail.preview', 'erasure.preview', 'meetings.previewSeries']);

/**
 * On a shared server a colleague's committed change arrives as 'data.changed' (LISTEN/NOTIFY): the
 * queries on screen are refetched (the app's own saves invalidate the same way), the rest go stale.
 * Bursts (an import, a reorder of many items) are gathered into one refresh.
 */
export function useLiveRefresh(): void {
  const qc = useQueryClient();
  useEffect(() => {
    let timer: number | null = null;
    const stop = onEvent('data.changed', () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        void qc.invalidateQueries({ predicate: (q) => !keep.has(String(q.queryKey[0])) });
      }, 150);
    });
    return () => {
      stop();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [qc]);
}
