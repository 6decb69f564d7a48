import { Box, Loader, Text, UnstyledButton } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Page } from '../../../preload/contract';

const PAGE_SIZE = 100;
/** The next page is asked for while this many loaded rows are still below the view, so a scroll rarely meets "…". */
const FETCH_AHEAD = 60;

interface Props<T extends { id: number }> {
  queryKey: unknown[];
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  /** Keep it stable (useCallback or module level): rows are memoised on it. */
  renderRow: (item: T) => ReactNode;
  selectedId?: number;
  onSelect: (item: T) => void;
  empty: ReactNode;
  label: string;
  onTotal?: (total: number) => void;
  rowHeight?: number;
}

interface RowProps<T> {
  item: T;
  selected: boolean;
  onSelect: (item: T) => void;
  renderRow: (item: T) => ReactNode;
}

/** One option; re-renders only when its item, selection or callbacks change, not on every scroll step. */
const Row = memo(function Row<T>({ item, selected, onSelect, renderRow }: RowProps<T>) {
  return (
    <UnstyledButton
      role="option"
      aria-selected={selected}
      onClick={() => onSelect(item)}
      w="100%"
      h="100%"
      px="sm"
      bg={selected ? 'blue.0' : undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      {renderRow(item)}
    </UnstyledButton>
  );
}) as <T>(props: RowProps<T>) => ReactNode;

/** A paged, virtualised list: only visible rows are in the DOM; arrow keys move, Enter opens. */
export function VirtualList<T extends { id: number }>({ queryKey, fetchPage, renderRow, selectedId, onSelect, empty, label, onTotal, rowHeight = 56 }: Props<T>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam, PAGE_SIZE),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    // While a new search runs, the previous result stays on screen instead of a spinner: the list is
    // not torn down and rebuilt on every keystroke.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);
  const total = pages?.[0]?.total;
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: query.hasNextPage ? items.length + 1 : items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Rows have a fixed height; React 19 batches the scroll update itself, without a forced sync render per event.
    useFlushSync: false,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  useEffect(() => {
    if (lastIndex >= items.length - FETCH_AHEAD && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  useEffect(() => {
    if (total !== undefined) onTotal?.(total);
  }, [total, onTotal]);

  // A new filter starts at the top of its result.
  const keyText = JSON.stringify(queryKey);
  useEffect(() => {
    if (parentRef.current) parentRef.current.scrollTop = 0;
  }, [keyText]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const idx = items.findIndex((i) => i.id === selectedId);
    const next = items[Math.min(items.length - 1, Math.max(0, idx + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      onSelect(next);
      virtualizer.scrollToIndex(items.indexOf(next));
    }
  };

  if (query.isLoading) return <Loader m="md" size="sm" />;
  if (items.length === 0) return <>{empty}</>;
  return (
    <Box ref={parentRef} role="listbox" aria-label={label} aria-busy={query.isPlaceholderData} tabIndex={0} onKeyDown={onKeyDown} style={{ height: '100%', overflow: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((v) => {
          const item = items[v.index];
          return (
            <div key={v.key} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: rowHeight, transform: `translateY(${v.start}px)`, contain: 'strict' }}>
              {item ? (
                <Row item={item} selected={item.id === selectedId} onSelect={onSelect} renderRow={renderRow} />
              ) : (
                <Text size="sm" c="dimmed" p="sm">
                  …
                </Text>
              )}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
