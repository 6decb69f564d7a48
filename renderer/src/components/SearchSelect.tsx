import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many options a search picker asks the server for. */
export const PICK_LIMIT = 30;

export interface PickOption {
  value: string;
  label: string;
}

/** One server search: the best `limit` options for the typed words and how many matched in all. */
export type PickSearch = (search: string, limit: number) => Promise<{ options: PickOption[]; total: number }>;

const MORE = '__more';

/**
 * The names of values a form has held, by value: a searched picker's value need not be among the current
 * hits, and a form may hold any of them again (a colleague's version reloaded, "Indsæt mine ændringer").
 */
export function usePickLabels(initial: Record<string, string | null | undefined>) {
  const [labels, setLabels] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(initial).filter((e): e is [string, string] => !!e[1])));
  const remember = useCallback((value: string | null, label: string | null | undefined) => {
    if (value && label) setLabels((l) => (l[value] === label ? l : { ...l, [value]: label }));
  }, []);
  return { labelOf: (value: string | null) => (value ? (labels[value] ?? null) : null), remember };
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter' | 'searchable'> & {
  /** Part of the react-query key: what is searched (e.g. ['initiatives', 'pick']). */
  queryKey: unknown[];
  search: PickSearch;
  value: string | null;
  /** The label of the current value, shown before any search (the value may not be among the first options). */
  selectedLabel?: string | null;
  onChange: (value: string | null, label: string | null) => void;
  /** Values not offered (already linked). */
  exclude?: (value: string) => boolean;
};

/**
 * A single pick from a list too large to load (a region has thousands of initiatives and meetings): each
 * typed search asks the server for the first few matches, and the list says how many more there are.
 */
export function SearchSelect({ queryKey, search, value, selectedLabel, onChange, exclude, ...rest }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  // The Select puts the chosen label in the field: that is not a search.
  const term = typed.trim() === (selectedLabel ?? '').trim() ? '' : typed.trim();
  const [debounced] = useDebouncedValue(term, 150);
  const found = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced, PICK_LIMIT),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.options ?? []).filter((o) => !exclude?.(o.value));
  const data = [...options];
  if (value && selectedLabel && !data.some((o) => o.value === value)) data.unshift({ value, label: selectedLabel });
  const shown = found.data?.options.length ?? 0;
  const total = found.data?.total ?? 0;
  const withMore = total > shown ? [...data, { value: MORE, label: t('paging.pickMore', { shown, total }), disabled: true }] : data;
  return (
    <Select
      {...rest}
      searchable
      data={withMore}
      value={value}
      searchValue={typed}
      onSearchChange={setTyped}
      // The server has filtered already ("oe" finds "ø" there); the Select must not filter again.
      filter={({ options: o }) => o}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('paging.pickNone')}
      onChange={(v, option) => (v === MORE ? undefined : onChange(v, v ? (option?.label ?? null) : null))}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter' | 'searchable'> & {
  /** Part of the react-query key: what is searched (e.g. ['people', 'pick']). */
  queryKey: unknown[];
  search: PickSearch;
  /** The picked options with their labels: a picked one need not be among the current search hits. */
  value: PickOption[];
  onChange: (value: PickOption[]) => void;
};

/**
 * Many picks from a list too large to load (a region has tens of thousands of people): each typed search
 * asks the server for the first few matches; the picked ones stay as pills with their names while other
 * words are searched. Backspace in an empty field takes the last one off.
 */
export function SearchMultiSelect({ queryKey, search, value, onChange, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed.trim(), 150);
  const found = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced, PICK_LIMIT),
    placeholderData: keepPreviousData,
  });
  const picked = new Set(value.map((o) => o.value));
  // The picked ones first (their pills take their labels from here), hidden from the list by hidePickedOptions.
  const data: (PickOption & { disabled?: boolean })[] = [...value, ...(found.data?.options ?? []).filter((o) => !picked.has(o.value))];
  const shown = found.data?.options.length ?? 0;
  const total = found.data?.total ?? 0;
  if (total > shown) data.push({ value: MORE, label: t('paging.pickMore', { shown, total }), disabled: true });
  return (
    <MultiSelect
      {...rest}
      searchable
      hidePickedOptions
      data={data}
      value={value.map((o) => o.value)}
      searchValue={typed}
      onSearchChange={setTyped}
      // The server has filtered already ("oe" finds "ø" there); the MultiSelect must not filter again.
      filter={({ options: o }) => o}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('paging.pickNone')}
      onChange={(values) => {
        const byValue = new Map(data.map((o) => [o.value, o]));
        onChange(values.filter((v) => v !== MORE).map((v) => ({ value: v, label: byValue.get(v)?.label ?? v })));
      }}
    />
  );
}
