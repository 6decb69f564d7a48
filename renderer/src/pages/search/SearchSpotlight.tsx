import { Badge, Group, Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';
import { Highlighted } from './Highlighted';
import { SearchIndexProgress } from './SearchIndexProgress';
import { useSearchIndexStatus } from './useSearchIndexStatus';

function open(hit: SearchHit) {
  window.location.hash = `#/${hit.route}`;
}

function useSearchResults({ q, onDone }: { q: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const [active, setActive] = useState(0);
  const hits = useQuery({
    queryKey: ['search.query', debounced],
    queryFn: () => call('search.query', { q: debounced, limit: 20 }),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
  });
  const index = useSearchIndexStatus();
  const items = debounced.length >= 2 ? (hits.data?.hits ?? []) : [];
  const incomplete = debounced.length >= 2 && (!!hits.data?.incomplete || index.rebuilding);
  const more = debounced.length >= 2 && !!hits.data?.more;
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    open(hit);
    onDone();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(items.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') choose(items[active]);
    else return;
    e.preventDefault();
  };
  return { onKey, setActive, view: (
    <Stack gap={4} role="listbox" aria-label={t('search.label')} mah="60vh" style={{ overflowY: 'auto' }}>
      {debounced.length < 2 && (
        <Text size="sm" c="dimmed">
          {t('search.hint')}
        </Text>
      )}
      {debounced.length >= 2 && hits.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed" role="status">
          {t('search.noHits', { q: debounced })}
        </Text>
      )}
      {items.map((h, i) => (
        <UnstyledButton
          key={`${h.kind}-${h.id}`}
          role="option"
          aria-selected={i === active}
          onMouseEnter={() => setActive(i)}
          onClick={() => choose(h)}
          p="xs"
          style={{ borderRadius: 4, background: i === active ? 'var(--mantine-color-blue-0)' : undefined }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge variant="light" size="sm" miw={110} style={{ flexShrink: 0 }}>
              {t(`search.kind.${h.kind}`, { defaultValue: h.kind })}
            </Badge>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                <Highlighted parts={h.title} />
              </Text>
              {(h.date || h.context.length > 0) && (
                <Text size="xs" c="dimmed" data-testid="search-context">
                  {[h.date ? longDate(h.date) : null, ...h.context].filter(Boolean).join(' · ')}
                </Text>
              )}
              {h.snippet.length > 0 && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  <Highlighted parts={h.snippet} />
                </Text>
              )}
            </div>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  ), footer: (
    <>
      {incomplete && (
        <Text size="xs" c="orange.9" role="status" data-testid="search-incomplete">
          {t('search.incomplete', { percent: index.percent })}
        </Text>
      )}
      {more && (
        <Text size="xs" c="dimmed" role="status">
          {t('search.more', { count: items.length })}
        </Text>
      )}
    </>
  ) };
}

function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const results = useSearchResults({ q, onDone: onClose });
  return (
    <Modal opened onClose={onClose} title={t('search.label')} size="xl" yOffset="8vh">
      <Stack>
        <TextInput
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          data-autofocus
          onChange={(e) => {
            setQ(e.currentTarget.value);
            results.setActive(0);
          }}
          onKeyDown={results.onKey}
        />
        {results.view}
        {results.footer}
      </Stack>
    </Modal>
  );
}

/** The header's search field; Ctrl+K (⌘K) opens it from anywhere. */
export function SearchSpotlight() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  return (
    <>
      <UnstyledButton
        onClick={() => setOpened(true)}
        aria-keyshortcuts="Control+K"
        px="sm"
        py={6}
        mb="sm"
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, background: 'white' }}
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            <IconSearch size={15} color="var(--mantine-color-dimmed)" />
            <Text size="sm" c="dimmed">
              {t('search.button')}
            </Text>
          </Group>
          <Kbd size="xs" aria-hidden>
            Ctrl K
          </Kbd>
        </Group>
      </UnstyledButton>
      <SearchIndexProgress />
      {opened && <SearchDialog onClose={() => setOpened(false)} />}
    </>
  );
}
