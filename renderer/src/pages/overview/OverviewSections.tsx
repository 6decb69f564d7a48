import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewItem, OverviewSection } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';

const toneColor: Record<OverviewItem['tone'], string> = { danger: 'red', warning: 'orange', info: 'blue', neutral: 'gray' };
const SHOWN = 6;

function Item({ item, section }: { item: OverviewItem; section: string }) {
  const { t } = useTranslation();
  const values: Record<string, string | number> = Object.fromEntries(Object.entries(item.detailValues ?? {}).map(([k, v]) => [k, k.endsWith('Date') ? longDate(String(v)) : v]));
  // A memo sent to a kind of recipient (no name) is said in the reader's words for that kind.
  if (values.recipientKind !== undefined && !values.recipient) values.recipient = t(`memos.recipientKind.${values.recipientKind}`);
  const detail = item.detailKey ? t(item.detailKey, { ...values, defaultValue: item.detail ?? '' }) : item.detail;
  const dateText = item.date ? (section === 'involvementOverdue' ? t('overviewSections.overdueSince', { date: longDate(item.date) }) : longDate(item.date)) : null;
  return (
    <UnstyledButton onClick={() => (window.location.hash = `#/${item.route}`)} p={6} style={{ borderRadius: 4 }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        {/* The whole text wraps: at 1280 px an action item's "what" and its owner are the words that matter. */}
        <div style={{ minWidth: 0, overflowWrap: 'break-word' }}>
          <Text size="sm" fw={500}>
            {item.title}
          </Text>
          {detail && (
            <Text size="xs" c="dimmed">
              {detail}
            </Text>
          )}
        </div>
        {dateText && (
          <Badge variant="light" color={toneColor[item.tone]} style={{ flexShrink: 0 }}>
            {dateText}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}

function SectionCard({ s }: { s: OverviewSection }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? s.items : s.items.slice(0, SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-label={t(`overviewSections.${s.key}`)}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t(`overviewSections.${s.key}`)}</Title>
        {s.items.length > 0 && (
          <Badge variant="filled" color={toneColor[s.items[0]!.tone]} circle={s.total < 10 && !s.more}>
            {s.more ? t('overviewSections.moreThanTotal', { count: s.total }) : s.total}
          </Badge>
        )}
      </Group>
      {s.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overviewSections.empty')}
        </Text>
      ) : (
        <Stack gap={2}>
          {shown.map((i) => (
            <Item key={i.key} item={i} section={s.key} />
          ))}
          {!all && s.items.length > SHOWN && (
            <UnstyledButton onClick={() => setAll(true)}>
              <Text size="xs" c="blue">
                {t(s.more ? 'overviewSections.moreThan' : 'overviewSections.more', { count: s.total - SHOWN })}
              </Text>
            </UnstyledButton>
          )}
          {all && (s.more || s.total > s.items.length) && (
            <Text size="xs" c="dimmed">
              {s.more ? t('paging.cappedMore', { shown: s.items.length }) : t('paging.capped', { shown: s.items.length, total: s.total })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The work list's read: the overview page starts it beside app.info, so the two do not wait on each other. */
export const sectionsQuery = { queryKey: ['overview.sections'], queryFn: () => call('overview.sections', {}) };

/** The start screen's work list: what needs doing today, from every feature that registered a section. */
export function OverviewSections() {
  const { t } = useTranslation();
  const q = useQuery(sectionsQuery);
  if (!q.data) return null;
  const ready = q.data.filter((s) => s.available);
  const coming = q.data.filter((s) => !s.available);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {ready.map((s) => (
          <SectionCard key={s.key} s={s} />
        ))}
      </SimpleGrid>
      {coming.length > 0 && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {coming.map((s) => (
            <Paper key={s.key} withBorder p="sm" bg="gray.1" component="section" aria-label={t(`overviewSections.${s.key}`)}>
              <Text size="sm" fw={600} c="dimmed">
                {t(`overviewSections.${s.key}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('overviewSections.comingSoon')}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
