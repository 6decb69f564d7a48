import { Combobox, Pill, PillsInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

const PICK_LIMIT = 30;

export interface PickedActor {
  value: string;
  label: string;
}

/**
 * Many people and organisations picked from a list searched on the server (names folded as every list
 * folds them: "oe" finds "ø"). Type, Enter picks the first match, type again; Backspace in an empty
 * field takes the last one off. The first match is marked whenever new results arrive, so Enter always
 * picks what the list shows first.
 */
export function ActorPicker({ label, value, onChange, excluded, error }: { label: string; value: PickedActor[]; onChange: (v: PickedActor[]) => void; excluded: Set<string>; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 120);
  const found = useQuery({
    queryKey: ['bodyPage.pick', debounced],
    queryFn: async () => {
      const [people, orgs] = await Promise.all([
        call('people.list', { search: debounced, offset: 0, limit: PICK_LIMIT }),
        call('organisations.list', { search: debounced, offset: 0, limit: PICK_LIMIT }),
      ]);
      return {
        people: people.items.map((p) => ({ value: `person:${p.id}`, label: p.name, detail: p.organisationName })),
        orgs: orgs.items.map((o) => ({ value: `organisation:${o.id}`, label: o.name, detail: null })),
      };
    },
    placeholderData: keepPreviousData,
  });
  const picked = useMemo(() => new Set(value.map((v) => v.value)), [value]);
  const groups = useMemo(
    () =>
      [
        { label: t('actors.people'), items: (found.data?.people ?? []).filter((o) => !picked.has(o.value)) },
        { label: t('actors.organisations'), items: (found.data?.orgs ?? []).filter((o) => !picked.has(o.value)) },
      ].filter((g) => g.items.length > 0),
    [found.data, picked, t],
  );
  const fresh = !found.isPlaceholderData && found.isSuccess;
  useEffect(() => {
    if (fresh && combobox.dropdownOpened) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groups, fresh, combobox.dropdownOpened]);

  const all = groups.flatMap((g) => g.items);
  const pick = (v: string) => {
    const o = all.find((x) => x.value === v);
    if (!o || excluded.has(v)) return;
    onChange([...value, { value: o.value, label: o.label }]);
    setSearch('');
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick}>
      <Combobox.DropdownTarget>
        <PillsInput label={label} id={id} error={error} onClick={() => combobox.openDropdown()}>
          <Pill.Group>
            {value.map((v) => (
              <Pill key={v.value} withRemoveButton onRemove={() => onChange(value.filter((x) => x.value !== v.value))} removeButtonProps={{ 'aria-label': `${t('common.delete')} ${v.label}` }}>
                {v.label}
              </Pill>
            ))}
            <Combobox.EventsTarget withExpandedAttribute>
              <PillsInput.Field
                id={id}
                value={search}
                placeholder={value.length ? undefined : t('bodyPage.pickPlaceholder')}
                onFocus={() => combobox.openDropdown()}
                onBlur={() => combobox.closeDropdown()}
                onChange={(e) => {
                  combobox.openDropdown();
                  combobox.resetSelectedOption();
                  setSearch(e.currentTarget.value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Backspace' && search === '' && value.length) onChange(value.slice(0, -1));
                }}
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }} aria-label={label}>
          {groups.length === 0 ? (
            <Combobox.Empty>{found.isFetching ? t('common.loading') : t('actors.noMatches')}</Combobox.Empty>
          ) : (
            groups.map((g) => (
              <Combobox.Group key={g.label} label={g.label}>
                {g.items.map((o) => (
                  <Combobox.Option key={o.value} value={o.value} disabled={excluded.has(o.value)}>
                    {o.label}
                    {o.detail ? `, ${o.detail}` : ''}
                    {excluded.has(o.value) ? ` (${t('bodyPage.alreadyMember')})` : ''}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
