import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchIndexStatus } from './useSearchIndexStatus';

/** A status line under the search field while the index is rebuilt in the background; gone when it is done. */
export function SearchIndexProgress() {
  const { t } = useTranslation();
  const status = useSearchIndexStatus();
  if (!status.rebuilding) return null;
  return (
    <Stack gap={4} mb="sm" px={4} role="status" aria-live="polite" data-testid="search-index-progress">
      <Text size="xs" c="dimmed">
        {t('search.indexing', { percent: status.percent })}
      </Text>
      <Progress value={status.percent} size="sm" aria-label={t('search.indexingLabel')} aria-valuetext={`${status.percent} %`} />
      <Text size="xs" c="dimmed">
        {t('search.indexingHint')}
      </Text>
    </Stack>
  );
}
