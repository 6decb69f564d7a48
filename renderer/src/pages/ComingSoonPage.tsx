import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageTitle } from '../components/PageTitle';

export function ComingSoonPage({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" withBorder>
      <PageTitle mb="md">
        {area}
      </PageTitle>
      <EmptyState title={t('comingSoon.title')} text={t('comingSoon.text', { area })} />
    </Paper>
  );
}
