import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

export function ComingSoonPage({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" withBorder>
      <Title order={2} mb="md">
        {area}
      </Title>
      <EmptyState title={t('comingSoon.title')} text={t('comingSoon.text', { area })} />
    </Paper>
  );
}
