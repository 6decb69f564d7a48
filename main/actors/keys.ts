import { searchKey, sortKey } from '../../db/textKeys';

export function keysFor(name: string, ...extra: (string | null | undefined)[]) {
  return {
    sortKey: sortKey(name),
    searchText: [name, ...extra].map(searchKey).filter(Boolean).join(' | '),
  };
}

export const now = () => new Date().toISOString();
