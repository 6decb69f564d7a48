import { ActionIcon, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "1–50 of 500" with previous/next: for screens that read one page at a time. Hidden when all fit on one page. */
export function Pager({ offset, limit, total, onOffset }: { offset: number; limit: number; total: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  const to = Math.min(total, offset + limit);
  return (
    <Group gap="xs" justify="flex-end" role="navigation" aria-label={t('paging.label')}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('paging.range', { from: total === 0 ? 0 : offset + 1, to, total })}
      </Text>
      <ActionIcon variant="default" aria-label={t('paging.previous')} disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        <IconChevronLeft size={16} />
      </ActionIcon>
      <ActionIcon variant="default" aria-label={t('paging.next')} disabled={to >= total} onClick={() => onOffset(offset + limit)}>
        <IconChevronRight size={16} />
      </ActionIcon>
    </Group>
  );
}
