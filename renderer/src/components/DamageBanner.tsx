import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorMessage } from './notify';

/**
 * The background full check after a fast open (db/backgroundCheck.ts) may find the file damaged while
 * the app runs: writes stop, and the user is told here and offered the newest good backup, as at open.
 */
export function DamageBanner() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['backups.health'],
    queryFn: () => call('backups.health', {}),
    refetchInterval: (q) => (q.state.data?.state === 'damaged' ? false : 15_000),
  });
  const restore = useMutation({
    mutationFn: () => call('backups.restoreAfterDamage', {}),
    onSuccess: () => window.location.reload(),
  });
  if (health.data?.state !== 'damaged') return null;
  return (
    <Alert color="red" role="alert" title={t('reliability.damage.title')} mb="md">
      <Text size="sm">{health.data.message}</Text>
      {restore.error && <Text size="sm" c="red">{errorMessage(restore.error)}</Text>}
      {health.data.backupCreatedAt && (
        <Group mt="sm">
          <Button color="red" loading={restore.isPending} onClick={() => restore.mutate()}>
            {t('reliability.damage.restore')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
