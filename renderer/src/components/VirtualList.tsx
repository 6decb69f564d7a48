import { Box, Loader, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Page } from '../../../preload/contract';

const PAGE_SIZE = 100;

interface Props<T extends { id: number }> {
  queryKey: unknown[];
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  renderRow: (item: T) => ReactNode;
  selectedId?: number;
  onSelect: (item: T) => void;
  empty: ReactNode;
  label: string;
  onTotal?: (total: number) => void;
  rowHeight?: number;
}

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
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: query.hasNextPage ? items.length + 1 : items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems[virtualItems.length - 1];

  useEffect(() => {
    if (last && last.index >= items.length - 1 && query.hasNextPage && !query.isFetchingNextPage) query.fetchNextPage();
  }, [last, items.length, query]);

  useEffect(() => {
    if (total !== undefined) onTotal?.(total);
  }, [total, onTotal]);

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
    <Box ref={parentRef} role="listbox" aria-label={label} tabIndex={0} onKeyDown={onKeyDown} style={{ height: '100%', overflow: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((v) => {
          const item = items[v.index];
          return (
            <div key={v.key} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: v.size, transform: `translateY(${v.start}px)` }}>
              {item ? (
                <UnstyledButton
                  role="option"
                  aria-selected={item.id === selectedId}
                  onClick={() => onSelect(item)}
                  w="100%"
                  h="100%"
                  px="sm"
                  bg={item.id === selectedId ? 'blue.0' : undefined}
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  {renderRow(item)}
                </UnstyledButton>
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
