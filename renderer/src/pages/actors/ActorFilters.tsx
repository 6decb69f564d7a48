import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '../../../../preload/contract';
import { call } from '../../api/client';
import { kindOptions, relationFilterOptions } from './options';

export interface ActorFilterValue {
  search: string;
  kind: OrganisationKind | null;
  relation: 'core' | 'adhoc' | 'none' | null;
  bodyId: number | null;
}

export const emptyFilter: ActorFilterValue = { search: '', kind: null, relation: null, bodyId: null };

export const isUnfiltered = (f: ActorFilterValue) => !f.search.trim() && !f.kind && !f.relation && !f.bodyId;

export function ActorFilters({ value, onChange, showKind }: { value: ActorFilterValue; onChange: (v: ActorFilterValue) => void; showKind: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.search);
  // A list search costs a few ms even at region size (trigram index), so the pause only merges bursts
  // (key repeat, paste); anything longer is latency the user waits through after the last key.
  const [debounced] = useDebouncedValue(text, 20);
  const bodies = useQuery({ queryKey: ['bodies.options'], queryFn: () => call('bodies.options', {}) });

  useEffect(() => {
    if (debounced !== value.search) onChange({ ...value, search: debounced });
  }, [debounced, value, onChange]);

  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('actors.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rightSection={text ? <CloseButton aria-label={t('common.close')} onClick={() => setText('')} size="sm" /> : null}
        style={{ flex: '1 1 240px' }}
        data-autofocus
      />
      {showKind && (
        <Select
          aria-label={t('actors.filterKind')}
          placeholder={t('actors.filterKind')}
          data={kindOptions(t)}
          value={value.kind}
          onChange={(v) => onChange({ ...value, kind: v as OrganisationKind | null })}
          clearable
          w={200}
        />
      )}
      <Select
        aria-label={t('actors.filterRelation')}
        placeholder={t('actors.filterRelation')}
        data={relationFilterOptions(t)}
        value={value.relation}
        onChange={(v) => onChange({ ...value, relation: v as ActorFilterValue['relation'] })}
        clearable
        w={180}
      />
      <Select
        aria-label={t('actors.filterBody')}
        placeholder={t('actors.filterBody')}
        data={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
        value={value.bodyId ? String(value.bodyId) : null}
        onChange={(v) => onChange({ ...value, bodyId: v ? Number(v) : null })}
        clearable
        w={200}
      />
    </Group>
  );
}
