import { Button, Group, Text, Title } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../preload/contract';
import { RelationBadge } from './RelationBadge';

/** Name, a line under it, the relation badge, and the Edit/Delete buttons of an actor's detail view. */
export function DetailHeader({ name, subtitle, relation, onEdit, onDelete }: { name: string; subtitle: string; relation: Relation | null; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={3}>{name}</Title>
        <Group gap="xs">
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
          <RelationBadge relation={relation} />
        </Group>
      </div>
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconEdit size={14} />} onClick={onEdit}>
          {t('common.edit')}
        </Button>
        <Button variant="light" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={onDelete}>
          {t('common.delete')}
        </Button>
      </Group>
    </Group>
  );
}
